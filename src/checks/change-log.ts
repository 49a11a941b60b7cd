/**
 * The change log's references (content/endringer.yaml, lokalt/endringer.yaml): every rule it names as
 * added or changed exists, a rule it names as removed is gone, every page it names is a page or a
 * tree of the handbook, and no two entries share an id (the id is the entry's address in the feed).
 */
import { entryWhere, knownRuleIds, type Content, type Located } from '../content-loading/load.ts';
import { closest, unknownIdFix } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';
import type { Change } from '../schemas/change.ts';
import { knownUrls } from './upstream.ts';

export function checkChangeLog(content: Content): Problem[] {
  const rules = knownRuleIds(content);
  const urls = knownUrls(content);
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const change of content.changes) {
    const earlier = seen.get(change.data.id);
    if (earlier) problems.push(duplicate(change, earlier));
    else seen.set(change.data.id, change.file);
    for (const kind of ['added', 'changed'] as const) {
      for (const id of Object.keys(change.data[kind])) {
        if (rules.has(id)) continue;
        problems.push({
          file: change.file,
          where: entryWhere(change, `${kind}.${id}`),
          message: `Regelen «${id}» finnes ikke.`,
          fix: unknownIdFix(id, rules, 'content/rules/ eller lokalt/regler/'),
        });
      }
    }
    change.data.removed.forEach((id, i) => {
      if (!rules.has(id)) return;
      problems.push({
        file: change.file,
        where: entryWhere(change, `removed[${i}]`),
        message: `Regelen «${id}» står som fjernet, men finnes fortsatt.`,
        fix: `ta regelen ut av reglene, eller ta «${id}» ut av removed.`,
      });
    });
    change.data.pages.forEach((page, i) => {
      if (urls.has(page)) return;
      const guess = closest(page, urls);
      problems.push({
        file: change.file,
        where: entryWhere(change, `pages[${i}]`),
        message: `Siden ${page} finnes ikke.`,
        fix: guess
          ? `mente du ${guess}? Rett adressen.`
          : 'skriv adressen til en side eller et beslutningstre som finnes, eller ta den bort.',
      });
    });
  }
  return problems;
}

const duplicate = (change: Located<Change>, earlier: string): Problem => ({
  file: change.file,
  where: entryWhere(change, 'id'),
  message: `Endringen «${change.data.id}» finnes fra før i ${earlier}.`,
  fix: 'gi endringen en egen id: id-en er adressen til oppføringen i nyhetsstrømmen.',
});
