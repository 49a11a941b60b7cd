/**
 * A reply template (svarmal): a ready answer for a situation the sources name, such as a question
 * that needs case handling or a comment that was removed. Templates live as a YAML list in
 * `content/svarmaler.yaml` (a site adds its own in `lokalt/svarmaler.yaml`); the page `/svarmaler/` shows each one filled in from the site's config,
 * with the rules it follows. A rule's box and a tree outcome link to the templates that fit.
 */
import { z } from 'astro/zod';
import { IdSchema } from './vocabulary.ts';

/** The tones Søgne's guidelines name (punkt 4.1: «saklig, humoristisk eller formelt»), less humour, plus a friendly one. */
export const TONES = ['saklig', 'vennlig', 'formell'] as const;

export const ReplyTemplateSchema = z.strictObject({
  /** Stable id, unique among the templates; also the anchor on the page: `/svarmaler/#<id>`. */
  id: IdSchema,
  /** A short name for lists and links, at most 70 characters, e.g. «Spørsmålet krever saksbehandling». */
  title: z.string().trim().min(1).max(70),
  /** Where the template stands on the page: lower first, then by title. Default 100. */
  order: z.number().int().default(100),
  /** When to use the template, in one or two sentences: «En innbygger spør om …». */
  situation: z.string().trim().min(1),
  /**
   * Optional: what must be true or done before you post the reply, e.g. that the crisis management
   * has asked for it. Shown above the reply.
   */
  condition: z.string().trim().min(1).optional(),
  /**
   * The reply itself, as the citizen reads it. Paragraphs are separated by a blank line. `{{name}}`
   * is filled in from the site's config (see src/lib/shared/reply-template.ts); text in [square
   * brackets] is for the person who posts to fill in.
   */
  text: z.string().trim().min(1),
  /** The rules the reply follows; at least one. Rule boxes link back to the template from these. */
  rules: z.array(IdSchema).min(1),
  /** The reply's tone: saklig (matter-of-fact), vennlig (friendly) or formell (formal). */
  tone: z.enum(TONES),
});

export type ReplyTemplate = z.output<typeof ReplyTemplateSchema>;
export type Tone = (typeof TONES)[number];
