/**
 * A bank question in the shape the in-page test uses (src/lib/browser/selftest/model.ts): topic as its
 * label, and the rules it tests as [title (source), link]. The JSON the test fetches is a list of these.
 */
import type { Question } from '../../../schemas/question.ts';
import { TOPICS, type Topic } from '../../../schemas/vocabulary.ts';
import { need, ruleHref, type SiteData } from '../site-data.ts';
import { topicOf } from './bank.ts';
import type { QuizQuestion } from '../../browser/selftest/model.ts';

export function ruleLinks(q: Question, data: SiteData): [string, string][] {
  return data.cite(q.rules).map((id) => {
    const rule = need(data.rules, id, 'Regelen');
    return [
      `${rule.title} (${need(data.sources, rule.source, 'Kilden').shortName})`,
      ruleHref(data, id),
    ];
  });
}

export function toQuizQuestion(q: Question, data: SiteData): QuizQuestion {
  return {
    id: q.id,
    type: q.type,
    topic: TOPICS[topicOf(q, data.rules) as Topic],
    question: q.question,
    options: q.options.map((o) => ({ text: o.text, correct: o.correct, feedback: o.feedback })),
    explanation: q.explanation,
    rules: ruleLinks(q, data),
  };
}
