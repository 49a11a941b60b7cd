/**
 * handbok.config.ts as the scaffold writes it: the values as a TypeScript object literal, with a
 * «UTKAST:» comment beside every value the scaffold guessed. An object whose values all fit on one
 * line, without a comment, stays on one line.
 */
import { DRAFT_MARK } from '../checks/drafts.ts';
import type { ConfigValues } from './config-values.ts';

export const PACKAGE_NAME = 'handbok-sosiale-medier';

export const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function literal(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (isObject(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v)}`)
      .join(', ')} }`;
  return String(value);
}

const hasDraftUnder = (drafts: ConfigValues['drafts'], path: string) =>
  [...drafts.keys()].some((p) => p.startsWith(`${path}.`));

function entries(
  object: Record<string, unknown>,
  drafts: ConfigValues['drafts'],
  prefix: string,
  indent: string,
): string[] {
  return Object.entries(object).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const note = drafts.get(path);
    const comment = note ? ` // ${DRAFT_MARK} ${note}` : '';
    if (isObject(value)) {
      const inline = `${indent}${key}: ${literal(value)},`;
      if (!hasDraftUnder(drafts, path) && inline.length <= 100) return [inline];
      return [`${indent}${key}: {`, ...entries(value, drafts, path, `${indent}  `), `${indent}},`];
    }
    if (Array.isArray(value) && value.length > 0) {
      return [`${indent}${key}: [${comment}`, ...value.map((item) => `${indent}  ${literal(item)},`), `${indent}],`];
    }
    return [`${indent}${key}: ${literal(value)},${comment}`];
  });
}

export function configFile(values: Pick<ConfigValues, 'object' | 'drafts'>): string {
  return [
    `/** Innstillingene for kommunens håndbok. Feltene er forklart i node_modules/${PACKAGE_NAME}/src/schemas/config.ts. */`,
    `import { defineHandbook } from '${PACKAGE_NAME}/config';`,
    '',
    'export default defineHandbook({',
    ...entries(values.object, values.drafts, '', '  '),
    '});',
    '',
  ].join('\n');
}
