import { describe, expect, it } from 'vitest';
import { citedPages } from '../../src/checks/page-citations.ts';

describe('citedPages', () => {
  it('reads single pages, ranges and lists', () => {
    expect(citedPages('side 14')).toEqual([14]);
    expect(citedPages('side 14–15')).toEqual([14, 15]);
    expect(citedPages('side 2, 30 og 31')).toEqual([2, 30, 31]);
    expect(citedPages('Oppsummering innbyggerdialog, punkt 1, side 23, og sammendraget, side 2')).toEqual([23, 2]);
  });

  it('leaves sections without a page alone', () => {
    expect(citedPages('punkt 3, om svartid')).toEqual([]);
    expect(citedPages('Strategi: rutiner')).toEqual([]);
  });
});
