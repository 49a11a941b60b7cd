/**
 * `handbok regel-lest <regel-id> …`: records that the site's own rules (lokalt/regler/) have been read
 * against the current text of the shared rules they replace: their `reviewed` fingerprints are
 * updated. Comments in the YAML are kept.
 */
import path from 'node:path';
import { loadContent } from '../content-loading/load.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { writeReviewRecords } from '../content-loading/review-records.ts';

const ids = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--')));
if (ids.size === 0) {
  console.error('Bruk: npm run regel-lest -- <regel-id> … (id-en til en av deres egne regler i lokalt/regler/)');
  process.exit(2);
}

const root = process.cwd();
const rules = new Map(loadContent(root).content.rules.map((r) => [r.data.id, r.data]));
const dir = path.join(root, LOCAL_PATHS.rules);
const found = writeReviewRecords(dir, rules, { field: 'replaces', wanted: (id) => ids.has(id) });

for (const id of ids) if (!found.has(id)) console.error(`✖ Fant ikke regelen «${id}» i ${LOCAL_PATHS.rules}/.`);
if (found.size)
  console.log(`✔ ${found.size} ${found.size === 1 ? 'regel' : 'regler'} er merket som lest mot reglene de erstatter.`);
process.exit(found.size === ids.size ? 0 : 1);
