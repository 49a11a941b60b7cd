/**
 * Nothing written is lost: every rule is shown on at least one page, every source has its page,
 * and a page that shows a rule or chart cites the source it comes from.
 */
import type { Content } from '../content-loading/load.ts';
import { entryWhere, referenceLine } from '../content-loading/load.ts';
import type { Problem } from '../problems/problem.ts';

export function checkCoverage(content: Content): Problem[] {
  const problems: Problem[] = [];
  const shown = new Set(content.pages.flatMap((p) => p.references.filter((r) => r.kind === 'rule').map((r) => r.id)));
  for (const rule of content.rules) {
    if (shown.has(rule.data.id)) continue;
    problems.push({
      file: rule.file,
      where: entryWhere(rule),
      message: `Regelen «${rule.data.id}» vises ikke på noen side.`,
      fix: `vis den på en side med <Rule id="${rule.data.id}" /> eller ta den med i <Rules ids={[…]} />.`,
    });
  }

  const urls = new Set(content.pages.map((p) => p.url));
  for (const source of content.sources) {
    if (urls.has(source.data.page)) continue;
    problems.push({
      file: source.file,
      where: 'page',
      message: `Siden ${source.data.page} finnes ikke.`,
      fix: `lag siden under content/docs/ eller rett «page» til adressen der kilden presenteres.`,
    });
  }

  const ruleSource = new Map(content.rules.map((r) => [r.data.id, r.data.source]));
  const chartSource = new Map(content.charts.map((c) => [c.data.id, c.data.source]));
  for (const page of content.pages) {
    for (const ref of page.references) {
      const source = ref.kind === 'rule' ? ruleSource.get(ref.id) : ref.kind === 'chart' ? chartSource.get(ref.id) : undefined;
      if (!source || page.fields.sources.includes(source)) continue;
      problems.push({
        file: page.file,
        where: referenceLine(page, ref),
        message: `Siden viser «${ref.id}» fra kilden «${source}», men har ikke kilden i «sources».`,
        fix: `legg til ${source} i feltet sources i frontmatter.`,
      });
    }
  }
  return problems;
}
