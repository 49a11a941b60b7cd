/**
 * The answers `npm run ny-kommune` needs, from flags (`--mappe testvik-handbok --navn "Testvik kommune"`)
 * or prompts, checked field by field with the config schema and then as a whole with validateConfig.
 * Values the scaffold guessed are marked «UTKAST:» in the written config, so publishing stops until
 * someone has checked them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { closest } from '../problems/closest.ts';
import { validateConfig } from '../config/validate.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import { parseAnswer, type AnswerProblem } from './fields.ts';
import { FLAGS, flagForPath, isMetaFlag, isSwitch, type FieldFlag } from './flags.ts';
import { configValues, type ConfigValues } from './config-values.ts';

export { slug } from '../lib/shared/slug.ts';

/** Each flag as given, by name: `kanal` may hold several values. */
export type RawFlags = Map<string, string[]>;

export interface ScaffoldOptions extends ConfigValues {
  /** The checked config, with the schema's defaults filled in. */
  config: HandbookConfig;
  /** The site's folder, absolute. */
  folder: string;
  /** The dependency on this package in the site's package.json: `^0.1.0`, `file:…` or a git URL. */
  packageSpec: string;
  force: boolean;
}

const line = (problem: AnswerProblem) => `${problem.message} Slik retter du det: ${problem.fix}`;

