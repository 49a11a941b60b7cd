/**
 * `npm run sporsmal:gjennomgatt -- <spørsmål-id> …`: records that the named questions have been read
 * against the current text of the rules they test (their `reviewed` fingerprints are updated).
 * With `--nye`, fills in only questions that have no record yet. Comments in the YAML are kept;
 * long lines are not folded.
 */
import path from 'node:path';
import { loadContent } from '../src/content-loading/load.ts';
import { contentPaths } from '../src/content-loading/paths.ts';
import { writeReviewRecords } from '../src/content-loading/review-records.ts';

const args = process.argv.slice(2);
const onlyNew = args.includes('--nye');
const ids = new Set(args.filter((a) => !a.startsWith('--')));
if (!onlyNew && ids.size === 0) {
  console.error('Bruk: npm run sporsmal:gjennomgatt -- <spørsmål-id> … (eller --nye for alle som mangler)');
  process.exit(2);
}

const root = process.cwd();
const rules = new Map(loadContent(root).content.rules.map((r) => [r.data.id, r.data]));
const questionsDir = contentPaths(root).questions;
const dir = path.join(root, questionsDir);
const found = writeReviewRecords(dir, rules, {
  field: 'rules',
  wanted: (id, hasRecord) => (onlyNew ? !hasRecord : ids.has(id)),
});
const changed = found.size;

for (const id of ids) if (!found.has(id)) console.error(`✖ Fant ikke spørsmålet «${id}» i ${questionsDir}/.`);
console.log(`✔ ${changed} spørsmål er merket som gjennomgått mot dagens regeltekst.`);
process.exit([...ids].every((id) => found.has(id)) ? 0 : 1);
