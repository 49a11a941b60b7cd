/**
 * The closed vocabularies used across the content model: who a text is for, what it is about,
 * how binding a rule is and what kind of document a source is. Each list holds the id used in
 * content files and its bokmål label. Readers see the label from content/i18n (`handbok.topic.<id>`
 * and so on, in bokmål or nynorsk); a test keeps nb.json equal to the labels here. Adding a value
 * means adding it here and in both i18n files; the check's error messages list the allowed ids.
 */
import { z } from 'astro/zod';

export const AUDIENCES = {
  ansatt: 'Ansatte',
  publiserer: 'Publiserer for kommunen',
  leder: 'Ledere',
  politiker: 'Politikere',
} as const;

export const TOPICS = {
  forankring: 'Forankring og godkjenning',
  bemanning: 'Bemanning og ansvar',
  malsetting: 'Mål og målgrupper',
  kanalvalg: 'Valg av kanal',
  brukerinformasjon: 'Informasjon til brukerne',
  innhold: 'Innhold og publisering',
  dialog: 'Dialog og tone',
  svartid: 'Svartid',
  sletting: 'Moderering og sletting',
  saksbehandling: 'Saksbehandling',
  journalforing: 'Arkiv og journalføring',
  taushetsplikt: 'Taushetsplikt',
  personvern: 'Personvern',
  ytringsfrihet: 'Ytringsfrihet',
  rolle: 'Rolle og opptreden',
  kritikk: 'Kritikk tjenestevei',
  krise: 'Krise og beredskap',
  omdomme: 'Omdømme',
  rutiner: 'Rutiner og oppfølging',
  etikk: 'Etikk',
  tilgjengelighet: 'Universell utforming',
  sikkerhet: 'Informasjonssikkerhet',
} as const;

export const STRENGTHS = {
  skal: 'Skal',
  bor: 'Bør',
  kan: 'Kan',
} as const;

export const SOURCE_KINDS = {
  veikart: 'Veikart',
  rapport: 'Rapport',
  retningslinjer: 'Retningslinjer',
  nettside: 'Nettside',
} as const;

/** The kinds of the five source documents (2011–2018): everything but a later web page. */
export const DOCUMENT_KINDS = ['veikart', 'rapport', 'retningslinjer'] as const satisfies readonly SourceKind[];

export type Audience = keyof typeof AUDIENCES;
export type Topic = keyof typeof TOPICS;
export type Strength = keyof typeof STRENGTHS;
export type SourceKind = keyof typeof SOURCE_KINDS;

const keys = <T extends Record<string, string>>(record: T) =>
  Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export const AudienceSchema = z.enum(keys(AUDIENCES));
export const TopicSchema = z.enum(keys(TOPICS));
export const StrengthSchema = z.enum(keys(STRENGTHS));
export const SourceKindSchema = z.enum(keys(SOURCE_KINDS));
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);

/** A stable, readable id: lower-case letters, digits and hyphens, as used in URLs and anchors. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'id-format' });

/**
 * YAML parsers disagree on dates: `yaml` keeps `2012-04-12` a string, Astro's frontmatter parser
 * turns it into a Date. Both become the same ISO string here, so content authors need not quote.
 */
const dateToIso = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value;

/**
 * Whether `2012-02-30`, `2026-13` or `2012` names a day or month that exists. The format alone lets
 * `2012-02-30` through, and `new Date()` then shows it as 1 March.
 */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year!, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** A date as written in the sources: a year, a year and month, or a full ISO date. */
export const PartialDateSchema = z.preprocess(
  dateToIso,
  z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { message: 'date-format' })
    .refine(isCalendarDate, { message: 'calendar-date' }),
);

/** A full ISO date (YYYY-MM-DD) that exists in the calendar, as a string (a component prop). */
export const IsoDateStringSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'iso-date-format' })
  .refine(isCalendarDate, { message: 'calendar-date' });

/** A full ISO date (YYYY-MM-DD), for review metadata and notes. */
export const IsoDateSchema = z.preprocess(dateToIso, IsoDateStringSchema);
