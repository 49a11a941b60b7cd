/**
 * Rules changed without a word in the change log: each rule's title and text, fingerprinted, must
 * match the fingerprint of the newest entry that adds or changes it. A warning, so the build goes on,
 * but a rule never changes silently for the employees who follow /endringer.xml. The package's rules
 * are held to the package's log in the package's own repository only (a site cannot edit the package),
 * and a site's own rules to its own log, once it keeps one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { entryWhere, type Content, type Located } from '../content-loading/load.ts';
import { contentPaths, isSiteOwn, LOCAL_PATHS, packageDir } from '../content-loading/paths.ts';
import { ruleFingerprint } from '../lib/shared/fingerprint.ts';
import type { Problem } from '../problems/problem.ts';
import type { Change } from '../schemas/change.ts';

/** Rule id → the fingerprint its newest entry records, in one log. Same date: the entry higher up the file (the log is newest first). */
function loggedFingerprints(changes: Located<Change>[]): Map<string, { fingerprint: string; date: string }> {
  const logged = new Map<string, { fingerprint: string; date: string }>();
  for (const { data } of changes) {
    for (const [id, fingerprint] of Object.entries({ ...data.added, ...data.changed })) {
      const known = logged.get(id);
      if (!known || data.date > known.date) logged.set(id, { fingerprint, date: data.date });
    }
  }
  return logged;
}

export function checkChangeLogDrift(root: string, content: Content): Problem[] {
  const shared = contentPaths(root).changes;
  const logs = [
    { log: shared, held: packageDir(root) === '', owns: (file: string) => !isSiteOwn(file) },
    { log: LOCAL_PATHS.changes, held: true, owns: isSiteOwn },
  ];
  const problems: Problem[] = [];
  for (const { log, held, owns } of logs) {
    if (!held || !fs.existsSync(path.join(root, log))) continue;
    const logged = loggedFingerprints(content.changes.filter((c) => c.file === log));
    for (const rule of content.rules.filter((r) => owns(r.file))) {
      const now = ruleFingerprint(rule.data);
      const entry = logged.get(rule.data.id);
      if (entry?.fingerprint === now) continue;
      const field = entry ? 'changed' : 'added';
      problems.push({
        file: rule.file,
        where: entryWhere(rule),
        message: entry
          ? `Tittelen eller teksten til regelen er endret siden endringen ${entry.date} i ${log}, men endringen står ikke der.`
          : `Regelen står ikke i ${log}.`,
        fix: `legg til en endring øverst i ${log} med dagens dato, en tittel, et sammendrag og ${field}: {${rule.data.id}: '${now}'}.`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
