/**
 * The saved state of a self-test, and how a stored one is checked against the question bank before
 * the test uses it. Pure: it does not know where the state was kept (localStorage today, a learning
 * platform's suspend data later), only the stored JSON text and the bank as loaded.
 *
 * Stored JSON (version 1):
 *   { "v": 1,
 *     "bank": "abcd1234",                  // the bank version the round was drawn from (optional: older states lack it)
 *     "round": { "seed": 123, "order": ["q-id", …], "optionOrder": { "q-id": [2, 0, 1] } },
 *     "answers": { "q-id": [0] },          // options chosen, as indices into the question's options
 *     "position": 3,                       // the question being shown
 *     "result": { "correct": 10, "total": 12, "percent": 83, "passed": true, "missed": ["q-id"], "date": "2026-11-21" } }
 *
 * A value of the right shape can still be wrong for the bank: a question that is gone, a position
 * past the end, an answer with an option the question does not have. restore() keeps what is still
 * valid and lists what it repaired; when nothing of the round is left it starts afresh.
 */
import { drawRound, random, shuffle } from './draw.ts';
import type { Answers, QuizQuestion, Result, Round } from './model.ts';
import { scoreRound } from './score.ts';

export interface Saved {
  v: 1;
  /** The bank version the round was drawn from; a state saved before this field existed has none. */
  bank?: string;
  round: Round;
  answers: Answers;
  /** Index into `round.order` of the question being shown. */
  position: number;
  result?: Result & { date: string };
}

// The shape is checked by hand rather than with zod: zod/mini is 6 kB of the self-test script's
// 10 kB budget (gzip), and restore() checks every value against the bank anyway.
type Guard<T> = (x: unknown) => x is T;
const isObject: Guard<Record<string, unknown>> = (x): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const is =
  <T>(type: string): Guard<T> =>
  (x): x is T =>
    typeof x === type;
const isNumber = is<number>('number');
const isString = is<string>('string');
const listOf =
  <T>(item: Guard<T>): Guard<T[]> =>
  (x): x is T[] =>
    Array.isArray(x) && x.every(item);
const recordOf =
  <T>(item: Guard<T>): Guard<Record<string, T>> =>
  (x): x is Record<string, T> =>
    isObject(x) && Object.values(x).every(item);
const numbers = listOf(isNumber);

function isResult(x: unknown): x is NonNullable<Saved['result']> {
  if (!isObject(x)) return false;
  return (
    [x.correct, x.total, x.percent].every(isNumber) &&
    typeof x.passed === 'boolean' &&
    listOf(isString)(x.missed) &&
    isString(x.date)
  );
}

/** True when `x` has the shape of a stored state (version 1); its values are checked against the bank in restore(). */
export function isSaved(x: unknown): x is Saved {
  if (!isObject(x) || x.v !== 1 || !isObject(x.round)) return false;
  const { round } = x;
  return (
    (x.bank === undefined || isString(x.bank)) &&
    isNumber(round.seed) &&
    listOf(isString)(round.order) &&
    recordOf(numbers)(round.optionOrder) &&
    recordOf(numbers)(x.answers) &&
    isNumber(x.position) &&
    (x.result === undefined || isResult(x.result))
  );
}

/**
 * What restore() found wrong. The first three start the test afresh; the others are repaired.
 * - unreadable: not JSON, or not the shape above;
 * - otherBank: saved for another version of the question bank;
 * - noQuestions: none of the round's questions is in the bank;
 * - unknownQuestions / duplicateQuestions: dropped from the round, and new ones drawn in their place;
 * - optionOrder: a question's option order was not its options, and is drawn again;
 * - answers: answers for questions not in the round, or with options the question does not have, dropped;
 * - position: not a question of the round, or past the first one not yet answered;
 * - result: a result for a round that is no longer fully answered is dropped, or one for a repaired round scored again.
 */
export type Repair =
  | 'unreadable'
  | 'otherBank'
  | 'noQuestions'
  | 'unknownQuestions'
  | 'duplicateQuestions'
  | 'optionOrder'
  | 'answers'
  | 'position'
  | 'result';

/** The bank as the page loaded it, and the test's settings. */
export interface Bank {
  questions: ReadonlyMap<string, QuizQuestion>;
  version: string;
  /** Questions in a round (the test's `questionCount`). */
  count: number;
  passMark: number;
}

export interface Restored {
  /** A state the test can show as it is, or null to start afresh. */
  state: Saved | null;
  repairs: Repair[];
}

