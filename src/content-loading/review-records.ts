/**
 * Writes `reviewed` records (id → fingerprint of each rule's title and text) into YAML list files,
 * keeping their comments: `npm run sporsmal:gjennomgatt` for the self-test's questions (`rules`), and
 * `handbok regel-lest` for a site's own rules (`replaces`). Returns the ids of the entries it marked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, YAMLMap } from 'yaml';
import { ruleFingerprint } from '../lib/shared/fingerprint.ts';

type RuleText = { title: string; text: string };

export function writeReviewRecords(
  dir: string,
  rules: ReadonlyMap<string, RuleText>,
  { field, wanted }: { field: 'rules' | 'replaces'; wanted: (id: string, hasRecord: boolean) => boolean },
): Set<string> {
  const marked = new Set<string>();
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const name of files) {
    const file = path.join(dir, name);
    const doc = parseDocument(fs.readFileSync(file, 'utf8'));
    let touched = false;
    for (const item of (doc.contents as { items?: unknown[] })?.items ?? []) {
      if (!(item instanceof YAMLMap)) continue;
      const id = String(item.get('id'));
      if (!wanted(id, item.has('reviewed'))) continue;
      marked.add(id);
      const reviewed: Record<string, string> = {};
      for (const ruleId of (item.toJSON()[field] ?? []) as string[]) {
        const rule = rules.get(ruleId);
        if (rule) reviewed[ruleId] = ruleFingerprint(rule);
      }
      item.set('reviewed', doc.createNode(reviewed, { flow: true }));
      touched = true;
    }
    if (touched) fs.writeFileSync(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
  }
  return marked;
}
