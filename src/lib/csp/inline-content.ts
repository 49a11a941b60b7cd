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
const STYLE_ATTRIBUTE = /<[a-z][^>]*?\sstyle="([^"]*)"/gi;
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
  const scripts = [...html.matchAll(SCRIPT)].filter((m) => runs(m[1]!)).map((m) => m[2]!);
  const styles = [...html.matchAll(STYLE)].map((m) => m[1]!);
  // Leave script and style text out, so that markup inside them is not taken for attributes.
  const markup = html.replace(SCRIPT, '').replace(STYLE, '');
  const styleAttributes = [...markup.matchAll(STYLE_ATTRIBUTE)].map((m) => decode(m[1]!));
  return { scripts, styles, styleAttributes };
}

/** The policy in the page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function cspMetaOf(html: string): string | undefined {
  const content = CSP_META.exec(html)?.[1];
  return content === undefined ? undefined : decode(content);
}
