/**
 * A source the handbook is built from: one YAML file per source in `content/sources/`. Two kinds,
 * told apart by `kind`: the five source documents from 2011–2018 (veikart, rapport, retningslinjer),
 * and later web pages (`nettside`) that say what has changed since, with their address and the date
 * the handbook read them.
 */
import { z } from 'astro/zod';
import { DocumentKindSchema, IdSchema, IsoDateSchema, PartialDateSchema } from './vocabulary.ts';

export const ApprovalSchema = z.strictObject({
  /** Who approved the document, e.g. «Rådmannens ledergruppe». */
  by: z.string().trim().min(1),
  /** When it was approved (YYYY-MM-DD, YYYY-MM or YYYY). */
  date: PartialDateSchema,
  /** Optional detail, e.g. «i møte». */
  note: z.string().trim().min(1).optional(),
});

/** The fields every source has, whatever its kind. */
const commonFields = {
  /** Stable id, used by rules and pages to cite the source. Must match the file name. */
  id: IdSchema,
  /** The full title, exactly as in the source. */
  title: z.string().trim().min(1),
  /**
   * The målform the source is written in, `nb` (bokmål, the default) or `nn` (nynorsk). Its title and
   * section names are shown in it, marked with `lang` when the page is in the other målform.
   */
  lang: z.enum(['nb', 'nn']).default('nb'),
  /** A short name for tables and citations, e.g. «Sunndal» or «Uutilsynet». */
  shortName: z.string().trim().min(1),
  /** Who published it, e.g. «KS» or «Sunndal kommune». */
  publisher: z.string().trim().min(1),
  /** What the reader should know about the date, e.g. that the source does not give a year. */
  dateNote: z.string().trim().min(1).optional(),
  /** What the source covers, in one or two plain sentences. */
  covers: z.string().trim().min(1),
  /** The handbook page that presents the source, e.g. `/retningslinjer/sunndal/`. */
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { message: 'page-path' }),
};

/** One of the five source documents (2011–2018). */
export const DocumentSourceSchema = z.strictObject({
  ...commonFields,
  /** What kind of document it is. */
  kind: DocumentKindSchema,
  /** The document's date (YYYY-MM-DD, YYYY-MM or YYYY). Leave out when the source gives none. */
  date: PartialDateSchema.optional(),
  /** Who approved it and when, where the document says so. */
  approval: ApprovalSchema.optional(),
  /** When the guidelines were last revised (YYYY-MM-DD). Shown on the guideline page. */
  revised: IsoDateSchema.optional(),
  /** When the guidelines are due for revision (YYYY-MM-DD). `npm run check` warns once it has passed. */
  nextRevision: IsoDateSchema.optional(),
  /** The file in `../shared/seeds/` the text was taken from, for provenance. */
  seedFile: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/)
    .optional(),
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

/** A later public web page (2019 and after) that says what the rule is now. */
export const WebSourceSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('nettside'),
    /**
     * When the page was published, as precisely as the page says (YYYY-MM-DD, YYYY-MM or YYYY).
     * Leave out when the page gives no date, and say so in `dateNote`.
     */
    date: PartialDateSchema.optional(),
    /** The page's full address as it was read (https, or http where the page has no other), so a reader can check it. */
    url: z.url({ protocol: /^https?$/, message: 'web-url' }),
    /** When the handbook read the page (YYYY-MM-DD). Pages change; this says which version was read. */
    read: IsoDateSchema,
  })
  // A page without a date must say so, so a reader does not take a missing date for an oversight.
  .refine((source) => source.date !== undefined || source.dateNote !== undefined, {
    message: 'web-date-or-note',
    path: ['date'],
  });

export const SourceSchema = z.discriminatedUnion('kind', [DocumentSourceSchema, WebSourceSchema]);

export type Source = z.output<typeof SourceSchema>;
export type DocumentSource = z.output<typeof DocumentSourceSchema>;
export type WebSource = z.output<typeof WebSourceSchema>;

/** Whether a source is a later web page rather than one of the five source documents. */
export const isWebSource = (source: Source): source is WebSource => source.kind === 'nettside';
