/** CSP hash sources: the SHA-256 of a script's or style attribute's exact text, as CSP expects it. */
import { createHash } from 'node:crypto';

/** `'sha256-…'` without quotes, the form Astro's `security.csp` hashes take. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
