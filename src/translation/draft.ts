/**
 * A nynorsk draft of a site's own bokmål text, made by Apertium (`apertium nob-nno_e`, Debian's
 * `apertium-nno-nob`), run as a program. Machine translation is a draft, never finished text: every
 * drafted text starts with «UTKAST:», so the publish check stops the site until a person has read it
 * and taken the mark away. What must not change (MDX tags, link addresses, code, `{{placeholders}}`,
 * [brackets]) is swapped for tokens Apertium leaves alone, and put back after.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DRAFT_MARK } from '../checks/drafts.ts';

/** The Apertium mode: bokmål to nynorsk with e-infinitive, as the handbook writes it. */
export const APERTIUM_MODE = 'nob-nno_e';

export class ApertiumMissing extends Error {}

/** Things in a text that are not words to translate. */
const PROTECTED = [
  /`[^`]*`/g, // inline code
  /<[^>]+>/g, // MDX and HTML tags
  /\]\([^)]*\)/g, // a Markdown link's address
  /\{\{[^}]*\}\}/g, // placeholders
  /\{[^}]*\}/g, // MDX expressions and comments
  /\[[^\]]*\](?!\()/g, // [text for the person who posts to fill in]
  /https?:\/\/\S+|\S+@\S+\.\w+/g, // addresses
];

const token = (i: number) => `ZZ${i}ZZ`;

/** Swaps what must stay as written for tokens; `restore` puts it back. */
export function protect(text: string): { text: string; restore: (translated: string) => string } {
  const kept: string[] = [];
  let out = text;
  for (const pattern of PROTECTED) {
    out = out.replace(pattern, (match) => {
      kept.push(match);
      return token(kept.length - 1);
    });
  }
  const restore = (translated: string) => {
    let result = translated;
    // Last first: a kept piece may hold an earlier token (a link address inside a protected tag).
    for (let i = kept.length - 1; i >= 0; i--) result = result.replaceAll(token(i), kept[i]!);
    return result;
  };
  return { text: out, restore };
}

/** Runs Apertium on several texts at once (one process), one per paragraph-separated block. */
export function apertium(texts: string[]): string[] {
  if (texts.length === 0) return [];
  const SEPARATOR = '\n\nZZSEPARATORZZ\n\n';
  const guarded = texts.map(protect);
  // Through files: Apertium's wrapper script does not read a pipe from Node reliably.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-apertium-'));
  const [input, output] = [path.join(dir, 'inn.txt'), path.join(dir, 'ut.txt')];
  fs.writeFileSync(input, guarded.map((g) => g.text).join(SEPARATOR));
  const result = spawnSync('apertium', ['-u', APERTIUM_MODE, input, output], { encoding: 'utf8' });
  const stdout = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '';
  fs.rmSync(dir, { recursive: true, force: true });
  if (result.error || result.status !== 0 || (!stdout && result.stderr)) {
    throw new ApertiumMissing(
      `Apertium kunne ikke kjøres (${result.error?.message ?? result.stderr.trim()}). Installer det med ` +
        '`sudo apt-get install apertium apertium-nno-nob` (Debian og Ubuntu), og prøv igjen.',
    );
  }
  const parts = stdout
    .replace(/\n$/, '')
    .split(SEPARATOR.trim())
    .map((p) => p.replace(/^\n+|\n+$/g, ''));
  if (parts.length !== texts.length)
    throw new Error(`Apertium ga ${parts.length} tekster tilbake for ${texts.length}.`);
  return parts.map((part, i) => guarded[i]!.restore(part));
}

/** A drafted text, marked: «UTKAST: …». */
export const marked = (text: string) => `${DRAFT_MARK} ${text}`;

/** The blocks of an MDX body that are prose to translate: not imports, tags, expressions or code. */
const isProse = (block: string) => !/^(import |export |<|\{|```|:::|\||---)/.test(block.trim()) && /\p{L}/u.test(block);

/** The body of a page with every prose block translated and each of its lines marked. */
export function draftBody(body: string): string {
  const blocks = body.split(/(\n{2,})/);
  let fence = false;
  const prose: number[] = [];
  blocks.forEach((block, i) => {
    if (i % 2 === 1) return;
    const fences = (block.match(/^```/gm) ?? []).length;
    if (!fence && fences === 0 && isProse(block)) prose.push(i);
    if (fences % 2 === 1) fence = !fence;
  });
  const drafted = apertium(prose.map((i) => blocks[i]!));
  prose.forEach((i, n) => {
    // The first line of the block, and each list item: a paragraph's later lines belong to its first.
    blocks[i] = drafted[n]!.split('\n')
      .map((line, k) =>
        k === 0 || /^\s*(?:[-*]|\d+\.) /.test(line)
          ? line.replace(/^(\s*(?:#{1,6} |[-*] |\d+\. |> )?)(?=\S)/, `$1${DRAFT_MARK} `)
          : line,
      )
      .join('\n');
  });
  return blocks.join('');
}
