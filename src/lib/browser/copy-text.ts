/**
 * Copying a reply template with the Clipboard API. The browser may refuse: no `navigator.clipboard`
 * (a page not served over HTTPS), or a write the user or a policy denies. Either way the caller gets
 * `refused`, never an exception, and tells the reader how to copy by hand.
 */
export type CopyResult = 'copied' | 'refused';

export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<CopyResult> {
  if (!clipboard) return 'refused';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'refused';
  }
}

/** The reply as it is pasted: its paragraphs' text, one blank line between them. */
export const pastedText = (paragraphs: Iterable<string | null>): string =>
  [...paragraphs]
    .map((p) => (p ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
