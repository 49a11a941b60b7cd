/**
 * The props of each component authors use in MDX (src/user-components/), as zod schemas. Each
 * component takes its `Props` type from here (`type Props = z.input<typeof RulePropsSchema>`), and
 * the content check validates the props written in every page against the same schema, so a
 * misspelt prop (`<Cite sorce="…">`) or a wrong type (`<Rule id={42}>`) stops `npm run check`
 * instead of the build. Strict objects: an unknown prop is an error. `children` is never a prop
 * in MDX (it is what stands between the tags), so it is not listed.
 */
import { z } from 'astro/zod';
import { AudienceSchema, IdSchema, IsoDateStringSchema } from './vocabulary.ts';

const NoProps = z.strictObject({});

export const RulePropsSchema = z.strictObject({
  /** The rule's id in content/rules/. */
  id: IdSchema,
  /** Render as a list item (used by <Rules />). Default: false. */
  asItem: z.boolean().optional(),
});

export const RulesPropsSchema = z.strictObject({
  /** The rules' ids, in the order shown. */
  ids: z.array(IdSchema).min(1),
});

export const CitePropsSchema = z.strictObject({
  /** The source's id in content/sources/. */
  source: IdSchema,
  /** Where in the source, e.g. «punkt 6» or «side 13». */
  section: z.string().trim().min(1).optional(),
});

export const ChangeNotePropsSchema = z.strictObject({
  /** What changed, e.g. «Personvern: GDPR gjelder fra 2018». */
  title: z.string().trim().min(1),
  /** When the note was written (YYYY-MM-DD). */
  added: IsoDateStringSchema,
});

export const SourceFactsPropsSchema = z.strictObject({
  /** The source's id in content/sources/. */
  id: IdSchema,
});

export const BarChartPropsSchema = z.strictObject({
  /** The chart's id in content/charts/. */
  id: IdSchema,
});

export const RulesForAudiencePropsSchema = z.strictObject({
  /** Whose rules to list. */
  audience: AudienceSchema,
  /** Heading level for the topic headings. Default: 3. */
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional(),
});

export const LinkCardPropsSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** A root-relative address gets the site's base path in front. */
  href: z.string().trim().min(1),
  description: z.string().trim().min(1).optional(),
});

/** The facts `<Municipality fact="…" />` can show, from handbok.config.ts. */
export const MUNICIPALITY_FACTS = ['navn', 'kortnavn', 'svartid', 'redaksjon', 'epost', 'retningslinjer'] as const;

export const MunicipalityPropsSchema = z.strictObject({
  fact: z.enum(MUNICIPALITY_FACTS),
});

export const TablePropsSchema = z.strictObject({
  /** What the table shows, in a few words. Shown above the table. */
  caption: z.string().trim().min(1),
});

/** Every user component by the name it is exported as from src/user-components/index.ts. */
export const USER_COMPONENT_PROPS = {
  Rule: RulePropsSchema,
  Rules: RulesPropsSchema,
  Cite: CitePropsSchema,
  ChangeNote: ChangeNotePropsSchema,
  SourceFacts: SourceFactsPropsSchema,
  BarChart: BarChartPropsSchema,
  ComparisonMatrix: NoProps,
  Glossary: NoProps,
  RulesForAudience: RulesForAudiencePropsSchema,
  LinkCard: LinkCardPropsSchema,
  WithExamples: NoProps,
  WithoutExamples: NoProps,
  Municipality: MunicipalityPropsSchema,
  IfInvented: NoProps,
  PrintLink: NoProps,
  Table: TablePropsSchema,
} satisfies Record<string, z.ZodObject>;

export type UserComponentName = keyof typeof USER_COMPONENT_PROPS;
