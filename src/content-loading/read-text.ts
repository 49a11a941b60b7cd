/**
 * Reads a content file as UTF-8 text. A file saved in another encoding (Latin-1 or Windows-1252, as
 * older editors on Windows do) is a problem naming the file and the first line that is not UTF-8:
 * read as UTF-8 anyway, every «æ», «ø» and «å» would ship as a replacement character «�». A UTF-8
 * byte-order mark, which some editors write first in the file, is allowed and left out of the text.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';

/** The text, and a problem when the file is not UTF-8 (the text then has «�» where it broke). */
export type TextResult = { text: string; problem?: Problem };

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** The text of `bytes`, without a byte-order mark, or the line (1-based) where it stops being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { line: number } {
  try {
    // TextDecoder leaves out a leading byte-order mark.
    return { text: strict.decode(bytes) };
  } catch {
    // Below: find where, for the message. Overlong and surrogate forms are rare enough to name line 1 for.
  }
  const offset = Math.max(firstInvalidUtf8(bytes), 0);
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return { line };
}

export const notUtf8Problem = (file: string, line: number): Problem => ({
  file,
  where: `linje ${line}`,
  message:
    'Filen er ikke lagret som UTF-8 (kanskje Latin-1 eller Windows-1252), så «æ», «ø» og «å» blir til «�» på nettstedet.',
  fix: 'åpne filen i en teksteditor og lagre den med tegnkodingen UTF-8 (i Notisblokk: Lagre som › Koding: UTF-8), og sjekk at æ, ø og å ser riktige ut.',
});

/**
 * `file` (relative to `root`) as text. When it is not UTF-8 there is a problem too, and the text is
 * read as well as it can be, so the rest of the check does not also report every rule on the page as missing.
 */
export function readContentText(root: string, file: string): TextResult {
  const bytes = fs.readFileSync(path.join(root, file));
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return { text: decoded.text };
  return { text: lenient.decode(bytes), problem: notUtf8Problem(file, decoded.line) };
}