/** `--navn "Testvik kommune" --eksempler --kanal A=… --kanal B=…` → { navn: [Testvik kommune], eksempler: [ja], kanal: [A=…, B=…] }. */
export function parseFlags(argv: string[], flags: FieldFlag[] = FLAGS): { raw: RawFlags; errors: string[] } {
  const known = [...flags.map((f) => f.name), 'mappe', 'pakke', 'tving'];
  const raw: RawFlags = new Map();
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [key, inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (!arg.startsWith('--') || !known.includes(key)) {
      const guess = closest(key, known);
      errors.push(`Ukjent valg «${arg}».${guess ? ` Mente du --${guess}?` : ''} Se alle valg med --hjelp.`);
      // Its value is not a flag of its own.
      if (arg.startsWith('--') && inline === undefined && argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--'))
        i++;
      continue;
    }
    const next = argv[i + 1];
    let value: string;
    if (inline !== undefined) value = inline;
    else if (isSwitch(key, flags) && (next === undefined || next.startsWith('--'))) value = 'ja';
    else if (next === undefined || next.startsWith('--')) {
      errors.push(`Valget --${key} mangler en verdi.`);
      continue;
    } else value = argv[++i]!;
    raw.set(key, [...(raw.get(key) ?? []), value]);
  }
  return { raw, errors };
}

/** Why a folder cannot take a new site: it holds files already. Undefined when it is new or empty. */
export function folderProblem(folder: string, force: boolean): string | undefined {
  if (!fs.existsSync(folder)) return undefined;
  if (!fs.statSync(folder).isDirectory())
    return `«${folder}» finnes fra før og er ikke en mappe. Velg et annet navn med --mappe.`;
  if (force || fs.readdirSync(folder).length === 0) return undefined;
  return `Mappen «${folder}» finnes fra før og er ikke tom. Velg en ny mappe med --mappe, eller bruk --tving for å skrive i den likevel.`;
}

export const MISSING_FOLDER =
  'Mappen mangler. Bruk --mappe <mappe>, for eksempel --mappe testvik-handbok: håndboka blir et eget nettsted i sin egen mappe, ' +
  'som bruker pakken handbok-sosiale-medier, og ikke en kopi av dette prosjektet.';

const GIT_SPEC = /^(?:git\+|git:|github:|gitlab:|bitbucket:|git@)|\.git(?:#|$)/;

/**
 * The site's dependency on this package. A tarball or folder on disk becomes `file:` and its path from
 * the site's folder, as npm reads it there; a git URL or a version range stays as it is.
 */
export function packageSpec(given: string | undefined, cwd: string, folder: string, version: string): string {
  if (!given) return `^${version}`;
  if (given.startsWith('file:') || GIT_SPEC.test(given) || /^https?:/.test(given)) return given;
  const local = path.resolve(cwd, given);
  if (!/\.(?:tgz|tar\.gz)$/.test(given) && !fs.existsSync(local)) return given;
  const relative = path.relative(folder, local).split(path.sep).join('/');
  return `file:${relative.startsWith('.') ? relative : `./${relative}`}`;
}

/** Why `--pakke` cannot be used: a tarball that is not there, or a git URL that would follow a branch. */
export function packageSpecProblem(given: string, cwd: string): string | undefined {
  if (GIT_SPEC.test(given) && !given.includes('#')) {
    return `--pakke «${given}» mangler en tag, så nettstedet ville fulgt det som til enhver tid ligger på main. Slik retter du det: legg til #<tag>, for eksempel ${given}#v0.2.0.`;
  }
  const file = given.replace(/^file:/, '');
  if (
    (given.startsWith('file:') || /\.(?:tgz|tar\.gz)$/.test(given)) &&
    !/^https?:/.test(given) &&
    !fs.existsSync(path.resolve(cwd, file))
  ) {
    return `--pakke «${given}»: finner ikke filen. Slik retter du det: lag den med \`npm pack\` i pakkens mappe, og skriv stien til .tgz-filen.`;
  }
  return undefined;
}

/** Fills in suggestions and checks everything. Returns problems in bokmål, one per line. */
export function resolveOptions(
  raw: RawFlags,
  context: { cwd: string; today: string; version: string },
  flags: FieldFlag[] = FLAGS,
): { options?: ScaffoldOptions; errors: string[]; wrongFlags: string[] } {
  const errors: string[] = [];
  const wrongFlags: string[] = [];
  const given = new Map<string, unknown>();
  for (const [name, values] of raw) {
    if (isMetaFlag(name)) continue;
    const flag = flags.find((f) => f.name === name)!;
    const label = `--${name}`;
    if (flag.field.kind === 'list') {
      const items = values.map((value) => parseAnswer(flag.field, value, label));
      for (const item of items) if (item.problem) errors.push(line(item.problem));
      if (items.some((item) => item.problem)) wrongFlags.push(name);
      given.set(
        flag.field.path,
        items.map((item) => item.value),
      );
      continue;
    }
    const parsed = parseAnswer(flag.field, values.at(-1)!, label);
    if (parsed.problem) {
      errors.push(line(parsed.problem));
      wrongFlags.push(name);
    } else given.set(flag.field.path, parsed.value);
  }
  const pakke = raw.get('pakke')?.at(-1);
  const pakkeProblem = pakke === undefined ? undefined : packageSpecProblem(pakke, context.cwd);
  if (pakkeProblem) {
    errors.push(pakkeProblem);
    wrongFlags.push('pakke');
  }
  const folderName = raw.get('mappe')?.at(-1)?.trim();
  if (!folderName) {
    errors.push(MISSING_FOLDER);
    wrongFlags.push('mappe');
  }
  if (!raw.has('navn')) {
    errors.push('Kommunens navn mangler. Bruk --navn "Testvik kommune".');
    wrongFlags.push('navn');
  }
  if (errors.length) return { errors, wrongFlags };

  const folder = path.resolve(context.cwd, folderName!);
  const force = raw.has('tving');
  const busy = folderProblem(folder, force);
  if (busy) return { errors: [busy], wrongFlags: ['mappe'] };

  const values = configValues(given, context.today, flags);
  // Without a root: the logo is a file the municipality puts into the new folder itself, and `npm run check` looks for it there.
  const { config, problems } = validateConfig(values.object);
  const configErrors = problems
    .filter((p) => p.severity !== 'warning')
    .map((p) => {
      const flag = p.where && flagForPath(p.where.replace(/\[\d+\].*$/, ''), flags);
      if (!flag) return `${p.where ?? p.file}: ${p.message} Slik retter du det: ${p.fix}`;
      wrongFlags.push(flag.name);
      const field = `Feltet «${p.where}»`;
      const message = p.message.includes(field)
        ? p.message.replace(field, `--${flag.name}`)
        : `--${flag.name}: ${p.message}`;
      return `${message} Slik retter du det: ${p.fix}`;
    });
  if (!config || configErrors.length) return { errors: configErrors, wrongFlags };
  return {
    options: {
      ...values,
      config,
      folder,
      force,
      packageSpec: packageSpec(pakke, context.cwd, folder, context.version),
    },
    errors: [],
    wrongFlags: [],
  };
}
