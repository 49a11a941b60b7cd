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

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/gi;
const TAG_START = /<[a-z]/i;
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
  const scriptMatches = [...html.matchAll(SCRIPT)];
  const styleMatches = [...html.matchAll(STYLE)];
  const scripts = scriptMatches.filter((m) => runs(m[1]!)).map((m) => m[2]!);
  const styles = styleMatches.map((m) => m[1]!);
  // Text inside script and style elements is not markup: a `style="` there is not an attribute.
  const elements = [...scriptMatches, ...styleMatches].map((m) => [m.index, m.index + m[0].length] as const);
  const inElement = (at: number) => elements.some(([start, end]) => at > start && at < end);
  const styleAttributes: string[] = [];
  for (const m of html.matchAll(STYLE_ATTRIBUTE)) {
    // An attribute only inside a tag: a `<` and a letter since the last `>`.
    const tag = html.slice(html.lastIndexOf('>', m.index) + 1, m.index);
    if (TAG_START.test(tag) && !inElement(m.index)) styleAttributes.push(decode(m[1]!));
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
