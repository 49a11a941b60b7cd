/**
 * Turns zod's validation issues into problems an author can act on, in bokmål: the field path,
 * what is wrong and the fix. Zod's own messages are English and name types, not remedies.
 */
import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;

/** `[3].audience[0]` or `review.lastReviewed`: the path as an author finds it in the file. */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix: ReadonlyArray<PropertyKey> = []): string {
  let out = '';
  for (const key of [...prefix, ...path]) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'tall',
  int: 'et helt tall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'et sett med felt',
  date: 'en dato',
};

const describe = (value: unknown) => {
  if (value === undefined) return 'mangler';
  if (value === null) return 'er tomt';
  if (Array.isArray(value)) return 'er en liste';
  if (typeof value === 'object') return 'er et sett med felt';
  return `er «${String(value)}»`;
};

const formatHints: Record<string, [string, string]> = {
  'id-format': [
    'er ikke en gyldig id.',
    'bruk bare små bokstaver a–z, tall og bindestrek, for eksempel «sunndal-svar-raskt».',
  ],
  'date-format': [
    'er ikke en gyldig dato.',
    'skriv datoen som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, for eksempel 2012-04-12.',
  ],
  'iso-date-format': ['er ikke en gyldig dato.', 'skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-11-21.'],
  'calendar-date': [
    'er ikke en dato som finnes.',
    'sjekk måned og dag: måneden er 01–12, og dagen må finnes i måneden (februar har 28 eller 29 dager), for eksempel 2012-02-29.',
  ],
  'hex-colour': ['er ikke en farge.', 'skriv fargen som # og seks sifre eller bokstaver a–f, for eksempel #1d4fb8.'],
  'url-format': [
    'er ikke en gyldig adresse.',
    'skriv hele adressen med https://, for eksempel https://www.testvik.kommune.no.',
  ],
  'email-format': [
    'er ikke en gyldig e-postadresse.',
    'skriv adressen som navn@domene.no, for eksempel post@testvik.kommune.no.',
  ],
  'phone-format': [
    'er ikke et gyldig telefonnummer.',
    'skriv 8 sifre, gjerne med landskode og mellomrom, for eksempel +47 12 34 56 78.',
  ],
  'base-path': [
    'er ikke en gyldig grunnsti.',
    'skriv stien med skråstrek først og sist, for eksempel /handbok/, eller bare /.',
  ],
  'logo-file': [
    'er ikke en logofil.',
    'skriv stien til en .svg- eller .png-fil fra prosjektmappen, for eksempel lokalt/logo.svg.',
  ],
  'revision-order': [
    'kommer ikke etter siste vedtak eller revisjon.',
    'sett «nesteRevisjon» til en dato etter «vedtatt» og «revidert».',
  ],
  'web-url': [
    'er ikke en gyldig adresse til en nettside.',
    'skriv hele adressen til siden slik nettleseren viser den, med https://, for eksempel https://www.uutilsynet.no/regelverk/sosiale-medier-og-universell-utforming/202.',
  ],
  'web-date-or-note': [
    'siden har heller ingen «dateNote».',
    'skriv datoen siden oppgir (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ) i «date», eller skriv i «dateNote» at siden ikke oppgir noen dato.',
  ],
  'fingerprint-format': [
    'er ikke et fingeravtrykk.',
    'skriv de åtte tegnene (0–9 og a–f) som `npm run check` foreslår for regelen, for eksempel 5e3ff5ef.',
  ],
  'page-path': [
    'er ikke en gyldig sideadresse.',
    'skriv adressen med skråstrek først og sist, for eksempel /retningslinjer/sunndal/.',
  ],
};

