/** The content check: load everything, then run each cross-reference rule. Used by `npm run check`, the build and the tests. */
import { knownRuleIds, loadContent, type Content } from '../content-loading/load.ts';
import { checkCoverage } from './coverage.ts';
import { checkDuplicateIds } from './duplicate-ids.ts';
import type { Problem } from '../problems/problem.ts';
import { checkReferences } from './references.ts';
import { checkTrees } from './trees.ts';
import { checkQuestions } from './questions.ts';
import { checkExamples } from './examples.ts';
import { checkRevisions } from './revisions.ts';
import { checkDrafts } from './drafts.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReplyTemplates } from './reply-templates.ts';
import { checkRulePagePointers } from './rule-page-pointers.ts';
import { checkPageCitations } from './page-citations.ts';
import { checkLocalLinks, checkReplacedPages, checkReplacedRules } from './upstream.ts';
import { checkInterfaceStrings } from './interface-strings.ts';
import { checkMdx } from './mdx/index.ts';
import type { ContentOptions } from '../config/content-options.ts';
import { checkChangeLog } from './change-log.ts';
import { checkChangeLogDrift } from './change-log-drift.ts';
import { checkPageReviews } from './page-review.ts';
import { excludedPageUrls } from '../content-loading/page-glob.ts';
import { checkTranslations, nynorskPages } from './translations.ts';
import { checkEditionAddresses } from './editions.ts';
import { packageDir } from '../content-loading/paths.ts';
import { pageBodies } from '../content-loading/page-body.ts';

const CHECKS: Array<(content: Content) => Problem[]> = [
  checkDuplicateIds,
  checkReferences,
  checkCoverage,
  checkQuestions,
  checkPlaceholders,
  checkReplyTemplates,
  checkRulePagePointers,
  checkPageCitations,
  (content) => checkTrees(content.trees, knownRuleIds(content)),
  checkChangeLog,
];

export interface CheckOptions extends ContentOptions {
  /** Today's date (YYYY-MM-DD), for overdue revisions. */
  today?: string;
  /** Publishing: unfinished text («UTKAST») is an error, not a warning. */
  publishing?: boolean;
  /**
   * Whether to check that the nynorsk texts keep pace with the bokmål. Default: in the package's own
   * repository, which keeps both målformer, and on a site built in nynorsk or in both.
   */
  translations?: boolean;
  /**
   * Whether to compile the nynorsk pages and check their components. Default: on a site built in
   * nynorsk. `npm run check` asks for it in the package's own repository too; its bokmål build leaves
   * it to the nynorsk build.
   */
  nynorskPages?: boolean;
}

export function checkContent(
  root: string,
  options: CheckOptions = { examples: true },
): { content: Content; problems: Problem[] } {
  const { content: shown, problems } = loadContent(root, options);
  // Structure, and the records of which text was reviewed (questions, replaced rules, the change log),
  // are the bokmål's: the checks read it. The nynorsk texts have a check of their own below.
  const content = options.malform === 'nn' ? loadContent(root, { ...options, malform: 'nb' }).content : shown;
  for (const check of CHECKS) problems.push(...check(content));
  problems.push(...checkExamples(content, options));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  problems.push(...checkRevisions(content, today));
  problems.push(
    ...checkPageReviews(content, {
      today,
      siteMonths: options.reviewMonths,
      excluded: excludedPageUrls(root, options),
    }),
  );
  problems.push(...checkChangeLogDrift(root, content));
  problems.push(...checkDrafts(root, options.publishing ?? false));
  problems.push(...checkReplacedRules(content));
  problems.push(...checkReplacedPages(content));
  // Each page's body is read once for the checks that read the text.
  const bodies = pageBodies(root);
  problems.push(...checkLocalLinks(root, content, bodies));
  problems.push(...checkInterfaceStrings(root));
  problems.push(...checkMdx(root, content, bodies));
  if (options.bothMalforms) problems.push(...checkEditionAddresses(content));
  // The package's own repository keeps both målformer in step; a site checks the nynorsk it shows.
  if (options.translations ?? (packageDir(root) === '' || options.malform === 'nn' || options.bothMalforms)) {
    problems.push(...checkTranslations(content));
    // Each nynorsk page compiled and its components checked as the build will, before the build meets it.
    if (options.nynorskPages ?? options.malform === 'nn')
      problems.push(...checkMdx(root, { pages: nynorskPages(content) }, bodies));
  }
  return { content: shown, problems };
}
