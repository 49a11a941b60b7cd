/**
 * `npm run omsetjing:lest -- <nynorsk-fil> [id …]`: records that the nynorsk texts in the file have been
 * read against the bokmål they translate: each `fra` is set to the fingerprint of the bokmål text now.
 * With ids, only those entries (or a tree's nodes); `--alle` marks every nynorsk file. A text that is
 * still missing on nynorsk is not marked: the content check names it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../src/content-loading/load.ts';
import { overlays } from '../src/content-loading/nynorsk.ts';
import { writePageMark, writeYamlMarks, type MarkTarget } from '../src/content-loading/nynorsk-marks.ts';
import { TEXT_SHAPES, type TranslatedKind } from '../src/schemas/translation.ts';

const args = process.argv.slice(2);
const all = args.includes('--alle');
const [fileArg, ...idArgs] = args.filter((a) => !a.startsWith('--'));
if (!all && !fileArg) {
  console.error('Bruk: npm run omsetjing:lest -- <nynorsk-fil> [id …]   (eller --alle for alle nynorskfilene)');
  process.exit(2);
}

const root = process.cwd();
const { content } = loadContent(root);
const wantedFile = fileArg && path.relative(root, path.resolve(fileArg)).split(path.sep).join('/');
const ids = new Set(idArgs);
const wanted = (file: string) => all || file === wantedFile;

const targets = new Map<string, MarkTarget[]>();
const skipped: string[] = [];
for (const kind of Object.keys(TEXT_SHAPES) as TranslatedKind[]) {
  for (const { entry, found, result } of overlays(content, kind)) {
    const file = found.file?.file;
    if (!file || !wanted(file) || found.data === undefined) continue;
    if (result.gaps.length > 0) {
      skipped.push(`${file} (id ${entry.data.id})`);
      continue;
    }
    for (const mark of result.marks) {
      if (ids.size && !ids.has(entry.data.id) && !ids.has(mark.id)) continue;
      const list = targets.get(file) ?? [];
      list.push({
        entry: entry.index === undefined ? undefined : entry.data.id,
        where: mark.where,
        value: mark.expected,
      });
      targets.set(file, list);
    }
  }
}

let marked = 0;
for (const [file, list] of targets) {
  const abs = path.join(root, file);
  const { text, missed } = writeYamlMarks(fs.readFileSync(abs, 'utf8'), list);
  fs.writeFileSync(abs, text);
  marked += list.length - missed.length;
  for (const m of missed) console.error(`✖ ${file}: fant ikke ${m.entry ?? ''} ${m.where} i filen.`);
}
for (const page of content.pages) {
  const nn = content.nynorsk().pages.get(page.file);
  if (!nn?.frontmatter || !wanted(nn.file)) continue;
  const abs = path.join(root, nn.file);
  fs.writeFileSync(abs, writePageMark(fs.readFileSync(abs, 'utf8'), page.textFingerprint));
  marked += 1;
}

for (const s of skipped) console.error(`⚠ ${s}: ikke merket, fordi noe mangler på nynorsk (se npm run check).`);
if (marked === 0) {
  console.error(`✖ Fant ingen nynorsktekst å merke${wantedFile ? ` i ${wantedFile}` : ''}.`);
  process.exit(1);
}
console.log(`✔ ${marked} nynorsk${marked === 1 ? ' tekst er merket' : 'e tekster er merket'} som lest mot bokmålen.`);
