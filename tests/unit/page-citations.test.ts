import { describe, expect, it } from 'vitest';
import { checkPageCitations, citedPages } from '../../src/checks/page-citations.ts';
import { CONFIG_FILE } from '../../src/content-loading/paths.ts';
import type { Content } from '../../src/content-loading/load.ts';

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

describe('checkPageCitations', () => {
  const content = (sourceFile: string) =>
    ({
      sources: [{ file: sourceFile, data: { id: 'egen', page: '/retningslinjer/egen/' } }],
      rules: [
        { file: 'lokalt/regler/egne.yaml', index: 0, data: { id: 'egen-svar', source: 'egen', section: 'side 3' } },
      ],
      charts: [],
      pages: [],
    }) as unknown as Content;

  it('holds a source file to the convention', () => {
    expect(checkPageCitations(content('content/sources/egen.yaml')).map((p) => p.where)).toEqual([
      '[0].section (id egen-svar)',
    ]);
  });

  it("leaves the municipality's own guidelines from handbok.config.ts alone: the config cannot declare pdfPages", () => {
    expect(checkPageCitations(content(CONFIG_FILE))).toEqual([]);
  });
});
