/**
 * Without the example guidelines, every example rule that a tree or a question cites needs a rule of
 * the municipality's own that replaces it; otherwise the advice would stand without a source. And a
 * rule can only replace an example rule that exists.
 */
import { exampleSourceIds, knownRuleIds, entryWhere, type Content } from '../content-loading/load.ts';
import { isOutcome } from '../schemas/tree.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { citationResolver } from '../lib/citations.ts';
import { unknownIdFix } from './closest.ts';
import type { Problem } from './problem.ts';

export function checkExamples(content: Content, examples: boolean): Problem[] {
  const problems: Problem[] = [];
  const known = knownRuleIds(content);
  for (const rule of content.rules) {
    for (const id of rule.data.replaces ?? []) {
      if (known.has(id)) continue;
      problems.push({ file: rule.file, where: entryWhere(rule, 'replaces'), message: `Regelen «${id}» finnes ikke.`, fix: unknownIdFix(id, known, 'content/rules/') });
    }
  }
  if (examples) return problems;

  const resolver = citationResolver(content.rules.map((r) => r.data), exampleSourceIds(content), examples);
  const missing = (ids: string[]) => ids.filter((id) => resolver.isHidden(id) && resolver.resolve([id]).length === 0);
  const fix = (ids: string[]) =>
    `skriv en egen regel i ${LOCAL_PATHS.rules}/ med «replaces: [${ids.join(', ')}]», eller sett «eksempelretningslinjer: true» i handbok.config.ts.`;

  for (const tree of content.trees) {
    for (const node of tree.data.nodes) {
      if (!isOutcome(node)) continue;
      const ids = missing(node.rules);
      if (ids.length === 0) continue;
      problems.push({ file: tree.file, where: `node ${node.id}`, message: `Rådet viser til eksempelregler som ikke er med: ${ids.join(', ')}.`, fix: fix(ids) });
    }
  }
  for (const question of content.questions) {
    const ids = missing(question.data.rules);
    if (ids.length === 0) continue;
    problems.push({ file: question.file, where: entryWhere(question, 'rules'), message: `Spørsmålet viser til eksempelregler som ikke er med: ${ids.join(', ')}.`, fix: fix(ids) });
  }
  return problems;
}
