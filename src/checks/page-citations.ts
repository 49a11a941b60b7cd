/**
 * Citations by page («side 14», «side 2, 30 og 31») follow one convention: the page of the PDF file,
 * counted from the cover. A source cited by page must say so in `pdfPages`, with the last page the
 * handbook has, and no citation may name a page outside them. The number printed on a page is often lower
 * (the KS report's cover has none); mixing the two sends the reader to the wrong page.
 */
import { entryWhere, referenceLine, type Content } from '../content-loading/load.ts';
import { isWebSource, type Source } from '../schemas/source.ts';
import { CONFIG_FILE } from '../content-loading/paths.ts';
import type { Problem } from '../problems/problem.ts';

/** The page numbers a citation names: every number after «side» or «sidene», ranges by their ends. */
export function citedPages(section: string): number[] {
  return [...section.matchAll(/\bsid(?:e|ene)\s+(\d+(?:\s*(?:[–-]|,|og)\s*\d+)*)/gi)].flatMap((m) =>
    [...m[1]!.matchAll(/\d+/g)].map((n) => Number(n[0])),
  );
}

interface Citation {
  file: string;
  where: string;
  source: string;
  section: string;
}

function citations(content: Content): Citation[] {
  return [
    ...[...content.rules, ...content.charts].map((e) => ({
      file: e.file,
      where: entryWhere(e, 'section'),
      source: e.data.source,
      section: e.data.section,
    })),
    ...content.pages.flatMap((page) =>
      page.references
        .filter((ref) => ref.kind === 'source' && ref.section)
        .map((ref) => ({ file: page.file, where: referenceLine(page, ref), source: ref.id, section: ref.section! })),
    ),
  ];
}

function problemsOf(citation: Citation, source: Source): Problem[] {
  const pages = citedPages(citation.section);
  if (pages.length === 0) return [];
  const at = { file: citation.file, where: citation.where };
  // A web page has no pages to count: a citation of it by page gets the same problem as a document without pdfPages.
  const pdfPages = isWebSource(source) ? undefined : source.pdfPages;
  if (!pdfPages) {
    return [
      {
        ...at,
        message: `«${citation.section}» viser til sidetall i «${source.id}», men kilden sier ikke hvordan sidene telles.`,
        fix: `legg til \`pdfPages: { lastPage: <siste side i PDF-filen> }\` i kildefila for «${source.id}», og oppgi sidene i PDF-filen, talt fra forsiden.`,
      },
    ];
  }
  const { lastPage, printedLower = 0 } = pdfPages;
  return pages
    .filter((n) => n < 1 || n > lastPage)
    .map((n) => ({
      ...at,
      message: `Side ${n} er ikke blant sidene håndboka har av «${source.id}»: side 1 til ${lastPage} i PDF-filen.`,
      fix: `oppgi siden i PDF-filen, talt fra forsiden${printedLower ? ` (tallet trykt på siden er ${printedLower} lavere)` : ''}.`,
    }));
}

export function checkPageCitations(content: Content): Problem[] {
  // A municipality's own guidelines (made from handbok.config.ts) are its own document, numbered as it
  // numbers them, and the config has no field for pdfPages: only source files are held to the convention.
  const sources = new Map(content.sources.filter((s) => s.file !== CONFIG_FILE).map((s) => [s.data.id, s.data]));
  return citations(content).flatMap((c) => {
    const source = sources.get(c.source);
    return source ? problemsOf(c, source) : [];
  });
}
