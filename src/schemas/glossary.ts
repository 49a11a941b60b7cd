/** A term in the glossary (ordliste): `content/glossary.yaml` holds the list. */
import { z } from 'astro/zod';
import { IdSchema } from './vocabulary.ts';

export const GlossaryTermSchema = z.strictObject({
  /** Stable id, used as the anchor `/ordliste/#<id>`. */
  id: IdSchema,
  /** The term as readers meet it, e.g. «Journalføring». */
  term: z.string().trim().min(1),
  /** A plain-language explanation, two or three short sentences. */
  definition: z.string().trim().min(1),
  /** What the example guidelines say about the term; shown only when they are included. Optional. */
  examples: z.string().trim().min(1).optional(),
  /** Ids of the sources that use or explain the term. */
  sources: z.array(IdSchema).default([]),
  /** Ids of related terms in the glossary. */
  related: z.array(IdSchema).default([]),
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