/** One problem for one zod issue. `value` is the raw input, so the message can quote what was written. */
export function issueToProblem(
  file: string,
  issue: Issue,
  input: unknown,
  prefix: ReadonlyArray<PropertyKey> = [],
): Problem {
  const where = formatPath(issue.path, prefix) || undefined;
  const field = where ? `Feltet «${where}»` : 'Innholdet';
  const value = issue.path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );

  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return {
          file,
          where,
          message: `${field} mangler.`,
          fix: `legg til «${where}» med ${typeNames[issue.expected] ?? issue.expected}.`,
        };
      }
      return {
        file,
        where,
        message: `${field} ${describe(value)}, men skal være ${typeNames[issue.expected] ?? issue.expected}.`,
        fix: `skriv ${typeNames[issue.expected] ?? issue.expected} i «${where}».`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      if (value === undefined)
        return {
          file,
          where,
          message: `${field} mangler.`,
          fix: `legg til «${where}» med en av disse: ${allowed.join(', ')}.`,
        };
      return {
        file,
        where,
        message: `${field} ${describe(value)}, som ikke er en tillatt verdi.`,
        fix: `bruk en av disse: ${allowed.join(', ')}.`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        return { file, where, message: `${field} er tomt.`, fix: `skriv tekst i «${where}».` };
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        if (count > 0) {
          return {
            file,
            where,
            message: `${field} har bare ${count} ${count === 1 ? 'verdi' : 'verdier'}, men skal ha minst ${issue.minimum}.`,
            fix: `før opp minst ${issue.minimum} verdier i «${where}».`,
          };
        }
        return {
          file,
          where,
          message: `${field} er en tom liste.`,
          fix: `før opp minst ${issue.minimum} verdi${Number(issue.minimum) === 1 ? '' : 'er'} i «${where}».`,
        };
      }
      return {
        file,
        where,
        message: `${field} er for lite (minst ${issue.minimum}).`,
        fix: `bruk en verdi på minst ${issue.minimum}.`,
      };
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        return {
          file,
          where,
          message: `${field} er for lang (mer enn ${issue.maximum} tegn).`,
          fix: `kort ned teksten til høyst ${issue.maximum} tegn.`,
        };
      }
      return {
        file,
        where,
        message: `${field} er for stor (høyst ${issue.maximum}).`,
        fix: `bruk en verdi på høyst ${issue.maximum}.`,
      };
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.join('», «');
      return {
        file,
        where: formatPath([...issue.path, issue.keys[0]!], prefix),
        message: `Ukjent felt «${keys}».`,
        fix: 'sjekk stavemåten mot feltene i skjemaet (src/schemas/), eller fjern feltet.',
      };
    }
    case 'invalid_union': {
      // A discriminated union (a source's `kind`) names the allowed values; other unions fall through.
      if (!('options' in issue) || !issue.options?.length || !issue.discriminator) break;
      const allowed = issue.options.map((v) => String(v)).join(', ');
      if (value === undefined)
        return { file, where, message: `${field} mangler.`, fix: `legg til «${where}» med en av disse: ${allowed}.` };
      return {
        file,
        where,
        message: `${field} ${describe(value)}, som ikke er en tillatt verdi.`,
        fix: `bruk en av disse: ${allowed}.`,
      };
    }
    case 'invalid_format': {
      const hint = formatHints[issue.message] ?? [
        `har feil format (${issue.format}).`,
        'sjekk formatet mot eksemplene i content/.',
      ];
      return { file, where, message: `${field} ${describe(value)} og ${hint[0]}`, fix: hint[1] };
    }
    default: {
      const hint = formatHints[issue.message];
      if (hint) return { file, where, message: `${field} ${describe(value)} og ${hint[0]}`, fix: hint[1] };
      return {
        file,
        where,
        message: `${field} er ugyldig (${issue.message}).`,
        fix: 'sjekk verdien mot skjemaet i src/schemas/.',
      };
    }
  }
  return {
    file,
    where,
    message: `${field} er ugyldig (${issue.message}).`,
    fix: 'sjekk verdien mot skjemaet i src/schemas/.',
  };
}
