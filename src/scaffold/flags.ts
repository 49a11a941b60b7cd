/**
 * The flags of `npm run ny-kommune`, one per field of the config schema (named after the field,
 * or as src/scaffold/field-table.ts says) and the few that are not fields: `--mappe`, `--pakke`, `--tving`.
 */
import type { z } from 'astro/zod';
import { schemaFields, type SchemaField } from './fields.ts';
import { FIELD_TABLE, META_FLAGS, type FieldInfo, type MetaFlag } from './field-table.ts';

export interface FieldFlag {
  name: string;
  help: string;
  field: SchemaField;
  info: FieldInfo;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One flag per leaf of the schema. A name already taken gets its parent's name in front (`kontakt-navn`). */
export function fieldFlags(schema?: z.ZodType, table: Record<string, FieldInfo> = FIELD_TABLE): FieldFlag[] {
  const taken = new Set<string>(Object.keys(META_FLAGS));
  return schemaFields(schema).map((field) => {
    const info = table[field.path] ?? { help: `feltet «${field.path}» i handbok.config.ts` };
    let name = info.flag ?? kebab(field.path.split('.').at(-1)!);
    if (taken.has(name)) name = kebab(field.path.replace(/\./g, '-'));
    taken.add(name);
    return { name, help: info.help, field, info };
  });
}

export const FLAGS = fieldFlags();

/** Flags that need no value: a yes-or-no field and `--tving`. */
export const isSwitch = (name: string, flags: FieldFlag[] = FLAGS) =>
  name === 'tving' || flags.some((f) => f.name === name && f.field.kind === 'boolean');

export const flagForPath = (path: string, flags: FieldFlag[] = FLAGS) => flags.find((f) => f.field.path === path);

export function isMetaFlag(name: string): name is MetaFlag {
  return name in META_FLAGS;
}

/** `--hjelp`: every flag with its help text. */
export function usage(flags: FieldFlag[] = FLAGS): string {
  const rows: [string, string][] = [
    ...Object.entries(META_FLAGS).map(([name, help]): [string, string] => [name, help]),
    ...flags.map((f): [string, string] => [f.name, f.help]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  return [
    'Bruk: npm run ny-kommune -- --mappe testvik-handbok --navn "Testvik kommune" [valg]',
    'Uten valg, i en terminal, spør den etter hvert svar.',
    '',
    ...rows.map(([name, help]) => `  --${name.padEnd(width)} ${help}`),
  ].join('\n');
}
