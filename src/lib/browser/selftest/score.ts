/** Marking answers and a round. Pure, so each question type's scoring is tested on its own. */
import type { Answers, QuizQuestion, Result, Round } from './model.ts';

/** Right when exactly the right options are chosen: one for single and true/false, all and only the right ones for multiple. */
export function isCorrect(question: QuizQuestion, chosen: readonly number[]): boolean {
  const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  if (question.type !== 'multiple' && picked.length !== 1) return false;
  return picked.length === right.length && picked.every((v, i) => v === right[i]);
}

/**
 * What an answer got right and what it missed, option by option (indices into the question's
 * options): the right ones chosen (`found`), the right ones left out (`missed`), the wrong ones
 * chosen (`wrong`). A multiple-choice answer with some right options, but not exactly the right
 * ones, is `partly` right; it still scores as not right (isCorrect), and the feedback says which.
 */
export interface Judgement {
  verdict: 'right' | 'partly' | 'wrong';
  found: number[];
  missed: number[];
  wrong: number[];
}

export function judge(question: QuizQuestion, chosen: readonly number[]): Judgement {
  const picked = new Set(chosen);
  const found: number[] = [];
  const missed: number[] = [];
  const wrong: number[] = [];
  question.options.forEach((option, i) => {
    if (option.correct) (picked.has(i) ? found : missed).push(i);
    else if (picked.has(i)) wrong.push(i);
  });
  if (isCorrect(question, chosen)) return { verdict: 'right', found, missed, wrong };
  const verdict = question.type === 'multiple' && found.length > 0 ? 'partly' : 'wrong';
  return { verdict, found, missed, wrong };
}

export function scoreRound(
  questions: ReadonlyMap<string, QuizQuestion>,
  round: Round,
  answers: Answers,
  passMark: number,
): Result {
  const missed = round.order.filter((id) => {
    const q = questions.get(id);
    return !q || !isCorrect(q, answers[id] ?? []);
  });
  const total = round.order.length;
  const correct = total - missed.length;
  const percent = total === 0 ? 0 : Math.round((correct / total) * 100);
  return { correct, total, percent, passed: percent >= passMark, missed };
}
