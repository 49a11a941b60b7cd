/**
 * What a built page has inline, and so needs a hash in its CSP: script elements without `src`
 * (JSON data blocks do not run and are not checked), `<style>` elements and `style="…"` attributes.
 * Written for the HTML Astro emits, not for any HTML.
 */
export interface InlineContent {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** A script or style element, with its attributes and its text. */
const RAW_TEXT_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const TAG_START = /<[a-z]/gi;
const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&#34;': '"',
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
};
const decode = (value: string) => value.replace(/&(quot|#34|#39|lt|gt|amp);/g, (e) => ENTITIES[e]!);

function runs(attributes: string): boolean {
  if (/\ssrc=/i.test(attributes)) return false;
  const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
  return type === undefined || type === '' || type === 'module' || type.includes('javascript');
}

export function inlineContent(html: string): InlineContent {
  const scripts: string[] = [];
  const styles: string[] = [];
  const elements: Array<{ start: number; end: number }> = [];
  for (const m of html.matchAll(RAW_TEXT_ELEMENT)) {
    elements.push({ start: m.index, end: m.index + m[0].length });
    if (m[1]!.toLowerCase() === 'style') styles.push(m[3]!);
    else if (runs(m[2]!)) scripts.push(m[3]!);
  }
  const styleAttributes: string[] = [];
  // The elements come in order, and so do the attributes: the next element that may hold one is kept.
  let next = 0;
  for (const m of html.matchAll(STYLE_ATTRIBUTE)) {
    while (next < elements.length && elements[next]!.end <= m.index) next++;
    // Text inside script and style elements is not markup: a `style="` there is not an attribute.
    if (next < elements.length && elements[next]!.start < m.index) continue;
    // An attribute only inside a tag: a `<` and a letter since the last `>`.
    TAG_START.lastIndex = html.lastIndexOf('>', m.index) + 1;
    const tag = TAG_START.exec(html);
    if (tag && tag.index < m.index) styleAttributes.push(decode(m[1]!));
  }
  return { scripts, styles, styleAttributes };
}

/** The policy in the page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function cspMetaOf(html: string): string | undefined {
  const content = CSP_META.exec(html)?.[1];
  return content === undefined ? undefined : decode(content);
}

/**
 * Where the policy in the page's meta tag is, as byte offsets into the page's file, or undefined when
 * it has none. Reads the bytes before `</head>` as Latin-1, one character per byte: the tag is
 * ASCII, so the offsets in the string are the offsets in the file.
 */
export function cspMetaRange(page: Buffer): { start: number; end: number } | undefined {
  const headEnd = page.indexOf('</head>');
  const m = CSP_META.exec(page.toString('latin1', 0, headEnd < 0 ? page.length : headEnd));
  if (!m) return undefined;
  // The match ends with the value and its closing quote.
  const end = m.index + m[0].length - 1;
  return { start: end - m[1]!.length, end };
}
