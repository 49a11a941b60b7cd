/** Text for HTML we write as a string (`set:html`, the print page's rewriting), escaped so nothing in it reads as markup. */

/** As element text: `&`, `<` and `>` as character references. */
export const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** As a quoted attribute value: `&` and both quotes as character references. */
export const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
