/**
 * A true/false question in the bank has two options, «Sant» and «Usant» (src/schemas/question.ts).
 * Moodle stores it as a statement that is true or false, with one feedback for each answer. The
 * option that means «true» is the one written «Sant», else the first, as the schema orders them.
 */
import type { ExportQuestion } from './export-test.ts';

export interface TrueFalse {
  /** Whether the statement is true: the «Sant» option is the right one. */
  isTrue: boolean;
  /** Feedback for answering «Sant» and for answering «Usant». */
  trueFeedback: string;
  falseFeedback: string;
}

export function trueFalse(q: Pick<ExportQuestion, 'options'>): TrueFalse {
  const index = Math.max(
    0,
    q.options.findIndex((o) => o.text.trim().toLocaleLowerCase('nb') === 'sant'),
  );
  const yes = q.options[index]!;
  const no = q.options[1 - index]!;
  return { isTrue: yes.correct, trueFeedback: yes.feedback, falseFeedback: no.feedback };
}
