import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from '../../src/lib/format.ts';
import { pageUrlFromPath } from '../../src/content-loading/paths.ts';

describe('formatDate', () => {
  it.each([
    ['2012-04-12', '12. april 2012'],
    ['2018-05-08', '8. mai 2018'],
    ['2018-05', 'mai 2018'],
    ['2015', '2015'],
  ])('%s → %s', (input, expected) => expect(formatDate(input)).toBe(expected));
});

describe('formatList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a og b'],
    [['a', 'b', 'c'], 'a, b og c'],
  ])('%j → %s', (input, expected) => expect(formatList(input)).toBe(expected));
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
