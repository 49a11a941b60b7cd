/**
 * `handbok regel-lest <regel-id> …`: records that the site's own rules (lokalt/regler/) have been read
 * against the current text of the shared rules they replace: their `reviewed` fingerprints are
 * updated. Comments in the YAML are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, YAMLMap } from 'yaml';
import { loadContent } from '../content-loading/load.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { ruleFingerprint } from '../lib/shared/fingerprint.ts';

const ids = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--')));
if (ids.size === 0) {
  console.error('Bruk: npm run regel-lest -- <regel-id> … (id-en til en av deres egne regler i lokalt/regler/)');
  process.exit(2);
}

const root = process.cwd();
const rules = new Map(loadContent(root).content.rules.map((r) => [r.data.id, r.data]));
const dir = path.join(root, LOCAL_PATHS.rules);
const found = new Set<string>();

for (const name of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : []) {
  const file = path.join(dir, name);
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  let touched = false;
  for (const item of (doc.contents as { items?: unknown[] })?.items ?? []) {
    if (!(item instanceof YAMLMap)) continue;
    const id = String(item.get('id'));
    if (!ids.has(id)) continue;
    found.add(id);
    const reviewed: Record<string, string> = {};
    for (const replaced of (item.toJSON().replaces ?? []) as string[]) {
      const rule = rules.get(replaced);
      if (rule) reviewed[replaced] = ruleFingerprint(rule);
    }
    item.set('reviewed', reviewed);
    touched = true;
  }
  if (touched) fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
}
for (const id of ids) if (!found.has(id)) console.error(`✖ Fant ikke regelen «${id}» i ${LOCAL_PATHS.rules}/.`);
if (found.size)
  console.log(`✔ ${found.size} ${found.size === 1 ? 'regel' : 'regler'} er merket som lest mot reglene de erstatter.`);
process.exit(found.size === ids.size ? 0 : 1);
