/**
 * A decision tree: one YAML file per tree in `content/trees/`. Nodes are questions (with options
 * that each lead to another node) or outcomes (advice resting on rules). Every node id is also its
 * URL: `/beslutningstre/<tree>/<node>/`; the start node is shown at `/beslutningstre/<tree>/`.
 */
import { z } from 'astro/zod';
import { AudienceSchema, IdSchema } from './vocabulary.ts';
import { ReviewSchema } from './page.ts';

export const TreeOptionSchema = z.strictObject({
  /** The answer as the reader sees it, e.g. «Et spørsmål om en tjeneste». */
  label: z.string().trim().min(1),
  /** Id of the node this answer leads to. */
  next: IdSchema,
});

export const QuestionNodeSchema = z.strictObject({
  /** Stable id, also the step's URL segment. */
  id: IdSchema,
  type: z.literal('question'),
  /** The question, short and in plain words. */
  question: z.string().trim().min(1),
  /** Help text under the question: what the options mean, what to think about. */
  help: z.string().trim().min(1).optional(),
  /** The possible answers; at least two. */
  options: z.array(TreeOptionSchema).min(2),
});

export const OutcomeNodeSchema = z.strictObject({
  /** Stable id, also the outcome's URL segment. */
  id: IdSchema,
  type: z.literal('outcome'),
  /** What to do, as a short heading, e.g. «Svar innbyggeren samme dag». */
  title: z.string().trim().min(1),
  /** The advice: short paragraphs separated by a blank line; lines starting with «- » form a list. */
  advice: z.string().trim().min(1),
  /** The rules the advice rests on; at least one. */
  rules: z.array(IdSchema).min(1),
  /**
   * The social medium the outcome recommends, by the name a site's config gives its account
   * (`kanaler[].navn`, compared without case), e.g. «Facebook». On a site that lists its channels,
   * the outcome links to the site's account, or says the municipality has none there. Optional.
   */
  channel: z.string().trim().min(1).optional(),
  /** Id of the reply template (content/svarmaler.yaml) that fits the advice, linked from the outcome. Optional. */
  replyTemplate: IdSchema.optional(),
});

export const TreeNodeSchema = z.discriminatedUnion('type', [QuestionNodeSchema, OutcomeNodeSchema]);

export const TreeSchema = z.strictObject({
  /** Stable id, must match the file name; the tree's URL is `/beslutningstre/<id>/`. */
  id: IdSchema,
  /** The tree's name, e.g. «Kanalvelger». */
  title: z.string().trim().min(1),
  /** One or two sentences: what the tree helps you decide. */
  description: z.string().trim().min(1),
  /** Where the tree stands in lists: lower first. Default 100. */
  order: z.number().int().default(100),
  /** Who the tree is for. */
  audience: z.array(AudienceSchema).min(1),
  /** Ids of the sources the tree builds on. */
  sources: z.array(IdSchema).min(1),
  /** When the tree was last checked against its sources, and who owns it. */
  review: ReviewSchema,
  /** Id of the first question. */
  start: IdSchema,
  /** All questions and outcomes. */
  nodes: z.array(TreeNodeSchema).min(2),
});

export type TreeOption = z.output<typeof TreeOptionSchema>;
export type QuestionNode = z.output<typeof QuestionNodeSchema>;
export type OutcomeNode = z.output<typeof OutcomeNodeSchema>;
export type TreeNode = z.output<typeof TreeNodeSchema>;
export type Tree = z.output<typeof TreeSchema>;

export const isQuestion = (node: TreeNode): node is QuestionNode => node.type === 'question';
export const isOutcome = (node: TreeNode): node is OutcomeNode => node.type === 'outcome';
