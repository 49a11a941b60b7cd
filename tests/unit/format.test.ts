import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber } from '../../src/lib/shared/format.ts';
import { pageUrlFromPath } from '../../src/content-loading/paths.ts';

describe('formatDate', () => {
  it.each([
    ['2012-04-12', '12. april 2012'],
    ['2018-05-08', '8. mai 2018'],
    ['2018-05', 'mai 2018'],
    ['2015', '2015'],
  ])('%s → %s', (input, expected) => expect(formatDate(input)).toBe(expected));

  it('writes the same month names in nynorsk, without asking the locale data (Chromium has none for nn)', () => {
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

describe('formatting without Intl', () => {
  it('gives what Node’s full locale data gives for nb-NO, for every month and day form', () => {
    for (let month = 1; month <= 12; month++) {
      const date = `2026-${String(month).padStart(2, '0')}-01`;
      const intl = new Intl.DateTimeFormat('nb', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(formatDate(date, 'nn')).toBe(intl.format(new Date(`${date}T00:00:00Z`)));
    }
  });

  it('stops at a month that does not exist', () => expect(() => formatDate('2026-13-01')).toThrow('Ugyldig måned'));

  it.each([5, 1234, 12345, 1234567.25, -5, 0.5, 96])('%d as Intl nb-NO writes it', (value) =>
    expect(formatNumber(value)).toBe(value.toLocaleString('nb-NO')),
  );

  it('is used by the self-test’s receipt instead of the browser’s toLocaleDateString', async () => {
    const fs = await import('node:fs');
    const code = fs.readFileSync('src/components/selftest/self-test.ts', 'utf8');
    expect(code).not.toMatch(/toLocale(Date)?String|Intl\./);
  });
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
