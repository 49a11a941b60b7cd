/**
 * The self-test: questions in `content/questions/*.yaml` (YAML lists) and the tests that draw from
 * them in `content/selvtester.yaml`. Every question tests one or more rules and records which text
 * of each rule it was last reviewed against, so a changed rule flags the questions to re-read.
 */
import { z } from 'astro/zod';
import { AudienceSchema, IdSchema } from './vocabulary.ts';

export const QUESTION_TYPES = {
  single: 'Ett riktig svar',
  multiple: 'Ett eller flere riktige svar',
  truefalse: 'Sant eller usant',
} as const;

export const QuestionOptionSchema = z.strictObject({
  /** The answer as the reader sees it. */
  text: z.string().trim().min(1),
  /** Whether this answer is right. */
  correct: z.boolean(),
  /** What the reader is told after choosing this answer: why it is right or wrong. */
  feedback: z.string().trim().min(1),
});

export const QuestionSchema = z.strictObject({
  /** Stable id, unique in the bank, e.g. `svar-samme-dag`. */
  id: IdSchema,
  /** single: one right answer; multiple: one or more; truefalse: two options, «Sant» and «Usant». */
  type: z.enum(['single', 'multiple', 'truefalse']),
  /** The question, preferably a short realistic situation: «En innbygger skriver …». */
  question: z.string().trim().min(1),
  /** The answers; two to six. */
  options: z.array(QuestionOptionSchema).min(2).max(6),
  /** Shown after the answer: what the rule says and why. */
  explanation: z.string().trim().min(1),
  /** The rules the question tests; at least one. */
  rules: z.array(IdSchema).min(1),
  /** Who the question is for. */
  audience: z.array(AudienceSchema).min(1),
  /**
   * Rule id → fingerprint of the rule text the question was last reviewed against.
   * `npm run sporsmal:gjennomgatt` fills it in; `npm run check` warns when a rule has changed since.
   */
  reviewed: z.record(IdSchema, z.string().regex(/^[0-9a-f]{8}$/)).default({}),
});

export const SelfTestSchema = z.strictObject({
  /** Stable id; the test's URL is `/selvtest/<id>/`. */
  id: IdSchema,
  /** The test's name, e.g. «Selvtest for alle ansatte». */
  title: z.string().trim().min(1),
  /** One or two sentences: who should take it and why. */
  description: z.string().trim().min(1),
  /** The test draws questions whose audience includes one of these. */
  audience: z.array(AudienceSchema).min(1),
  /** How many questions one round draws. Default 12. */
  questionCount: z.number().int().min(1).default(12),
  /** Share of right answers needed to pass, in percent. Default 80. */
  passMark: z.number().min(1).max(100).default(80),
});

export type QuestionOption = z.output<typeof QuestionOptionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type SelfTest = z.output<typeof SelfTestSchema>;
