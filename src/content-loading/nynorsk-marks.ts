/**
 * Writes `fra` marks into nynorsk files: the fingerprint of the bokmål text each nynorsk text was
 * read against (`npm run omsetjing:lest`). The files are edited as text, one line per mark, so the
 * author's folding, comments and order stay as written.
 */
import { isMap, isScalar, isSeq, parse, parseDocument, type YAMLMap } from 'yaml';
import jsYaml from 'js-yaml';
import { FROM_KEY } from '../schemas/translation.ts';

/** Where a mark goes: `` for the file's one object or a list entry, `nodes[<id>]` for a tree's node. */
export interface MarkTarget {
  /** The entry's id in a list file; undefined for a one-entry file. */
  entry?: string;
  /** The place inside the entry, as the overlay names it (`` or `nodes[<id>]`). */
  where: string;
  value: string;
}

interface Edit {
  at: number;
  remove: number;
  text: string;
}

/** The value as YAML writes it: quoted when either YAML reader would read a number (`20003018`, `12e45678`). */
const scalar = (value: string) =>
  typeof jsYaml.load(value) === 'string' && typeof parse(value) === 'string' ? value : `'${value}'`;

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
};

/** The edit that sets `fra: value` in `map`: replace the value, or add a line after `id` (or before the first key). */
function setMark(text: string, map: YAMLMap, value: string): Edit | undefined {
  const existing = map.items.find((p) => isScalar(p.key) && p.key.value === FROM_KEY);
  if (existing && isScalar(existing.value) && existing.value.range) {
    const [start, end] = existing.value.range;
    return { at: start, remove: end - start, text: scalar(value) };
  }
  const first = map.items[0];
  if (!first || !isScalar(first.key) || !first.key.range) return undefined;
  const keyStart = first.key.range[0];
  const indent = ' '.repeat(keyStart - lineStart(text, keyStart));
  const idPair = map.items.find((p) => isScalar(p.key) && p.key.value === 'id');
  if (idPair && isScalar(idPair.value) && idPair.value.range) {
    return { at: lineEnd(text, idPair.value.range[0]), remove: 0, text: `\n${indent}${FROM_KEY}: ${scalar(value)}` };
  }
  return { at: keyStart, remove: 0, text: `${FROM_KEY}: ${scalar(value)}\n${indent}` };
}

function findMap(root: unknown, target: MarkTarget): YAMLMap | undefined {
  let map: unknown = root;
  if (target.entry !== undefined) {
    map = isSeq(root) ? root.items.find((item) => isMap(item) && item.get('id') === target.entry) : undefined;
  }
  if (!isMap(map)) return undefined;
  if (!target.where) return map;
  const match = /^(\w+)\[(.+)\]$/.exec(target.where);
  const list = match && map.get(match[1]!);
  if (!match || !isSeq(list)) return undefined;
  const item = list.items.find((i) => isMap(i) && i.get('id') === match[2]);
  return isMap(item) ? item : undefined;
}

/** `text` with each target's mark set; also the targets that have no place in the file. */
export function writeYamlMarks(text: string, targets: MarkTarget[]): { text: string; missed: MarkTarget[] } {
  const doc = parseDocument(text);
  const edits: Edit[] = [];
  const missed: MarkTarget[] = [];
  for (const target of targets) {
    const map = findMap(doc.contents, target);
    const edit = map && setMark(text, map, target.value);
    if (edit) edits.push(edit);
    else missed.push(target);
  }
  return { text: applyEdits(text, edits), missed };
}

/** A page's text with `fra: value` in its frontmatter. */
export function writePageMark(text: string, value: string): string {
  const end = text.indexOf('\n---', 3);
  if (!text.startsWith('---') || end < 0) throw new Error('siden har ingen frontmatter');
  const front = text.slice(0, end);
  const line = new RegExp(`^${FROM_KEY}:.*$`, 'm');
  const mark = `${FROM_KEY}: ${scalar(value)}`;
  const updated = line.test(front) ? front.replace(line, mark) : `${front}\n${mark}`;
  return updated + text.slice(end);
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, edit.at) + edit.text + out.slice(edit.at + edit.remove);
  return out;
}
