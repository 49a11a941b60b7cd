/**
 * The words of a nynorsk page, as the spelling tests see them: hunspell's nn_NO dictionary, the
 * project's reviewed word list (content/nn/ordliste/*.txt: names and compounds the dictionary lacks),
 * and the bokmål forms that must not occur in nynorsk text outside quotations.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist.ts';

/**
 * Bokmål forms a nynorsk text must not use (quotations aside), with the nynorsk form beside each for the
 * message. hunspell's nn_NO accepts some of them (as other words or old forms), so they are listed here.
 */
export const BOKMAL_FORMS: Record<string, string> = {
  ikke: 'ikkje',
  hva: 'kva',
  hvem: 'kven',
  hvordan: 'korleis',
  hvorfor: 'kvifor',
  hvor: 'kvar',
  hvis: 'viss/dersom',
  hver: 'kvar',
  fra: 'frå',
  være: 'vere',
  vært: 'vore',
  noe: 'noko',
  noen: 'nokon',
  bare: 'berre',
  mye: 'mykje',
  selv: 'sjølv',
  dere: 'de/dykk',
  deres: 'dykkar/deira',
  hennes: 'hennar',
  ansatte: 'tilsette',
  ansatt: 'tilsett',
  leder: 'leiar',
  ledere: 'leiarar',
  innbygger: 'innbyggjar',
  innbyggere: 'innbyggjarar',
  tjeneste: 'teneste',
  tjenester: 'tenester',
  jeg: 'eg',
};

/** The page's words: letters, with inner hyphens and apostrophes; addresses and e-mail left out. */
export function wordsOf(text: string): string[] {
  const cleaned = text.replace(
    /\S+@\S+|https?:\/\/\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net)\b\S*/g,
    ' ',
  );
  return (cleaned.match(/\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu) ?? []).filter(
    // Abbreviations in capitals (KS, GDPR, XML) are names, not words the dictionary is meant to know.
    (w) => !/^\p{Lu}+$/u.test(w),
  );
}

/** The reviewed word list: every word in content/nn/ordliste/*.txt, lower case. */
export function wordList(): Set<string> {
  const dir = path.join(ROOT, 'content/nn/ordliste');
  const words = new Set<string>();
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')) : []) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      const word = line.replace(/#.*/, '').trim();
      if (word) words.add(word.toLowerCase());
    }
  }
  return words;
}

/** The words hunspell's nn_NO dictionary does not know, of `words`. Throws when hunspell or the dictionary is missing. */
export function unknownToHunspell(words: Iterable<string>): Set<string> {
  const result = spawnSync('hunspell', ['-d', 'nn_NO', '-l'], {
    input: [...words].join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0 || /Can't open affix or dictionary/.test(result.stderr)) {
    throw new Error(
      `hunspell med nn_NO kunne ikke kjøres (${result.error?.message ?? result.stderr.trim()}). ` +
        'Installer det med `apt-get install -y hunspell hunspell-no` (.ci/run gjør det).',
    );
  }
  return new Set(result.stdout.split('\n').filter(Boolean));
}
