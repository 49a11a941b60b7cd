/**
 * Finds what an MDX page references in its body: rules shown with `<Rule id="…" />` or
 * `<Rules ids={["…", "…"]} />`, charts with `<BarChart id="…" />` and sources with `<Cite source="…" />`.
 * The check uses it to prove every reference resolves and every rule is shown somewhere; the site uses
 * it to know which page is a rule's home, so the comparison table can link to it.
 */
export interface Reference {
  kind: 'rule' | 'chart' | 'source';
  id: string;
  /** 1-based line within the body. */
  line: number;
  /** For a source: where in it, as the `<Cite section="…">` gives it. */
  section?: string;
}

const TAG = /<(Rules?|BarChart|Cite)\b([^>]*?)\/?>/g;
const STRING = /["']([^"']+)["']/g;

export function extractReferences(body: string): Reference[] {
  const refs: Reference[] = [];
  for (const match of body.matchAll(TAG)) {
    const [, tag, attrs = ''] = match;
    const line = body.slice(0, match.index).split('\n').length;
    if (tag === 'Rules') {
      const list = /\bids=\{\s*\[([\s\S]*?)\]\s*\}/.exec(attrs);
      for (const s of list?.[1]?.matchAll(STRING) ?? []) refs.push({ kind: 'rule', id: s[1]!, line });
      continue;
    }
    const attr = tag === 'Cite' ? 'source' : 'id';
    const value = new RegExp(`\\b${attr}=["']([^"']+)["']`).exec(attrs);
    if (!value) continue;
    const section = tag === 'Cite' ? /\bsection=["']([^"']+)["']/.exec(attrs)?.[1] : undefined;
    refs.push({ kind: tag === 'Rule' ? 'rule' : tag === 'BarChart' ? 'chart' : 'source', id: value[1]!, line, ...(section && { section }) });
  }
  return refs;
}
