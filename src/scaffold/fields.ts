/**
 * The fields of handbok.config.ts as `npm run ny-kommune` sees them: every leaf of the config schema,
 * found by walking the schema itself, so a field added to the schema gets a flag and a prompt without
 * editing a list here. Each answer is checked with the field's own zod schema.
 */
import type { z } from 'astro/zod';
import { HandbookConfigSchema } from '../schemas/config.ts';
import { issueToProblem } from '../problems/zod-issues.ts';
import { CONFIG_FILE } from '../config/validate.ts';

export type FieldKind = 'text' | 'number' | 'boolean' | 'choice' | 'list';

export interface SchemaField {
  /** The path in handbok.config.ts, as in `kontakt.epost`. */
  path: string;
  /** The field's schema without its `.optional()` and `.default()` wrappers. */
  schema: z.ZodType;
  kind: FieldKind;
  optional: boolean;
  /** The schema's default, if it has one. */
  default?: unknown;
  /** The allowed values of a choice (`malform`). */
  options?: string[];
  /** The fields of one item of a list of objects (`kanaler`): their names, in order. */
  itemKeys?: string[];
}

// Zod 4 keeps the structure in `def`; these are the few parts of it the walk needs.
interface Def {
  type: string;
  innerType?: Schema;
  defaultValue?: unknown;
  out?: Schema;
  element?: Schema;
  entries?: Record<string, string>;
}
type Schema = z.ZodType & { def: Def; shape?: Record<string, Schema> };

/** Strips `.optional()` and `.default()`, noting what they said. */
function unwrap(schema: Schema): { inner: Schema; optional: boolean; fallback?: unknown } {
  let inner = schema;
  let optional = false;
  let fallback: unknown;
  while (inner.def.type === 'optional' || inner.def.type === 'default') {
    if (inner.def.type === 'optional') optional = true;
    else fallback = inner.def.defaultValue;
    inner = inner.def.innerType!;
  }
  return { inner, optional, fallback };
}

function kindOf(schema: Schema): FieldKind {
  const type = schema.def.type === 'pipe' ? schema.def.out!.def.type : schema.def.type;
  if (type === 'boolean') return 'boolean';
  if (type === 'number') return 'number';
  if (type === 'enum') return 'choice';
  if (type === 'array') return 'list';
  return 'text';
}

/** Every leaf field of an object schema, depth first, in the schema's order. */
export function schemaFields(schema: z.ZodType = HandbookConfigSchema, prefix = ''): SchemaField[] {
  const shape = (schema as Schema).shape ?? {};
  return Object.entries(shape).flatMap(([key, child]): SchemaField[] => {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner, optional, fallback } = unwrap(child);
    if (inner.def.type === 'object') return schemaFields(inner, path);
    const kind = kindOf(inner);
    const item = kind === 'list' ? unwrap(inner.def.element!).inner : undefined;
    return [
      {
        path,
        schema: inner,
        kind,
        optional: optional || fallback !== undefined,
        ...(fallback !== undefined ? { default: fallback } : {}),
        ...(kind === 'choice' ? { options: Object.values(inner.def.entries!) } : {}),
        ...(item?.shape ? { itemKeys: Object.keys(item.shape) } : {}),
      },
    ];
  });
}

/** What is wrong with an answer and how to fix it, in bokmål. `label` starts the sentence: `--epost` or `Svaret`. */
export interface AnswerProblem {
  message: string;
  fix: string;
}

export type Parsed = { value: unknown; problem?: undefined } | { value?: undefined; problem: AnswerProblem };

const YES = new Set(['ja', 'j', 'true']);
const NO = new Set(['nei', 'n', 'false']);

/** The first zod issue, in the project's bokmål wording, with `label` in place of the field's name. */
function zodProblem(field: SchemaField, schema: z.ZodType, value: unknown, label: string): AnswerProblem | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const problem = issueToProblem(CONFIG_FILE, issue, value, field.path.split('.'));
  const where = problem.where ?? field.path;
  return { message: problem.message.replace(`Feltet «${where}»`, label), fix: problem.fix };
}

/**
 * A typed answer to one field, from what was typed or given as a flag: `ja` → true, `24` → 24,
 * `Facebook=https://…` → { navn: 'Facebook', url: 'https://…' } for one item of a list.
 */
export function parseAnswer(field: SchemaField, raw: string, label: string): Parsed {
  const text = raw.trim();
  if (field.kind === 'boolean') {
    if (YES.has(text.toLowerCase())) return { value: true };
    if (NO.has(text.toLowerCase())) return { value: false };
    return { problem: { message: `${label} er «${text}», som ikke er ja eller nei.`, fix: 'svar ja eller nei.' } };
  }
  if (field.kind === 'number') {
    const value = /^-?\d+(?:[.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
    const problem = zodProblem(field, field.schema, value, label);
    return problem ? { problem } : { value };
  }
  if (field.kind === 'list') return parseListItem(field, text, label);
  const problem = zodProblem(field, field.schema, text, label);
  return problem ? { problem } : { value: text };
}

/** One item of a list of objects with two fields, written `Navn=https://…`. */
function parseListItem(field: SchemaField, text: string, label: string): Parsed {
  const keys = field.itemKeys ?? [];
  const at = text.indexOf('=');
  if (keys.length !== 2 || at < 0) {
    return {
      problem: {
        message: `${label} er «${text}», som ikke har formen ${keys.join('=') || 'navn=verdi'}.`,
        fix: 'skriv navnet, et likhetstegn og adressen, for eksempel Facebook=https://www.facebook.com/testvik.',
      },
    };
  }
  const value = { [keys[0]!]: text.slice(0, at).trim(), [keys[1]!]: text.slice(at + 1).trim() };
  const item = (field.schema as Schema).def.element!;
  const result = item.safeParse(value);
  if (result.success) return { value };
  const issue = result.error.issues[0]!;
  const problem = issueToProblem(CONFIG_FILE, issue, value, [field.path]);
  return {
    problem: {
      message: problem.message.replace(/^Feltet «[^»]+»/, `${label}: ${String(issue.path[0])}`),
      fix: problem.fix,
    },
  };
}
