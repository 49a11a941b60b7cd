/**
 * What a first visit to a page downloads before it can be read, in gzip bytes: the HTML, the
 * stylesheets it links (not the print sheet) and the module scripts it loads with everything they
 * import statically. What scripts fetch later (`import()`, such as the search interface with its
 * stylesheet and texts) is not counted.
 *
 * Sizes are gzip at zlib's default level (6), as `gzipSync` makes them; 1 kB = 1000 bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFile } from '../../src/lib/post-build/built-pages.ts';

export const gzipBytes = (data: string | Buffer): number => gzipSync(data).length;

export interface FirstView {
  html: number;
  css: number;
  js: number;
  total: number;
  /** The asset files counted, site-absolute. */
  files: string[];
}

export const stylesheetsOf = (html: string): string[] =>
  [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/media="print"/.test(m[2]!))
    .map((m) => m[1]!);

export const moduleScriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);

/** A built script and every module it imports statically, as site-absolute paths. */
export function withStaticImports(dist: string, script: string): string[] {
  const files = new Set([script]);
  for (const file of files) {
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g,
    )) {
      files.add(path.posix.join(path.posix.dirname(file), spec!));
    }
  }
  return [...files];
}

export function firstView(dist: string, url: string): FirstView {
  const html = fs.readFileSync(htmlFile(dist, url), 'utf8');
  const size = (file: string) => gzipBytes(fs.readFileSync(path.join(dist, file)));
  const css = stylesheetsOf(html);
  const js = [...new Set(moduleScriptsOf(html).flatMap((s) => withStaticImports(dist, s)))];
  const view = {
    html: gzipBytes(html),
    css: css.reduce((s, f) => s + size(f), 0),
    js: js.reduce((s, f) => s + size(f), 0),
  };
  return { ...view, total: view.html + view.css + view.js, files: [...css, ...js] };
}
