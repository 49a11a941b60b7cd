/**
 * The fields a handbook page adds to Starlight's frontmatter: who it is for, what it covers,
 * which sources it cites, and when it was last reviewed and by whom.
 */
import { z } from 'astro/zod';
import { AudienceSchema, IdSchema, IsoDateSchema, TopicSchema } from './vocabulary.ts';

export const ReviewSchema = z.strictObject({
  /** When the page was last checked against its sources (YYYY-MM-DD). */
  lastReviewed: IsoDateSchema,
  /** Who is responsible for the page, a role rather than a person, e.g. «Kommunikasjonsrådgiver». */
  owner: z.string().trim().min(1),
  /**
   * Months until the next review is due; past it, the page says it may be outdated and `npm run check`
   * lists it. Default: the site's `gjennomgangManeder`, else 12.
   */
  intervalMonths: z.int().min(1).max(60).optional(),
});

export const PageFieldsSchema = z.object({
  /** Who the page is for. Used by search filters and the front page. */
  audience: z.array(AudienceSchema).min(1),
  /** What the page is about. */
  topics: z.array(TopicSchema).default([]),
  /**
   * Ids of the sources the page cites. Required; an empty list is allowed only for pages about the
   * site itself (privacy, the self-test), which rest on no source document.
   */
  sources: z.array(IdSchema),
  /** Review metadata. */
  review: ReviewSchema,
  /**
   * A page for those who run the package rather than read the handbook (how to make a site for a
   * municipality): built on the package's own demo site only, never on a municipality's. Default false.
   */
  packageOnly: z.boolean().default(false),
  /**
   * On a site's own page in lokalt/sider/: it takes the place of the package's page at the same address
   * (a documented override). Without it, a page at an address the package already has stops the check.
   * The package's fixes to the replaced page no longer reach the site; `npm run check` lists each one.
   * Default false.
   */
  replacesPackagePage: z.boolean().default(false),
});

export type PageFields = z.output<typeof PageFieldsSchema>;

/**
 * The frontmatter fields Starlight itself defines that our own check must also accept.
 * Starlight validates their content; our check only needs the title and to let the rest through.
 */
export const PageFrontmatterSchema = PageFieldsSchema.extend({
  title: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
}).loose();

/** Frontmatter keys Starlight 0.42 understands; anything else that is not ours is a typo. */
export const STARLIGHT_FRONTMATTER_KEYS = [
  'title',
  'description',
  'slug',
  'editUrl',
  'head',
  'tableOfContents',
  'template',
  'hero',
  'lastUpdated',
  'prev',
  'next',
  'sidebar',
  'banner',
  'pagefind',
  'draft',
] as const;
