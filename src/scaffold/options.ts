/**
 * The answers `npm run ny-kommune` needs, from flags (`--navn "Testvik kommune" --malform nn`) or
 * prompts, with defaults for everything but the name. Guessed values are marked «UTKAST:» in the
 * written config, so publishing stops until someone has checked them.
 */
import { slug } from '../lib/slug.ts';

export interface ScaffoldOptions {
  navn: string;
  kortnavn: string;
  malform: 'nb' | 'nn';
  url: string;
  base: string;
  epost: string;
  telefon?: string;
  nettsted: string;
  redaksjon: string;
  fargeLys?: string;
  fargeMork?: string;
  svartidTimer: number;
  eksempler: boolean;
  /** Which values were guessed rather than given: they get an «UTKAST: sjekk …» mark. */
  guessed: Set<string>;
}

/** Every flag, with its help text. The names match the fields of handbok.config.ts. */
export const FLAGS = {
  navn: 'kommunens fulle navn, for eksempel «Testvik kommune» (påkrevd)',
  kortnavn: 'kort navn, for eksempel «Testvik» (standard: navnet uten «kommune»)',
  malform: 'nb (bokmål) eller nn (nynorsk) (standard: nb)',
  url: 'nettstedets adresse, for eksempel https://testvik.github.io',
  base: 'stien håndboka ligger under, for eksempel /handbok/ (standard: /)',
  epost: 'e-post for spørsmål om håndboka og kontoene',
  telefon: 'telefonnummer (valgfritt)',
  nettsted: 'kommunens hovednettsted',
  redaksjon: 'enheten med redaktøransvar (standard: Kommunikasjonsavdelingen)',
  'farge-lys': 'aksentfarge i lyst tema, for eksempel #1d4fb8',
  'farge-mork': 'aksentfarge i mørkt tema, for eksempel #a9c1ff',
  svartid: 'lovet svartid i timer (standard: 24)',
  eksempler: 'ta med eksempelretningslinjene fra Sunndal, Søgne og Tolga (ja/nei, standard: nei)',
  tving: 'skriv over kommunens filer om de finnes fra før',
} as const;
const SWITCHES = new Set<string>(['eksempler', 'tving']);
export type Flag = keyof typeof FLAGS;

/** `--navn "Testvik kommune" --eksempler` → { navn: 'Testvik kommune', eksempler: 'ja' }. */
export function parseFlags(argv: string[]): { values: Partial<Record<Flag, string>>; errors: string[] } {
  const values: Partial<Record<Flag, string>> = {};
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [key, inline] = arg.replace(/^--/, '').split(/=(.*)/s, 2) as [string, string | undefined];
    if (!arg.startsWith('--') || !(key in FLAGS)) {
      errors.push(`Ukjent valg «${arg}». Kjente valg: ${Object.keys(FLAGS).map((f) => `--${f}`).join(', ')}.`);
      continue;
    }
    const next = argv[i + 1];
    if (inline !== undefined) values[key as Flag] = inline;
    else if (SWITCHES.has(key) && (next === undefined || next.startsWith('--'))) values[key as Flag] = 'ja';
    else if (next === undefined || next.startsWith('--')) errors.push(`Valget --${key} mangler en verdi.`);
    else values[key as Flag] = argv[++i]!;
  }
  return { values, errors };
}

export { slug };

/** Fills in defaults. Returns problems for values that cannot be used, in bokmål. */
export function resolveOptions(values: Partial<Record<Flag, string>>): { options?: ScaffoldOptions; errors: string[] } {
  const errors: string[] = [];
  const navn = values.navn?.trim();
  if (!navn) return { errors: ['Kommunens navn mangler. Bruk --navn "Testvik kommune".'] };
  const guessed = new Set<string>();
  const guess = <T,>(field: string, given: T | undefined, fallback: T): T => {
    if (given !== undefined && given !== '') return given;
    guessed.add(field);
    return fallback;
  };
  const kortnavn = values.kortnavn?.trim() || navn.replace(/\s+kommune$/i, '');
  const id = slug(kortnavn);
  const malform = values.malform ?? 'nb';
  if (malform !== 'nb' && malform !== 'nn') errors.push(`--malform «${malform}» er ikke nb eller nn.`);
  const eksempler = (values.eksempler ?? 'nei').toLowerCase();
  if (!['ja', 'nei', 'true', 'false'].includes(eksempler)) errors.push(`--eksempler «${values.eksempler}» er ikke ja eller nei.`);
  const svartid = Number(values.svartid ?? 24);
  if (!Number.isInteger(svartid) || svartid < 1 || svartid > 168) errors.push(`--svartid «${values.svartid}» er ikke et helt antall timer mellom 1 og 168.`);
  const options: ScaffoldOptions = {
    navn,
    kortnavn,
    malform: malform as 'nb' | 'nn',
    url: guess('nettsted.url', values.url, `https://${id}.github.io`),
    base: values.base ?? '/',
    epost: guess('kontakt.epost', values.epost, `postmottak@${id}.kommune.no`),
    telefon: values.telefon,
    nettsted: guess('kontakt.nettsted', values.nettsted, `https://www.${id}.kommune.no`),
    redaksjon: guess('redaksjon', values.redaksjon, 'Kommunikasjonsavdelingen'),
    fargeLys: values['farge-lys'],
    fargeMork: values['farge-mork'],
    svartidTimer: svartid,
    eksempler: eksempler === 'ja' || eksempler === 'true',
    guessed,
  };
  return { options: errors.length ? undefined : options, errors };
}
