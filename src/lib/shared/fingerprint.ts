/**
 * A short fingerprint of a text, to notice when a rule a question was reviewed against has changed.
 * FNV-1a (32 bit) over the UTF-8 bytes: tiny, deterministic, and runs alike in Node and the browser.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text.trim())) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What a question's review covers of a rule: its title and its text. */
export const ruleFingerprint = (rule: { title: string; text: string }) => fingerprint(`${rule.title}\n${rule.text}`);
