/** Marking answers and a round. Pure, so each question type's scoring is tested on its own. */
import type { Answers, QuizQuestion, Result, Round } from './model.ts';

/** Right when exactly the right options are chosen: one for single and true/false, all and only the right ones for multiple. */
export function isCorrect(question: QuizQuestion, chosen: readonly number[]): boolean {
  const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  if (question.type !== 'multiple' && picked.length !== 1) return false;
  return picked.length === right.length && picked.every((v, i) => v === right[i]);
}

export function scoreRound(questions: ReadonlyMap<string, QuizQuestion>, round: Round, answers: Answers, passMark: number): Result {
  const missed = round.order.filter((id) => {
    const q = questions.get(id);
    return !q || !isCorrect(q, answers[id] ?? []);
  });
  const total = round.order.length;
  const correct = total - missed.length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100);
  return { correct, total, percent, passed: percent >= passMark, missed };
}
