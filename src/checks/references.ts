/**
 * Every cross-reference must resolve: rule → source, chart → source, glossary → source and
 * related term, page → sources in frontmatter, and page body → rules, charts and sources.
 * Astro's `reference()` does not stop a build on a dangling id; this does.
 */
import type { Content } from '../content-loading/load.ts';
import { entryWhere, knownRuleIds, referenceLine } from '../content-loading/load.ts';
import { unknownIdFix } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';

export function checkReferences(content: Content): Problem[] {
  const problems: Problem[] = [];
  const sourceIds = new Set(content.sources.map((s) => s.data.id));
  const ruleIds = knownRuleIds(content);
  const chartIds = new Set(content.charts.map((c) => c.data.id));
  const termIds = new Set([...content.glossary.map((t) => t.data.id), ...content.invalidIds]);
  const sourcesFix = (id: string) => unknownIdFix(id, sourceIds, 'content/sources/');

  for (const rule of content.rules) {
    if (sourceIds.has(rule.data.source)) continue;
    problems.push({
      file: rule.file,
      where: entryWhere(rule, 'source'),
      message: `Kilden «${rule.data.source}» finnes ikke.`,
      fix: sourcesFix(rule.data.source),
    });
  }
  for (const chart of content.charts) {
    if (sourceIds.has(chart.data.source)) continue;
    problems.push({ file: chart.file, where: 'source', message: `Kilden «${chart.data.source}» finnes ikke.`, fix: sourcesFix(chart.data.source) });
  }
  for (const term of content.glossary) {
    term.data.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) {
        problems.push({ file: term.file, where: entryWhere(term, `sources[${i}]`), message: `Kilden «${id}» finnes ikke.`, fix: sourcesFix(id) });
      }
    });
    term.data.related.forEach((id, i) => {
      if (!termIds.has(id)) {
        problems.push({
          file: term.file,
          where: entryWhere(term, `related[${i}]`),
          message: `Ordet «${id}» finnes ikke i ordlista.`,
          fix: unknownIdFix(id, termIds, 'content/glossary.yaml'),
        });
      }
    });
  }

  for (const tree of content.trees) {
    tree.data.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) problems.push({ file: tree.file, where: `sources[${i}]`, message: `Kilden «${id}» finnes ikke.`, fix: sourcesFix(id) });
    });
  }

  for (const page of content.pages) {
    page.fields.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) {
        problems.push({ file: page.file, where: `sources[${i}]`, message: `Kilden «${id}» finnes ikke.`, fix: sourcesFix(id) });
      }
    });
    for (const ref of page.references) {
      const where = referenceLine(page, ref);
      if (ref.kind === 'rule' && !ruleIds.has(ref.id)) {
        problems.push({ file: page.file, where, message: `Regelen «${ref.id}» finnes ikke.`, fix: unknownIdFix(ref.id, ruleIds, 'content/rules/') });
      }
      if (ref.kind === 'chart' && !chartIds.has(ref.id)) {
        problems.push({ file: page.file, where, message: `Diagrammet «${ref.id}» finnes ikke.`, fix: unknownIdFix(ref.id, chartIds, 'content/charts/') });
      }
      if (ref.kind === 'source' && !sourceIds.has(ref.id)) {
        problems.push({ file: page.file, where, message: `Kilden «${ref.id}» finnes ikke.`, fix: sourcesFix(ref.id) });
      }
      if (ref.kind === 'source' && sourceIds.has(ref.id) && !page.fields.sources.includes(ref.id)) {
        problems.push({
          file: page.file,
          where,
          message: `Siden siterer kilden «${ref.id}», men har den ikke i «sources».`,
          fix: `legg til ${ref.id} i feltet sources i frontmatter.`,
        });
      }
    }
  }
  return problems;
}
