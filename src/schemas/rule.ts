/**
 * A rule: one normative statement from a guideline or one recommendation of the KS Veikart,
 * written once in the handbook's own words. Rules live as YAML lists in `content/rules/<source>.yaml`;
 * pages, the comparison table and later tools render or link them from this data.
 */
import { z } from 'astro/zod';
import { AudienceSchema, IdSchema, StrengthSchema, TopicSchema } from './vocabulary.ts';

export const RuleSchema = z.strictObject({
  /** Stable, readable id, unique across all sources, e.g. `sunndal-svar-samme-dag`. */
  id: IdSchema,
  /** A short name for tables and links, at most 70 characters, e.g. «Svar samme dag». */
  title: z.string().trim().min(1).max(70),
  /** The rule in the handbook's own words: short sentences, the reader addressed as «du». */
  text: z.string().trim().min(1),
  /** Optional explanation: why the rule exists or how to follow it. */
  explanation: z.string().trim().min(1).optional(),
  /** Id of the source document the rule comes from. */
  source: IdSchema,
  /**
   * Where in the source the rule stands (heading, list number or page), in the målform the source is
   * written in (its `lang`): the page shows it marked with that language, in both editions.
   */
  section: z.string().trim().min(1),
  /** Who the rule is for; at least one. */
  audience: z.array(AudienceSchema).min(1),
  /** What the rule is about; at least one. The first is its main topic. */
  topics: z.array(TopicSchema).min(1),
  /** How binding the rule is: skal (must), bør (should) or kan (may). */
  strength: StrengthSchema,
  /**
   * For a municipality's own rules (lokalt/regler/): ids of example rules (Sunndal, Søgne, Tolga) this
   * rule takes the place of. Trees and the self-test then cite this rule where they cited those.
   */
  replaces: z.array(IdSchema).min(1).optional(),
  /**
   * For a rule with `replaces`: replaced rule id → fingerprint of its title and text when this rule was
   * last read against it (written by `npm run ny-kommune` and `handbok regel-lest`). After an update of
   * the package, `npm run check` names each replaced rule whose text has changed since.
   */
  reviewed: z.record(IdSchema, z.string().regex(/^[0-9a-f]{8}$/)).optional(),
});

export type Rule = z.output<typeof RuleSchema>;

/** A rule file holds a non-empty list of rules. */
export const RuleFileSchema = z.array(z.unknown()).min(1);
