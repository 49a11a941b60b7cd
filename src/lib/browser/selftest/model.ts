/**
 * The self-test as the browser sees it: questions read from the page, a round (which questions in
 * which order, with shuffled options), the answers given, and the result. Pure data and functions,
 * shared by the in-page script and the tests.
 */
export type QuestionType = 'single' | 'multiple' | 'truefalse';

export interface QuizOption {
  text: string;
  correct: boolean;
  feedback: string;
}

export interface QuizQuestion {
  id: string;
  type: QuestionType;
  /** The main topic of the first rule the question tests; drawing spreads over topics. */
  topic: string;
  question: string;
  options: QuizOption[];
  explanation: string;
  /** Links to the rules the question tests: [title, href]. */
  rules: [string, string][];
}

export interface Round {
  seed: number;
  /** Question ids, in the order they are asked. */
  order: string[];
  /** For each question id, the order its options are shown in (indices into `options`). */
  optionOrder: Record<string, number[]>;
}

/** Question id → indices (into the question's own `options`) of the options chosen. */
export type Answers = Record<string, number[]>;

export interface Result {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  missed: string[];
}
