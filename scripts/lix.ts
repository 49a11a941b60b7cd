/**
 * `npm run lix [-- folder [nynorsk-folder]]`: readability (LIX) of every built reading page, worst
 * first. Build first (`npm run build`). Prints a table and the share of pages at or under the goal of
 * 40. With a second folder (a nynorsk build: `HANDBOK_MALFORM=nn HANDBOK_OUT_DIR=dist-nn npm run build`),
 * each page's nynorsk LIX stands beside its bokmål, with both totals. It measures; it does not fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lix, readableText, type LixResult } from '../src/lib/shared/lix.ts';

const GOAL = 40;
type PageLix = LixResult & { url: string };

function measure(folder: string): Map<string, PageLix> {
  const dist = path.resolve(folder);
  if (!fs.existsSync(dist)) {
    console.error(`Fant ikke ${folder}. Kjør \`npm run build\` først.`);
    process.exit(1);
  }
  const pages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .map((f) => ({
      url: `/${path.dirname(f) === '.' ? '' : path.dirname(f) + '/'}`,
      ...lix(readableText(fs.readFileSync(path.join(dist, f), 'utf8'))),
    }))
    .filter((p) => p.words >= 50);
  return new Map(pages.map((p) => [p.url, p]));
}

function overall(pages: Iterable<PageLix>): number {
  const all = [...pages].reduce((s, p) => ({ w: s.w + p.words, l: s.l + p.longWords, s: s.s + p.sentences }), {
    w: 0,
    l: 0,
    s: 0,
  });
  return all.w ? all.w / all.s + (100 * all.l) / all.w : 0;
}

const summary = (name: string, pages: Map<string, PageLix>) => {
  const ok = [...pages.values()].filter((p) => p.lix <= GOAL).length;
  return `${name}: ${ok} av ${pages.size} sider har LIX ${GOAL} eller lavere. Samlet LIX for alle sidene: ${overall(pages.values()).toFixed(1)}.`;
};

const [first = 'dist', second] = process.argv.slice(2);
const bokmal = measure(first);
const sorted = [...bokmal.values()].sort((a, b) => b.lix - a.lix);
const flag = (p?: PageLix) => (p && p.lix > GOAL ? '  ← over 40' : '');

if (!second) {
  console.log('LIX  ord    setn.  side');
  for (const p of sorted)
    console.log(
      `${p.lix.toFixed(1).padStart(4)} ${String(p.words).padStart(5)} ${String(p.sentences).padStart(6)}  ${p.url}${flag(p)}`,
    );
  console.log(`\n${summary('Sidene', bokmal)}`);
} else {
  const nynorsk = measure(second);
  console.log('nb    nn     side');
  for (const p of sorted) {
    const nn = nynorsk.get(p.url);
    console.log(
      `${p.lix.toFixed(1).padStart(4)}  ${nn ? nn.lix.toFixed(1).padStart(4) : '   –'}   ${p.url}${flag(p) || flag(nn)}`,
    );
  }
  console.log(`\n${summary('Bokmål', bokmal)}\n${summary('Nynorsk', nynorsk)}`);
}
