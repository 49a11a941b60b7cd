/**
 * Lays the texts of a nynorsk object over its bokmål object (ADR 0011): the result is the bokmål
 * object with every text field of `shape` taken from the nynorsk one. Everything that does not fit is
 * collected for the content check: a text that is missing, a field that is structure (it belongs in the
 * bokmål file only), a list of another length, an id the bokmål file lacks. Each object with an id of
 * its own yields a mark: the fingerprint of its bokmål text now and the one its nynorsk records in `fra`.
 * Pure: no files, so the tests can feed it objects.
 */
import { fingerprint } from '../lib/shared/fingerprint.ts';
import { FROM_KEY, type TextShape } from '../schemas/translation.ts';

type Data = Record<string, unknown>;

export interface OverlayGap {
  /** Where in the nynorsk file, such as `nodes[mal].options[1].label`. */
  where: string;
  kind: 'missing' | 'structure' | 'count' | 'unknown-id' | 'not-object';
  field: string;
  /** For `count`: the lengths on bokmål and nynorsk. */
  counts?: [number, number];
}

export interface OverlayMark {
  /** The object's place, `` for the entry itself or such as `nodes[mal]`. */
  where: string;
  id: string;
  /** The fingerprint of the bokmål text now. */
  expected: string;
  /** The fingerprint the nynorsk records (`fra`), if any. */
  recorded?: string;
  /** The text fields the object has, for the message. */
  fields: string[];
}

export interface OverlayResult {
  value: Data;
  gaps: OverlayGap[];
  marks: OverlayMark[];
}

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const join = (where: string, part: string) => (where ? `${where}.${part}` : part);

/**
 * Each bokmål text an object's `fra` covers, with its field: its own fields, then its lists without ids
 * (`options[].text`) and its objects (`approval.note`), in order. A list with ids (a tree's nodes) has
 * marks of its own.
 */
function textsOf(bokmal: Data, shape: TextShape, prefix = ''): Array<{ field: string; text: string }> {
  const texts = shape.fields.flatMap((f) =>
    typeof bokmal[f] === 'string' ? [{ field: prefix + f, text: bokmal[f] as string }] : [],
  );
  for (const [name, inner] of Object.entries(shape.lists ?? {})) {
    if (inner.byId) continue;
    for (const item of (bokmal[name] as unknown[] | undefined) ?? [])
      if (isData(item)) texts.push(...textsOf(item, inner, `${prefix}${name}[].`));
  }
  for (const [name, inner] of Object.entries(shape.objects ?? {})) {
    if (isData(bokmal[name])) texts.push(...textsOf(bokmal[name] as Data, inner, `${prefix}${name}.`));
  }
  return texts;
}

/** The bokmål text an object's `fra` covers, as one string. */
export const textOf = (bokmal: Data, shape: TextShape): string =>
  textsOf(bokmal, shape)
    .map((t) => t.text)
    .join('\n');

function mark(bokmal: Data, nynorsk: Data, shape: TextShape, where: string, result: OverlayResult) {
  const recorded = nynorsk[FROM_KEY];
  result.marks.push({
    where,
    id: String(bokmal.id),
    expected: fingerprint(textOf(bokmal, shape)),
    ...(typeof recorded === 'string' && { recorded }),
    fields: [...new Set(textsOf(bokmal, shape).map((t) => t.field))],
  });
}

function overlayObject(
  bokmal: Data,
  nynorsk: Data,
  shape: TextShape,
  where: string,
  result: OverlayResult,
  ownMark: boolean,
): Data {
  if (ownMark) mark(bokmal, nynorsk, shape, where, result);
  const value: Data = { ...bokmal };
  const lists = shape.lists ?? {};
  const objects = shape.objects ?? {};
  const texts = new Set([...shape.fields, ...Object.keys(lists), ...Object.keys(objects)]);
  const keys = new Set(['id', ...(ownMark ? [FROM_KEY] : [])]);
  for (const key of Object.keys(nynorsk)) {
    if (keys.has(key) || (texts.has(key) && bokmal[key] !== undefined)) continue;
    result.gaps.push({ where: join(where, key), kind: 'structure', field: key });
  }
  for (const field of shape.fields) {
    if (typeof bokmal[field] !== 'string') continue;
    const text = nynorsk[field];
    if (typeof text === 'string' && text.trim()) value[field] = text.trim();
    else result.gaps.push({ where: join(where, field), kind: 'missing', field });
  }
  for (const [name, inner] of Object.entries(lists)) {
    if (!Array.isArray(bokmal[name])) continue;
    value[name] = overlayList(bokmal[name] as unknown[], nynorsk[name], inner, join(where, name), name, result);
  }
  for (const [name, inner] of Object.entries(objects)) {
    // An object without text (an approval with no note) needs nothing on nynorsk.
    if (!isData(bokmal[name]) || !textOf(bokmal[name] as Data, inner)) continue;
    const theirs = nynorsk[name];
    if (!isData(theirs)) {
      result.gaps.push({
        where: join(where, name),
        kind: theirs === undefined ? 'missing' : 'not-object',
        field: name,
      });
      continue;
    }
    value[name] = overlayObject(bokmal[name] as Data, theirs, inner, join(where, name), result, false);
  }
  return value;
}

function overlayList(
  bokmal: unknown[],
  nynorsk: unknown,
  shape: TextShape & { byId?: boolean },
  where: string,
  name: string,
  result: OverlayResult,
): unknown[] {
  const theirs = Array.isArray(nynorsk) ? nynorsk : [];
  if (nynorsk !== undefined && !Array.isArray(nynorsk)) result.gaps.push({ where, kind: 'not-object', field: name });
  if (shape.byId) {
    const byId = new Map(theirs.filter(isData).map((item) => [String(item.id), item]));
    const ours = new Set(bokmal.filter(isData).map((item) => String(item.id)));
    for (const id of byId.keys())
      if (!ours.has(id)) result.gaps.push({ where: `${where}[${id}]`, kind: 'unknown-id', field: id });
    return bokmal.map((item) => {
      if (!isData(item)) return item;
      const at = `${where}[${String(item.id)}]`;
      const match = byId.get(String(item.id));
      if (!match) {
        result.gaps.push({ where: at, kind: 'missing', field: String(item.id) });
        return item;
      }
      return overlayObject(item, match, shape, at, result, true);
    });
  }
  if (theirs.length !== bokmal.length) {
    result.gaps.push({ where, kind: 'count', field: name, counts: [bokmal.length, theirs.length] });
  }
  return bokmal.map((item, i) =>
    isData(item) && isData(theirs[i])
      ? overlayObject(item, theirs[i] as Data, shape, `${where}[${i}]`, result, false)
      : item,
  );
}

/** The bokmål entry with its nynorsk texts, and what does not fit. `nynorsk` is the entry's nynorsk object. */
export function overlayEntry(bokmal: Data, nynorsk: unknown, shape: TextShape): OverlayResult {
  const result: OverlayResult = { value: bokmal, gaps: [], marks: [] };
  if (!isData(nynorsk)) {
    result.gaps.push({ where: '', kind: nynorsk === undefined ? 'missing' : 'not-object', field: String(bokmal.id) });
    return result;
  }
  result.value = overlayObject(bokmal, nynorsk, shape, '', result, true);
  return result;
}
