import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from '../../src/lib/shared/format.ts';
import { pageUrlFromPath } from '../../src/content-loading/paths.ts';

describe('formatDate', () => {
  it.each([
    ['2012-04-12', '12. april 2012'],
    ['2018-05-08', '8. mai 2018'],
    ['2018-05', 'mai 2018'],
    ['2015', '2015'],
  ])('%s → %s', (input, expected) => expect(formatDate(input)).toBe(expected));

  it('writes the same month names in nynorsk, from the locale data', () => {
    expect(formatDate('2012-04-12', 'nn')).toBe('12. april 2012');
    expect(formatDate('2020-12', 'nn')).toBe('desember 2020');
  });

  it('does not shift a date by the time zone', () => {
    expect(formatDate('2024-01-01')).toBe('1. januar 2024');
    expect(formatDate('2024-12-31')).toBe('31. desember 2024');
  });
});

describe('formatList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a og b'],
    [['a', 'b', 'c'], 'a, b og c'],
  ])('%j → %s', (input, expected) => expect(formatList(input)).toBe(expected));

  it('joins with «og» in nynorsk too', () => expect(formatList(['a', 'b', 'c'], 'nn')).toBe('a, b og c'));
});

describe('pageUrlFromPath', () => {
  it.each([
    ['index.mdx', '/'],
    ['ordliste.mdx', '/ordliste/'],
    ['retningslinjer/sunndal.mdx', '/retningslinjer/sunndal/'],
    ['ks-veikart/index.mdx', '/ks-veikart/'],
    ['ks-veikart', '/ks-veikart/'],
  ])('%s → %s', (input, expected) => expect(pageUrlFromPath(input)).toBe(expected));
});
