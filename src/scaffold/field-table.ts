/**
 * What `npm run ny-kommune` says about each field of handbok.config.ts, keyed by its path in the
 * schema (src/schemas/config.ts): the help text of its flag and prompt, the flag's name where it is
 * not the field's own name, whether the interactive mode asks for it, and the value the scaffold
 * suggests. A field missing here still gets a flag, named after it (see flags.ts).
 */
import { DRAFT_MARK } from '../checks/drafts.ts';
import { slug } from '../lib/shared/slug.ts';

/** The answers so far, by field path. */
export type Values = ReadonlyMap<string, unknown>;

export interface FieldInfo {
  /** The help text, in bokmål. */
  help: string;
  /** The flag's name, when it is not the field's last name in kebab case. */
  flag?: string;
  /** Whether the interactive mode asks for it. Everything else is a flag only. */
  ask?: boolean;
  /**
   * The value the scaffold writes when none is given. With `draft`, the value is a guess, and the
   * written config marks it «UTKAST:» with that note, so publishing stops until someone has checked it.
   */
  suggest?: (values: Values, today: string) => unknown;
  draft?: string;
}

const shortName = (values: Values) =>
  String(values.get('kommune.kortnavn') ?? String(values.get('kommune.navn') ?? '').replace(/\s+kommune$/i, ''));
const id = (values: Values) => slug(shortName(values));
const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
const CHECK = 'sjekk at dette stemmer';

export const FIELD_TABLE: Record<string, FieldInfo> = {
  'kommune.navn': { help: 'kommunens fulle navn, for eksempel «Testvik kommune» (påkrevd)', ask: true },
  'kommune.kortnavn': {
    help: 'kort navn, for eksempel «Testvik» (standard: navnet uten «kommune»)',
    ask: true,
    suggest: shortName,
  },
  'kommune.id': {
    help: 'id-en til kommunens egne retningslinjer, i adressen /retningslinjer/<id>/ (standard: fra det korte navnet)',
  },
  'kommune.oppdiktet': { help: 'bare for malens eget nettsted: kommunen er oppdiktet (ja/nei, standard: nei)' },
  'logo.fil': {
    flag: 'logo',
    help: 'stien til logoen (SVG eller PNG) fra nettstedets mappe, for eksempel lokalt/logo.svg; legg filen der selv',
  },
  'logo.alt': { flag: 'logo-alt', help: 'teksten en skjermleser leser for logoen (standard: tom)' },
  'nettsted.url': {
    help: 'nettstedets adresse, for eksempel https://testvik.github.io',
    ask: true,
    suggest: (v) => `https://${id(v)}.github.io`,
    draft: CHECK,
  },
  'nettsted.base': {
    help: 'stien håndboka ligger under, for eksempel /handbok/ (standard: /)',
    ask: true,
    suggest: () => '/',
  },
  malform: { help: 'nb (bokmål) eller nn (nynorsk) (standard: nb)', ask: true, suggest: () => 'nb' },
  beggeMalformer: {
    help: 'publiser også håndboka i den andre målformen, under /nn/ eller /nb/ (ja/nei, standard: nei)',
  },
  'farger.lys': { flag: 'farge-lys', help: 'aksentfarge i lyst tema, for eksempel #1d4fb8', ask: true },
  'farger.mork': { flag: 'farge-mork', help: 'aksentfarge i mørkt tema, for eksempel #a9c1ff', ask: true },
  'kontakt.epost': {
    help: 'e-post for spørsmål om håndboka og kontoene',
    ask: true,
    suggest: (v) => `postmottak@${id(v)}.kommune.no`,
    draft: CHECK,
  },
  'kontakt.telefon': { help: 'telefonnummer (valgfritt)', ask: true },
  'kontakt.nettsted': {
    help: 'kommunens hovednettsted',
    ask: true,
    suggest: (v) => `https://www.${id(v)}.kommune.no`,
    draft: CHECK,
  },
  'svartid.timer': { flag: 'svartid', help: 'lovet svartid i timer (standard: 24)', ask: true, suggest: () => 24 },
  'svartid.hverdager': { help: 'svartiden gjelder bare hverdager (ja/nei, standard: ja)', suggest: () => true },
  redaksjon: {
    help: 'enheten med redaktøransvar (standard: Kommunikasjonsavdelingen)',
    ask: true,
    suggest: () => 'Kommunikasjonsavdelingen',
    draft: CHECK,
  },
  kanaler: {
    flag: 'kanal',
    help: 'en konto kommunen bruker, som «Facebook=https://www.facebook.com/testvik» (kan gis flere ganger)',
    ask: true,
    suggest: () => [],
    draft: "legg inn kontoene kommunen bruker, for eksempel { navn: 'Facebook', url: 'https://www.facebook.com/…' }",
  },
  'retningslinjer.vedtattAv': {
    help: 'hvem som vedtok retningslinjene, for eksempel Kommunedirektøren',
    suggest: () => `${DRAFT_MARK} hvem vedtok retningslinjene, for eksempel Kommunedirektøren`,
  },
  'retningslinjer.vedtatt': {
    help: 'datoen retningslinjene ble vedtatt (ÅÅÅÅ-MM-DD)',
    suggest: (_, today) => today,
    draft: 'datoen retningslinjene ble vedtatt',
  },
  'retningslinjer.revidert': { help: 'datoen retningslinjene sist ble revidert (ÅÅÅÅ-MM-DD, valgfritt)' },
  'retningslinjer.nesteRevisjon': {
    help: 'når retningslinjene skal revideres (ÅÅÅÅ-MM-DD)',
    suggest: (_, today) => addDays(today, 365),
    draft: 'når de skal revideres',
  },
  eksempelretningslinjer: {
    flag: 'eksempler',
    help: 'ta med eksempelretningslinjene fra Sunndal, Søgne og Tolga (ja/nei, standard: nei)',
    ask: true,
    suggest: () => false,
  },
  utenEgenRegel: {
    help: 'uten eksemplene: hva et tre eller et spørsmål gjør der dere ikke har en egen regel (vis-eksempel eller utelat, standard: vis-eksempel)',
  },
  gjennomgangManeder: {
    flag: 'gjennomgang',
    help: 'måneder mellom hver gjennomgang av en side eller et tre; etter det sier siden at den kan være utdatert (standard: 12)',
  },
};

/** The flags that are not fields of the config: where to write, and which package to use. */
export const META_FLAGS = {
  mappe: 'mappen håndboka skrives i, for eksempel testvik-handbok (påkrevd; den må være ny eller tom)',
  pakke:
    'pakken nettstedet bruker: en versjon (standard: ^<denne versjonen>), en .tgz-fil eller en git-adresse med tag',
  tving: 'skriv i mappen selv om den ikke er tom',
} as const;
export type MetaFlag = keyof typeof META_FLAGS;
