/**
 * A question as this site asks it: `{{svartid}}` in its texts becomes the response time the site's
 * config promises («innen 24 timer på hverdager»), so no question teaches another promise than the
 * municipality's own. The content check rejects any other placeholder (src/checks/placeholders.ts).
 */
import type { Question } from '../../../schemas/question.ts';
import { fill } from '../../browser/fill.ts';

/** The placeholders a question may use, with what each stands for (for the check's message). */
export const QUESTION_PLACEHOLDERS = {
  svartid: 'svartiden kommunen har lovet, fra svartid i handbok.config.ts',
} as const;

export type QuestionValues = Record<keyof typeof QUESTION_PLACEHOLDERS, string>;

export function siteQuestion(q: Question, values: QuestionValues): Question {
  const f = (text: string) => fill(text, values);
  return {
    ...q,
    question: f(q.question),
    options: q.options.map((o) => ({ ...o, text: f(o.text), feedback: f(o.feedback) })),
    explanation: f(q.explanation),
  };
}
