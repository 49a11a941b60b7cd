/**
 * Without the example guidelines, an example rule that a tree or a question cites is replaced by the
 * municipality's own rule (`replaces`). Where it has none, the config decides what is shown
 * (`utenEgenRegel`), and each such place is listed as a warning: a site may adopt as few rules as it
 * wants, and the build never stops for it. A rule can only replace a rule that exists.
 */
import { knownRuleIds, entryWhere, type Content } from '../content-loading/load.ts';
import { isOutcome } from '../schemas/tree.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { siteCitations } from '../content-loading/site-citations.ts';
import type { ContentOptions } from '../config/content-options.ts';
import { unknownIdFix } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';

export function checkExamples(
  content: Content,
  options: Pick<ContentOptions, 'examples' | 'withoutOwnRule'>,
): Problem[] {
  const problems: Problem[] = [];
  const known = knownRuleIds(content);
  for (const rule of content.rules) {
    for (const id of rule.data.replaces ?? []) {
      if (known.has(id)) continue;
      problems.push({
        file: rule.file,
        where: entryWhere(rule, 'replaces'),
        message: `Regelen «${id}» finnes ikke.`,
        fix: unknownIdFix(id, known, 'content/rules/'),
      });
    }
  }
  if (options.examples) return problems;

  const citations = siteCitations(content, options);
  const shows = (options.withoutOwnRule ?? 'vis-eksempel') === 'vis-eksempel';
  const sourceName = new Map(content.sources.map((s) => [s.data.id, s.data.shortName]));
  const ruleSource = new Map(content.rules.map((r) => [r.data.id, r.data.source]));
  const effect = (ids: string[]) =>
    shows
      ? `Det vises slik eksempelet står, med retningslinjene fra ${[...new Set(ids.map((id) => sourceName.get(ruleSource.get(id)!) ?? id))].join(' og ')}.`
      : 'Det er utelatt.';
  const fix = (ids: string[]) =>
    `skriv en egen regel i ${LOCAL_PATHS.rules}/ med «replaces: [${ids.join(', ')}]» hvis kommunen har en regel om dette. ` +
    `Vil du heller ${shows ? 'utelate slike henvisninger' : 'vise eksempelet'}, sett «utenEgenRegel: '${shows ? 'utelat' : 'vis-eksempel'}'» i handbok.config.ts.`;
  const note = (file: string, where: string, what: string, ids: string[]) =>
    problems.push({
      file,
      where,
      message: `${what} viser til eksempelregler som kommunen ikke har egne regler for: ${ids.join(', ')}. ${effect(ids)}`,
      fix: fix(ids),
      severity: 'warning',
    });

  for (const tree of content.trees) {
    for (const node of tree.data.nodes) {
      if (!isOutcome(node)) continue;
      const ids = citations.unreplaced(node.rules);
      if (ids.length) note(tree.file, `node ${node.id}`, 'Rådet', ids);
    }
  }
  for (const question of content.questions) {
    const ids = citations.unreplaced(question.data.rules);
    if (ids.length) note(question.file, entryWhere(question, 'rules'), 'Spørsmålet', ids);
  }
  for (const template of content.replyTemplates) {
    const ids = citations.unreplaced(template.data.rules);
    if (ids.length) note(template.file, entryWhere(template, 'rules'), 'Svarmalen', ids);
  }
  return problems;
}
