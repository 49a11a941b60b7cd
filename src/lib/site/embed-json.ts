/**
 * JSON to put inside a page's HTML, as the text of `<script type="application/json">`. The HTML
 * parser ends a script element at the first `</script`, whatever the JSON means, so a question or an
 * interface string holding `</script><meta http-equiv="refresh" …>` would end the data block and put
 * its own markup on the page. Every embedded JSON goes through here.
 *
 * `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`: no tag, comment (`<!--`) or character
 * reference can start inside the text, and `JSON.parse` reads the escapes back as the same
 * characters. U+2028 and U+2029 are escaped too, so the text is also safe to paste into JavaScript
 * source, where older engines end a string literal at them.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value)` with the characters above escaped; parses back to the same value. */
export function embedJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('embedJson: the value has no JSON form (undefined or a function)');
  return json.replace(UNSAFE, escapeChar);
}
