/**
 * Which fields of the shared content are text a reader sees, for the nynorsk edition (ADR 0011).
 * Structure (ids, links, right answers, rule lists, dates) is written once, in the bokmål files; a
 * nynorsk file under `content/nn/` holds only the fields named here, with the same ids, and `fra`:
 * the fingerprint of the bokmål text it was written from. An object with an id of its own (an entry,
 * a tree's node) has its own `fra`; a list without ids (options, bars) is matched by position and
 * counts as part of the object it belongs to.
 */
import { z } from 'astro/zod';
import { FingerprintSchema } from './change.ts';

export interface TextShape {
  /** Fields whose value is a text; each one the bokmål object has must be in the nynorsk one. */
  readonly fields: readonly string[];
  /** Lists of objects inside: matched by id when `byId`, else by position. */
  readonly lists?: Readonly<Record<string, TextShape & { readonly byId?: boolean }>>;
  /** Single objects inside, such as a source's `approval`. */
  readonly objects?: Readonly<Record<string, TextShape>>;
}

export const TEXT_SHAPES = {
  rules: { fields: ['title', 'text', 'explanation'] },
  questions: { fields: ['question', 'explanation'], lists: { options: { fields: ['text', 'feedback'] } } },
  selfTests: { fields: ['title', 'description'] },
  glossary: { fields: ['term', 'definition', 'examples'] },
  replyTemplates: { fields: ['title', 'situation', 'condition', 'text'] },
  changes: { fields: ['title', 'summary'] },
  trees: {
    fields: ['title', 'description'],
    lists: {
      nodes: { byId: true, fields: ['question', 'help', 'title', 'advice'], lists: { options: { fields: ['label'] } } },
    },
  },
  charts: { fields: ['title', 'description'], lists: { bars: { fields: ['label'] } } },
  sources: { fields: ['dateNote', 'covers'], objects: { approval: { fields: ['note'] } } },
} as const satisfies Record<string, TextShape>;

export type TranslatedKind = keyof typeof TEXT_SHAPES;

/** The key that records which bokmål text a nynorsk text was written from. */
export const FROM_KEY = 'fra';

/** The frontmatter of a nynorsk page: its texts and `fra`; everything else comes from the bokmål page. */
export const NynorskPageFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
  sidebar: z.strictObject({ label: z.string().trim().min(1) }).optional(),
  /** The front page's line under the title (Starlight's splash template). */
  hero: z.strictObject({ tagline: z.string().trim().min(1) }).optional(),
  [FROM_KEY]: FingerprintSchema.optional(),
});

export type NynorskPageFrontmatter = z.output<typeof NynorskPageFrontmatterSchema>;
