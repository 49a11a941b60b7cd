/**
 * The `_headers` file Netlify and Cloudflare Pages read from the published folder: a path pattern on
 * its own line, then its headers indented below it. We write one rule, `/*`, for every response.
 */

export interface HeaderRule {
  pattern: string;
  headers: Array<[name: string, value: string]>;
}

/** Cloudflare Pages ignores a header line longer than this. */
export const MAX_LINE_LENGTH = 2000;

export function formatHeadersFile(rules: HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`);
  for (const rule of rules) lines.push(rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  return lines.join('\n') + '\n';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`Ugyldig linje i _headers: «${line.trim()}»`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Headers for a path: those of every rule whose pattern matches it (`*` matches anything). */
export function headersFor(pathname: string, rules: HeaderRule[]): Array<[string, string]> {
  const matches = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(pathname);
  return rules.filter((r) => matches(r.pattern)).flatMap((r) => r.headers);
}
