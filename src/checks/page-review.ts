/**
 * Pages and decision trees past their review date (last review plus the interval): a warning, so the
 * build goes on and the page shows its notice, but the check lists every page someone must read again.
 */
import type { Content } from '../content-loading/load.ts';
import { PACKAGE_NAME } from '../content-loading/paths.ts';
import { reviewDue } from '../lib/shared/review-due.ts';
import type { Problem } from '../problems/problem.ts';

/** A page from the package, in a site: the site cannot edit it, only update the package or tell its makers. */
const FROM_PACKAGE_FIX = `oppdater pakken (\`npm install ${PACKAGE_NAME}@latest\`); er siden fortsatt ikke gjennomgått, si fra til dem som lager pakken.`;
const OWN_FIX =
  'les siden mot kildene, rett det som er utdatert, og sett review.lastReviewed til datoen du gjorde det.';

export function checkPageReviews(
  content: Content,
  { today, siteMonths, excluded = new Set() }: { today: string; siteMonths?: number; excluded?: ReadonlySet<string> },
): Problem[] {
  const reviewed = [
    // A page the site leaves out (an example guideline, the package's developer page) shows no notice either.
    ...content.pages
      .filter((p) => !excluded.has(p.url))
      .map((p) => ({ file: p.file, what: `Siden «${p.title}»`, review: p.fields.review })),
    ...content.trees.map((t) => ({ file: t.file, what: `Beslutningstreet «${t.data.title}»`, review: t.data.review })),
  ];
  const problems: Problem[] = [];
  for (const { file, what, review } of reviewed) {
    // A page with an invalid review field is reported by its schema.
    if (!review.lastReviewed) continue;
    const due = reviewDue(review, { today, siteMonths });
    if (!due.overdue) continue;
    problems.push({
      file,
      where: 'review.lastReviewed',
      message: `${what} skulle vært gjennomgått innen ${due.due}: sist gjennomgått ${due.lastReviewed}, og den skal gjennomgås hver ${due.intervalMonths}. måned. Ansvarlig: ${due.owner}.`,
      fix: file.startsWith('node_modules/') ? FROM_PACKAGE_FIX : OWN_FIX,
      severity: 'warning',
    });
  }
  return problems;
}
