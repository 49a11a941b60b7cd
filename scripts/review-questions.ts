/**
 * `npm run sporsmal:gjennomgatt -- <spørsmål-id> …`: records that the named questions have been read
 * against the current text of the rules they test (their `reviewed` fingerprints are updated).
 * With `--nye`, fills in only questions that have no record yet. Comments in the YAML are kept;
 * long lines are not folded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, YAMLMap } from 'yaml';
import { loadContent } from '../src/content-loading/load.ts';
import { contentPaths } from '../src/content-loading/paths.ts';
import { ruleFingerprint } from '../src/lib/shared/fingerprint.ts';

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
const found = new Set<string>();
let changed = 0;

for (const name of fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
  const file = path.join(dir, name);
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  let touched = false;
  for (const item of (doc.contents as { items?: unknown[] })?.items ?? []) {
    if (!(item instanceof YAMLMap)) continue;
    const id = String(item.get('id'));
    const hasRecord = item.has('reviewed');
    if (onlyNew ? hasRecord : !ids.has(id)) continue;
    found.add(id);
    const reviewed: Record<string, string> = {};
    for (const ruleId of (item.toJSON().rules ?? []) as string[]) {
      const rule = rules.get(ruleId);
      if (rule) reviewed[ruleId] = ruleFingerprint(rule);
    }
    item.set('reviewed', doc.createNode(reviewed, { flow: true }));
    touched = true;
    changed++;
  }
  if (touched) fs.writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}

for (const id of ids) if (!found.has(id)) console.error(`✖ Fant ikke spørsmålet «${id}» i ${questionsDir}/.`);
console.log(`✔ ${changed} spørsmål er merket som gjennomgått mot dagens regeltekst.`);
process.exit([...ids].every((id) => found.has(id)) ? 0 : 1);