const afresh = (repair: Repair): Restored => ({ state: null, repairs: [repair] });

/** True when `order` holds each of 0 … n−1 once. */
const isPermutation = (order: readonly number[], n: number) =>
  order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);

/** The options chosen, if they are possible for the question: whole indices of its options, one unless it takes several. */
function validAnswer(q: QuizQuestion, chosen: readonly number[]): number[] | null {
  const picked = [...new Set(chosen)];
  if (picked.length === 0 || picked.length !== chosen.length) return null;
  if (!picked.every((i) => Number.isInteger(i) && i >= 0 && i < q.options.length)) return null;
  if (q.type !== 'multiple' && picked.length > 1) return null;
  return picked;
}

/** The round with only questions in the bank, each once, topped up to its size with questions not yet in it. */
function repairRound(round: Round, bank: Bank, repairs: Repair[]): Round {
  const known = round.order.filter((id) => bank.questions.has(id));
  if (known.length < round.order.length) repairs.push('unknownQuestions');
  const order = [...new Set(known)];
  if (order.length < known.length) repairs.push('duplicateQuestions');
  const optionOrder: Round['optionOrder'] = {};
  for (const id of order) {
    const q = bank.questions.get(id)!;
    const stored = Object.hasOwn(round.optionOrder, id) ? round.optionOrder[id] : undefined;
    if (stored && isPermutation(stored, q.options.length)) optionOrder[id] = stored;
    else {
      repairs.push('optionOrder');
      const indices = q.options.map((_, i) => i);
      optionOrder[id] = q.type === 'truefalse' ? indices : shuffle(indices, random(round.seed));
    }
  }
  const wanted = Math.min(bank.count, bank.questions.size);
  if (order.length < wanted && order.length < round.order.length) {
    // Questions were dropped: draw others in their place, so the round keeps its length.
    const rest = [...bank.questions.values()].filter((q) => !order.includes(q.id));
    const extra = drawRound(rest, wanted - order.length, round.seed);
    order.push(...extra.order);
    Object.assign(optionOrder, extra.optionOrder);
  }
  return { seed: round.seed, order, optionOrder };
}

function repairAnswers(stored: Answers, round: Round, bank: Bank, repairs: Repair[]): Answers {
  const answers: Answers = {};
  for (const [id, chosen] of Object.entries(stored)) {
    const valid = round.order.includes(id) ? validAnswer(bank.questions.get(id)!, chosen) : null;
    if (valid) answers[id] = valid;
  }
  if (Object.keys(answers).length < Object.keys(stored).length) repairs.push('answers');
  return answers;
}

/**
 * The stored JSON text `raw` as a state the test can use with `bank`, and what was repaired.
 * Never throws; null text (nothing stored) gives no state and no repairs.
 */
export function restore(raw: string | null, bank: Bank): Restored {
  if (raw === null) return { state: null, repairs: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return afresh('unreadable');
  }
  if (!isSaved(parsed)) return afresh('unreadable');
  const saved = parsed;
  if (saved.bank !== undefined && saved.bank !== bank.version) return afresh('otherBank');
  if (!saved.round.order.some((id) => bank.questions.has(id))) return afresh('noQuestions');

  const repairs: Repair[] = [];
  const round = repairRound(saved.round, bank, repairs);
  const answers = repairAnswers(saved.answers, round, bank, repairs);
  const firstOpen = round.order.findIndex((id) => !answers[id]);
  // A question is shown only after every one before it is answered: the test has no way to skip.
  const last = firstOpen === -1 ? round.order.length - 1 : firstOpen;
  const position = Math.min(Math.max(0, Math.floor(saved.position)), last);
  if (position !== saved.position) repairs.push('position');

  // Only the fields of a result, whatever else was stored with it.
  let result = saved.result && {
    correct: saved.result.correct,
    total: saved.result.total,
    percent: saved.result.percent,
    passed: saved.result.passed,
    missed: saved.result.missed,
    date: saved.result.date,
  };
  if (result && firstOpen !== -1) {
    result = undefined;
    repairs.push('result');
  } else if (result && (repairs.length > 0 || result.missed.some((id) => !round.order.includes(id)))) {
    result = { ...scoreRound(bank.questions, round, answers, bank.passMark), date: result.date };
    repairs.push('result');
  }
  const state: Saved = { v: 1, bank: bank.version, round, answers, position };
  if (result) state.result = result;
  return { state, repairs: [...new Set(repairs)] };
}
