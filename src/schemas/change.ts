/**
 * The change log: what changed in the handbook and when, one entry per change, newest first. The
 * shared content's log ships with the package (`content/endringer.yaml`), since a site has the package
 * under node_modules without its git history; a site may keep its own in `lokalt/endringer.yaml`. The
 * log is shown at `/endringer/` and as an Atom feed at `/endringer.xml`.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema } from './vocabulary.ts';

/** A rule's fingerprint (see src/lib/shared/fingerprint.ts): eight hexadecimal digits. */
export const FingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/, { message: 'fingerprint-format' });

/** A page's address inside the site, such as `/retningslinjer/sogne/` or `/beslutningstre/kanalvelger/`. */
const PagePathSchema = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { message: 'page-path' });

export const ChangeSchema = z.strictObject({
  /** Stable id, the entry's anchor on /endringer/ and its id in the feed: never change it once published. */
  id: IdSchema,
  /** When the change was made (YYYY-MM-DD). */
  date: IsoDateSchema,
  /** What changed, as a short heading. */
  title: z.string().trim().min(1),
  /** One to three sentences for the reader: what is new or different, and what it means for them. */
  summary: z.string().trim().min(1),
  /** Rules added: id → fingerprint of the rule's title and text as added. Default none. */
  added: z.record(IdSchema, FingerprintSchema).default({}),
  /** Rules whose title or text changed: id → fingerprint of the new title and text. Default none. */
  changed: z.record(IdSchema, FingerprintSchema).default({}),
  /** Ids of rules taken out. Default none. */
  removed: z.array(IdSchema).default([]),
  /** Pages and decision trees revised (added or changed), by address. Default none. */
  pages: z.array(PagePathSchema).default([]),
});

export type Change = z.output<typeof ChangeSchema>;
