/**
 * The question bank as the site builds it: each test's pool, each question's topic (the main topic
 * of the first rule it tests) and links to its rules, and the bank's version (a fingerprint of all
 * questions, so a changed bank never resumes an old round and the receipt says which bank was used).
 */
import type { Question, SelfTest } from '../../schemas/question.ts';
import type { Rule } from '../../schemas/rule.ts';
import { fingerprint } from '../fingerprint.ts';

export function bankVersion(questions: readonly Question[]): string {
  const sorted = [...questions].sort((a, b) => a.id.localeCompare(b.id)).map(({ reviewed: _r, ...q }) => q);
  return fingerprint(JSON.stringify(sorted));
}

export const poolFor = (test: SelfTest, questions: readonly Question[]) => questions.filter((q) => q.audience.some((a) => test.audience.includes(a)));

export const topicOf = (question: Question, rules: ReadonlyMap<string, Rule>) => rules.get(question.rules[0]!)?.topics[0] ?? 'dialog';
