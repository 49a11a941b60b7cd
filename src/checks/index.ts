/** The content check: load everything, then run each cross-reference rule. Used by `npm run check`, the build and the tests. */
import { knownRuleIds, loadContent, type Content } from '../content-loading/load.ts';
import { checkCoverage } from './coverage.ts';
import { checkDuplicateIds } from './duplicate-ids.ts';
import type { Problem } from './problem.ts';
import { checkReferences } from './references.ts';
import { checkTrees } from './trees.ts';
import { checkQuestions } from './questions.ts';

const CHECKS: Array<(content: Content) => Problem[]> = [
  checkDuplicateIds,
  checkReferences,
  checkCoverage,
  checkQuestions,
  (content) => checkTrees(content.trees, knownRuleIds(content)),
];

export function checkContent(root: string): { content: Content; problems: Problem[] } {
  const { content, problems } = loadContent(root);
  for (const check of CHECKS) problems.push(...check(content));
  return { content, problems };
}
