/**
 * The municipality's settings: one file, `handbok.config.ts` at the project root, checked against
 * this schema before anything is built. Field names are Norwegian because the municipality edits
 * the file, and the flags of `npm run ny-kommune` have the same names.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema } from './vocabulary.ts';

const HexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'hex-colour' });
const UrlSchema = z.url({ protocol: /^https?$/, message: 'url-format' });
const EmailSchema = z.email({ message: 'email-format' });
const text = () => z.string().trim().min(1);

export const MunicipalitySchema = z.strictObject({
  /** The full name, as in «Testvik kommune». Shown in the header, footer and on the receipt. */
  navn: text(),
  /** The short name, as in «Testvik». Used in page titles and tables. */
  kortnavn: text(),
  /** The id of the municipality's own guidelines: the URL /retningslinjer/<id>/. Default: from the short name. */
  id: IdSchema.optional(),
  /** True only on the template's own site, whose municipality is invented: the front page then says so. Default false. */
  oppdiktet: z.boolean().default(false),
});

export const LogoSchema = z.strictObject({
  /** Path to an SVG or PNG, relative to the project root, for example `lokalt/logo.svg`. */
  fil: z.string().regex(/^[^/].*\.(svg|png)$/i, { message: 'logo-file' }),
  /** The text a screen reader reads for the logo. Empty when the logo only repeats the name next to it. */
  alt: z.string().default(''),
});

export const SiteSchema = z.strictObject({
  /** The site's address without the path, for example `https://testvik.github.io`. */
  url: UrlSchema,
  /** The path the handbook lives under, for example `/handbok/`. Default `/`. */
  base: z.string().regex(/^\/(?:[a-z0-9._-]+\/)*$/, { message: 'base-path' }).default('/'),
});

export const ColoursSchema = z.strictObject({
  /** The accent colour in the light theme: links, buttons and marks. Must have 4.5:1 contrast against white. */
  lys: HexColourSchema.default('#1d4fb8'),
  /** The accent colour in the dark theme. Must have 4.5:1 contrast against the dark background. */
  mork: HexColourSchema.default('#a9c1ff'),
});

export const ContactSchema = z.strictObject({
  /** The address people write to with questions about the handbook or the municipality's accounts. */
  epost: EmailSchema,
  /** A phone number, as people should dial it. Optional. */
  telefon: z.string().regex(/^\+?[0-9 ]{8,16}$/, { message: 'phone-format' }).optional(),
  /** The municipality's main website. */
  nettsted: UrlSchema,
});

export const ResponseTimeSchema = z.strictObject({
  /** How many hours citizens may have to wait for an answer on social media. Default 24. */
  timer: z.int().min(1).max(168).default(24),
  /** Whether the promise only counts working days (not weekends and holidays). Default true. */
  hverdager: z.boolean().default(true),
});

export const ChannelSchema = z.strictObject({
  /** The channel's name, for example «Facebook». */
  navn: text(),
  /** The address of the municipality's account. */
  url: UrlSchema,
});

export const GovernanceSchema = z
  .strictObject({
    /** Who adopted the municipality's guidelines, for example «Kommunedirektøren». */
    vedtattAv: text(),
    /** When they were adopted (YYYY-MM-DD). */
    vedtatt: IsoDateSchema,
    /** When they were last revised (YYYY-MM-DD). Default: the adoption date. */
    revidert: IsoDateSchema.optional(),
    /** When they are due for revision (YYYY-MM-DD). */
    nesteRevisjon: IsoDateSchema,
  })
  .refine((g) => g.nesteRevisjon > (g.revidert ?? g.vedtatt), { message: 'revision-order', path: ['nesteRevisjon'] });

export const HandbookConfigSchema = z.strictObject({
  kommune: MunicipalitySchema,
  /** The logo in the header. Optional: without it, the name stands alone. */
  logo: LogoSchema.optional(),
  nettsted: SiteSchema,
  /** The written standard of the interface: `nb` (bokmål) or `nn` (nynorsk). Default `nb`. */
  malform: z.enum(['nb', 'nn']).default('nb'),
  /**
   * Whether the site is published in both målformer: in `malform` at the site's address, and in the other
   * under `/nn/` (or `/nb/`) below it, each with a link to the same page in the other. The site's own
   * content (lokalt/) is in `malform`; the other edition shows it in that målform and says so. Default false.
   */
  beggeMalformer: z.boolean().default(false),
  farger: ColoursSchema.default({ lys: '#1d4fb8', mork: '#a9c1ff' }),
  kontakt: ContactSchema,
  /** The response time promised to citizens. */
  svartid: ResponseTimeSchema.default({ timer: 24, hverdager: true }),
  /** The unit with editorial responsibility for the accounts and the handbook, for example «Kommunikasjonsavdelingen». */
  redaksjon: text(),
  /** The channels the municipality uses. */
  kanaler: z.array(ChannelSchema).default([]),
  /** Who adopted the municipality's own guidelines and when they are revised. Leave out when there are none yet. */
  retningslinjer: GovernanceSchema.optional(),
  /** Whether the example guidelines of Sunndal, Søgne and Tolga are part of the site. Default false. */
  eksempelretningslinjer: z.boolean().default(false),
  /**
   * Without the example guidelines: what a shared decision-tree outcome, self-test question or reply template does when
   * it rests on an example rule that the site has no rule of its own for (`replaces` in lokalt/regler/).
   * `vis-eksempel` shows the example rule, citing the municipality it comes from, with that
   * municipality's guidelines page; `utelat` leaves the rule out of the outcome, and a question or a
   * reply template that rests on nothing else out of the self-test or `/svarmaler/`. `npm run check` lists each such place. Default `vis-eksempel`.
   */
  utenEgenRegel: z.enum(['vis-eksempel', 'utelat']).default('vis-eksempel'),
  /**
   * Months between reviews of a page or decision tree, where the page itself sets none
   * (`review.intervalMonths`). Past it, the page says it may be outdated, and `npm run check` lists it. Default 12.
   */
  gjennomgangManeder: z.int().min(1).max(60).default(12),
});

export type HandbookConfigInput = z.input<typeof HandbookConfigSchema>;
export type HandbookConfig = z.output<typeof HandbookConfigSchema>;
