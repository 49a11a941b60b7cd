/**
 * `npm run lix [-- folder]`: readability (LIX) of every built reading page, worst first. Build first (`npm run build`).
 * Prints a table and the share of pages at or under the goal of 40. It measures; it does not fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import { lix, readableText } from '../src/lib/shared/lix.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(dist)) {
  console.error('Fant ikke dist/. Kjør `npm run build` først.');
  process.exit(1);
}
const pages = fs
  .readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
  .map((f) => {
    const result = lix(readableText(fs.readFileSync(path.join(dist, f), 'utf8')));
    return { url: `/${path.dirname(f) === '.' ? '' : path.dirname(f) + '/'}`, ...result };
  })
  .filter((p) => p.words >= 50)
  .sort((a, b) => b.lix - a.lix);

const goal = 40;
console.log('LIX  ord    setn.  side');
for (const p of pages) console.log(`${p.lix.toFixed(1).padStart(4)} ${String(p.words).padStart(5)} ${String(p.sentences).padStart(6)}  ${p.url}${p.lix > goal ? '  ← over 40' : ''}`);
const ok = pages.filter((p) => p.lix <= goal).length;
const all = pages.reduce((s, p) => ({ w: s.w + p.words, l: s.l + p.longWords, s: s.s + p.sentences }), { w: 0, l: 0, s: 0 });
const total = all.w ? all.w / all.s + (100 * all.l) / all.w : 0;
console.log(`\n${ok} av ${pages.length} sider har LIX ${goal} eller lavere. Samlet LIX for alle sidene: ${total.toFixed(1)}.`);
