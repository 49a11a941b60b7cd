/**
 * How much text each sheet of a PDF that Chromium made holds, without a PDF library: Chromium's
 * PDF writer (Skia) writes plain objects, Flate-compressed content streams and text as glyph ids in
 * hex strings (`<00240048> Tj`, `[<0024> -10 <0048>] TJ`). Counting those glyphs per page, also in
 * the form XObjects a page draws, tells a full sheet from a near-empty one. Not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** Every `N 0 obj … endobj` in the file, by number. */
function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const end = text.indexOf('endobj', start.lastIndex);
    const body = text.slice(start.lastIndex, end);
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      found.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let from = start.lastIndex + streamAt + 'stream'.length;
    if (text[from] === '\r') from++;
    if (text[from] === '\n') from++;
    const raw = pdf.subarray(from, from + length);
    found.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    start.lastIndex = end;
  }
  return found;
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** Glyphs drawn by a content stream, and by the form XObjects it draws through `resources`. */
function glyphs(content: string, resources: string, all: Map<number, PdfObject>, seen: Set<number>): number {
  let count = 0;
  for (const show of content.matchAll(/(\[(?:[^\]]*)\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g)) {
    for (const hex of show[0].matchAll(/<([0-9A-Fa-f]*)>/g)) count += hex[1]!.length / 4;
  }
  const xobjects = /\/XObject\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
  for (const use of content.matchAll(/\/(\w+)\s+Do\b/g)) {
    const ref = new RegExp(`/${use[1]}\\s+(\\d+) 0 R`).exec(xobjects);
    const id = Number(ref?.[1]);
    const form = all.get(id);
    if (!form?.stream || seen.has(id)) continue;
    seen.add(id);
    count += glyphs(form.stream.toString('latin1'), resolvedResources(form.dict, all), all, seen);
    seen.delete(id);
  }
  return count;
}

/** A dictionary's /Resources, whether written inline or as a reference. */
function resolvedResources(dict: string, all: Map<number, PdfObject>): string {
  const ref = /\/Resources\s+(\d+) 0 R/.exec(dict);
  if (ref) return all.get(Number(ref[1]))?.dict ?? '';
  const at = dict.indexOf('/Resources');
  return at < 0 ? '' : dict.slice(at);
}

/** The page objects in reading order, walking the page tree from the catalog. */
function pagesInOrder(all: Map<number, PdfObject>): PdfObject[] {
  const catalog = [...all.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict))!;
  const walk = (id: number): PdfObject[] => {
    const node = all.get(id)!;
    if (/\/Type\s*\/Pages/.test(node.dict)) return refs(/\/Kids\s*\[([^\]]*)\]/.exec(node.dict)![1]!).flatMap(walk);
    return [node];
  };
  return walk(Number(/\/Pages\s+(\d+) 0 R/.exec(catalog.dict)![1]));
}

/** For each sheet of `pdf`, in order, how many glyphs of text it shows. */
export function glyphsPerPage(pdf: Buffer): number[] {
  const all = objects(pdf);
  return pagesInOrder(all).map((page) => {
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    const stream = refs(contents)
      .map((id) => all.get(id)?.stream?.toString('latin1') ?? '')
      .join('\n');
    return glyphs(stream, resolvedResources(page.dict, all), all, new Set());
  });
}
