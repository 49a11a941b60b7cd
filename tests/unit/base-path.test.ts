import { describe, expect, it } from 'vitest';
import { isSamePage, withoutBase } from '../../src/lib/shared/base-path.ts';

describe('isSamePage', () => {
  it('knows the page at the root and under a base path, with or without the trailing slash', () => {
    expect(isSamePage('/', '/ks-veikart/', '/ks-veikart/')).toBe(true);
    expect(isSamePage('/', '/ks-veikart', '/ks-veikart/')).toBe(true);
    expect(isSamePage('/handbok/', '/handbok/ks-veikart/', '/ks-veikart/')).toBe(true);
    expect(isSamePage('/handbok', '/handbok/ks-veikart', '/ks-veikart/')).toBe(true);
  });

  it('tells other pages apart', () => {
    expect(isSamePage('/', '/ks-veikart/operativ-bruk/', '/ks-veikart/')).toBe(false);
    expect(isSamePage('/handbok/', '/ks-veikart/', '/ks-veikart/')).toBe(false);
  });
});

describe('withoutBase', () => {
  it.each([
    ['/handbok/', '/handbok/personvern', '/personvern/'],
    ['/handbok/', '/handbok/', '/'],
    ['/handbok/', '/annet/', '/annet/'],
    ['/', '/personvern/', '/personvern/'],
  ])('under %s, %s → %s', (base, pathname, expected) => expect(withoutBase(base, pathname)).toBe(expected));
});
