/**
 * The values handbok.config.ts gets: what was given, and for the rest what src/scaffold/field-table.ts
 * suggests. A field with neither is left out, so the schema's default applies.
 */
import { FLAGS, type FieldFlag } from './flags.ts';

export interface ConfigValues {
  /** Every value to write, by field path, in the schema's order. */
  values: Map<string, unknown>;
  /** The guessed values, by field path, with the note the config carries beside them after «UTKAST:». */
  drafts: Map<string, string>;
  /** The same values, nested as handbok.config.ts exports them. */
  object: Record<string, unknown>;
}

export function nest(values: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of values) {
    const keys = path.split('.');
    let node = root;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = value;
  }
  return root;
}

export function configValues(
  given: ReadonlyMap<string, unknown>,
  today: string,
  flags: FieldFlag[] = FLAGS,
): ConfigValues {
  const values = new Map<string, unknown>();
  const drafts = new Map<string, string>();
  for (const { field, info } of flags) {
    if (given.has(field.path)) {
      values.set(field.path, given.get(field.path));
      continue;
    }
    if (!info.suggest) continue;
    // A suggestion may build on an earlier answer (the URL on the short name) or a later one given as a flag.
    values.set(field.path, info.suggest(new Map([...given, ...values]), today));
    if (info.draft) drafts.set(field.path, info.draft);
  }
  return { values, drafts, object: nest(values) };
}
