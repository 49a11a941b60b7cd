/**
 * The question bank as the site builds it: each test's pool, each question's topic (the main topic
 * of the first rule it tests) and links to its rules, and the bank's version (a fingerprint of all
 * questions, so a changed bank never resumes an old round and the receipt says which bank was used).
 */
import type { Question, SelfTest } from '../../../schemas/question.ts';
import type { Rule } from '../../../schemas/rule.ts';
import { fingerprint } from '../../shared/fingerprint.ts';

export function bankVersion(questions: readonly Question[]): string {
  const sorted = [...questions].sort((a, b) => a.id.localeCompare(b.id)).map(({ reviewed: _r, ...q }) => q);
  return fingerprint(JSON.stringify(sorted));
}

export const poolFor = (test: SelfTest, questions: readonly Question[]) => questions.filter((q) => q.audience.some((a) => test.audience.includes(a)));

export const topicOf = (question: Question, rules: ReadonlyMap<string, Rule>) => rules.get(question.rules[0]!)?.topics[0] ?? 'dialog';

/** Most questions on one page of the bank, so each page's HTML stays within the size budget. */
export const QUESTIONS_PER_BANK_PAGE = 12;

/**
 * A pool split into pages for reading without JavaScript: ordered by topic (the vocabulary's order,
 * so related questions sit together), then cut into as few pages as the limit allows, of even size.
 */
export function bankPages<Q extends Question>(pool: readonly Q[], rules: ReadonlyMap<string, Rule>, topicOrder: readonly string[], max = QUESTIONS_PER_BANK_PAGE): Q[][] {
  const rank = (q: Q) => topicOrder.indexOf(topicOf(q, rules));
  const sorted = [...pool].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
  const count = Math.max(1, Math.ceil(sorted.length / max));
  const size = Math.ceil(sorted.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(i * size, (i + 1) * size));
}

/** `/selvtest/<test>/sporsmal/` for the first page of a test's bank, `/selvtest/<test>/sporsmal/2/` and so on after it. */
export const bankPageUrl = (testId: string, page: number) => `/selvtest/${testId}/sporsmal/${page > 1 ? `${page}/` : ''}`;

/** Where the in-page test fetches the questions it draws from. */
export const bankDataUrl = (testId: string) => `/selvtest/${testId}/sporsmal.json`;
