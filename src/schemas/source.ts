/** A source document the handbook is built from: one YAML file per source in `content/sources/`. */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PartialDateSchema, SourceKindSchema } from './vocabulary.ts';

export const ApprovalSchema = z.strictObject({
  /** Who approved the document, e.g. «Rådmannens ledergruppe». */
  by: z.string().trim().min(1),
  /** When it was approved (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: PartialDateSchema,
  /** Optional detail, e.g. «i møte». */
  note: z.string().trim().min(1).optional(),
});

export const SourceSchema = z.strictObject({
  /** Stable id, used by rules and pages to cite the source. Must match the file name. */
  id: IdSchema,
  /** The document's full title, exactly as in the source. */
  title: z.string().trim().min(1),
  /** A short name for tables and citations, e.g. «Sunndal». */
  shortName: z.string().trim().min(1),
  /** Who published it, e.g. «KS» or «Sunndal kommune». */
  publisher: z.string().trim().min(1),
  /** What kind of document it is. */
  kind: SourceKindSchema,
  /** The document's date (YYYY-MM-DD, YYYY-MM or YYYY). Leave out when the source gives none. */
  date: PartialDateSchema.optional(),
  /** What the reader should know about the date, e.g. that the source does not give a year. */
  dateNote: z.string().trim().min(1).optional(),
  /** Who approved it and when, where the document says so. */
  approval: ApprovalSchema.optional(),
  /** When the guidelines were last revised (YYYY-MM-DD). Shown on the guideline page. */
  revised: IsoDateSchema.optional(),
  /** When the guidelines are due for revision (YYYY-MM-DD). `npm run check` warns once it has passed. */
  nextRevision: IsoDateSchema.optional(),
  /** What the document covers, in one or two plain sentences. */
  covers: z.string().trim().min(1),
  /** The handbook page that presents the source, e.g. `/retningslinjer/sunndal/`. */
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { message: 'page-path' }),
  /** The file in `../shared/seeds/` the text was taken from, for provenance. */
  seedFile: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/).optional(),
  /**
   * For a document cited by page («side 14»): how the handbook counts its pages. Citations give the page
   * of the PDF file, counted from the cover as a PDF reader shows it, never the number printed on the page.
   * `npm run check` rejects a citation by page of a source without this field, and a page past `lastPage`.
   */
  pdfPages: z
    .strictObject({
      /** The last page of the PDF file that the handbook has the text of (the whole file, or where the text it was written from ends). */
      lastPage: z.number().int().positive(),
      /** How much lower the number printed on each page is, e.g. 1 when the cover has no number. Default 0. */
      printedLower: z.number().int().min(0).optional(),
    })
    .optional(),
});

export type Source = z.output<typeof SourceSchema>;
