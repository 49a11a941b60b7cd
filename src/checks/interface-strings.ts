/**
 * Every interface text exists, non-empty, in both bokmål (`nb.json`) and nynorsk (`nn.json`): a key
 * the code asks for and a file lacks ships as the raw key, «handbok.selftest.privacy», in the page.
 * The keys needed are the `handbok.*` keys written out in the engine's code, a label for each value of
 * the vocabularies, and every key either file has (the two files must match). The code is scanned,
 * not nb.json alone, because a key deleted from nb.json would otherwise no longer be asked for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentPaths } from '../content-loading/paths.ts';
import { decodeUtf8, notUtf8Problem } from '../content-loading/read-text.ts';
import { walkFiles } from '../content-loading/walk.ts';
import { AUDIENCES, SOURCE_KINDS, STRENGTHS, TOPICS } from '../schemas/vocabulary.ts';
import type { Problem } from '../problems/problem.ts';

const LANGS = ['nb', 'nn'] as const;
const ENGINE = fileURLToPath(new URL('../', import.meta.url));
const KEY_IN_CODE = /['"](handbok\.(?!config\.ts)[\w.]*\w)['"]/g;

/** `handbok.*` keys written out in the engine's code (src/), read once per process. */
let codeKeys: Set<string> | undefined;
function keysInCode(): Set<string> {
  if (codeKeys) return codeKeys;
  codeKeys = new Set();
  for (const file of walkFiles(ENGINE, '.').files) {
    if (!/\.(astro|ts|mjs)$/.test(file)) continue;
    for (const m of fs.readFileSync(path.join(ENGINE, file), 'utf8').matchAll(KEY_IN_CODE)) codeKeys.add(m[1]!);
  }
  return codeKeys;
}

const vocabularyKeys = () =>
  Object.entries({ audience: AUDIENCES, topic: TOPICS, strength: STRENGTHS, sourceKind: SOURCE_KINDS }).flatMap(
    ([name, record]) => Object.keys(record).map((id) => `handbok.${name}.${id}`),
  );

type Strings = Record<string, unknown>;

function readStrings(root: string, file: string, problems: Problem[]): Strings | undefined {
  const abs = path.join(root, file);
  if (!fs.existsSync(abs)) {
    problems.push({
      file,
      message: 'Filen med tekstene til grensesnittet mangler.',
      fix: `kopier nb.json i samme mappe til ${path.basename(file)} og oversett verdiene.`,
    });
    return undefined;
  }
  const decoded = decodeUtf8(fs.readFileSync(abs));
  if (!('text' in decoded)) {
    problems.push(notUtf8Problem(file, decoded.line));
    return undefined;
  }
  try {
    const data: unknown = JSON.parse(decoded.text);
    if (data && typeof data === 'object' && !Array.isArray(data)) return data as Strings;
  } catch (error) {
    problems.push({
      file,
      message: `Filen er ikke gyldig JSON (${(error as Error).message}).`,
      fix: 'sjekk komma mellom linjene og anførselstegn rundt nøkler og tekster.',
    });
    return undefined;
  }
  problems.push({
    file,
    message: 'Filen er ikke et sett med nøkler og tekster.',
    fix: 'skriv filen som { "nøkkel": "tekst", … }.',
  });
  return undefined;
}

/** A key in code may be a plural: i18next then looks for `key_one` and `key_other`. */
const present = (strings: Strings, key: string) => key in strings || `${key}_other` in strings;

export function checkInterfaceStrings(root: string): Problem[] {
  // A content tree without interface texts (the test fixtures) has nothing to check here.
  const i18n = contentPaths(root).i18n;
  if (!fs.existsSync(path.join(root, i18n))) return [];
  const problems: Problem[] = [];
  const files = LANGS.map((lang) => ({ lang, file: `${i18n}/${lang}.json` }));
  const read = files.map(({ file }) => readStrings(root, file, problems));
  if (read.some((s) => s === undefined)) return problems;
  const all = read as Strings[];
  const wanted = new Set([...keysInCode(), ...vocabularyKeys(), ...all.flatMap((s) => Object.keys(s))]);
  files.forEach(({ lang, file }, i) => {
    const strings = all[i]!;
    const other = files.find((f) => f.lang !== lang)!;
    for (const key of [...wanted].sort()) {
      if (!present(strings, key)) {
        problems.push({
          file,
          where: key,
          message: `Teksten «${key}» mangler, så nettstedet ville vist nøkkelen i stedet for teksten.`,
          fix: `legg til "${key}": "…" i ${path.basename(file)}, med teksten fra ${path.basename(other.file)} ${lang === 'nn' ? 'oversatt til nynorsk' : 'på bokmål'}.`,
        });
        continue;
      }
      const value = strings[key];
      if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
        problems.push({
          file,
          where: key,
          message: `Teksten «${key}» er tom.`,
          fix: `skriv teksten i «${key}» i ${path.basename(file)}.`,
        });
      }
    }
  });
  return problems;
}
