/**
 * A figure from a source shown as a chart: one YAML file per chart in `content/charts/`.
 * The chart is rendered to SVG at build time, with its numbers also in a table.
 */
import { z } from 'astro/zod';
import { IdSchema } from './vocabulary.ts';

export const ChartBarSchema = z.strictObject({
  /** What the bar stands for, e.g. «Helt enig». */
  label: z.string().trim().min(1),
  /** The value exactly as in the source. */
  value: z.number().min(0),
});

export const ChartSchema = z.strictObject({
  /** Stable id, used by `<BarChart id="…" />`. Must match the file name. */
  id: IdSchema,
  /** The chart's title: what was asked or measured. */
  title: z.string().trim().min(1),
  /** One or two sentences that say what the chart shows, for readers who cannot see it. */
  description: z.string().trim().min(1),
  /** Id of the source document the figures come from. */
  source: IdSchema,
  /** Where in the source the figures stand. */
  section: z.string().trim().min(1),
  /** Unit of the values; «%» draws a 0–100 scale. */
  unit: z.enum(['%', 'antall']).default('%'),
  /** The bars, in the order the source gives them. */
  bars: z.array(ChartBarSchema).min(1),
});

export type Chart = z.output<typeof ChartSchema>;
