/** CSP hash sources: the SHA-256 of a script's or style attribute's exact text, as CSP expects it. */
import { createHash } from 'node:crypto';

/**
 * `'sha256-…'` without quotes, the form Astro's `security.csp` hashes take. `encoding` is how `text`
 * holds the page's bytes: as text (UTF-8), or one character per byte (`latin1`, see built-pages.ts).
 */
export function cspHash(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, encoding).digest('base64')}`;
}
