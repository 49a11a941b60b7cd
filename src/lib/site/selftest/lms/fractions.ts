/**
 * The grade of each option when a question is imported into Moodle, in percent: single and
 * true/false, 100 for the right option and 0 for the others; multiple, the right ones share 100 and
 * the wrong ones share −100, so ticking every option gives nothing.
 *
 * Moodle's import stops at a grade that is not in its list (question/format.php, `match_grade_options`),
 * so each share is written as Moodle writes it, with five decimals: 1/3 is 33.33333.
 * A question without a right answer (or a single-answer question with several) has no grades that
 * make sense. `npm run check` stops such a question (src/checks/questions.ts); this throws as well, so
 * an export can never hold one, whatever the content check was given.
 */
import type { ExportQuestion } from './export-test.ts';

/** Moodle's grades (question_bank::fraction_options_full), in percent; the negative ones are the same below zero. */
export const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];

const share = (n: number) => Number((100 / n).toFixed(5));

export function answerFractions(q: Pick<ExportQuestion, 'id' | 'type' | 'options'>): number[] {
  const right = q.options.filter((o) => o.correct).length;
  const wrong = q.options.length - right;
  if (right === 0)
    throw new Error(`Spørsmålet «${q.id}» har ikke noe riktig svar, og kan ikke eksporteres. Kjør \`npm run check\`.`);
  if (q.type !== 'multiple' && right !== 1)
    throw new Error(
      `Spørsmålet «${q.id}» har ${right} riktige svar, men typen «${q.type}» skal ha nøyaktig ett. Kjør \`npm run check\`.`,
    );
  if (q.type !== 'multiple') return q.options.map((o) => (o.correct ? 100 : 0));
  return q.options.map((o) => (o.correct ? share(right) : -share(wrong)));
}
