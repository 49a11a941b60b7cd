/**
 * The `style="…"` attributes the built pages may carry, allowed one by one by their hash in
 * `style-src-attr` (with `'unsafe-hashes'`, which is what lets a hash match an attribute). Any other
 * style attribute, such as one an attacker injects, is blocked. `'unsafe-inline'` would allow them all.
 *
 * They come from code we do not own: Starlight sets CSS variables with Astro's `define:vars`, which
 * writes a style attribute, and Markdown writes one for a table column's alignment. If a page gets a
 * new one, the build test `tests/build/csp.test.ts` names it; add it here with where it comes from.
 */
export const ALLOWED_STYLE_ATTRIBUTES: readonly string[] = [
  // Starlight's <Icon size="…">: the sizes its own components use (default 1em).
  '--sl-icon-size: 1em;',
  '--sl-icon-size: 1rem;',
  '--sl-icon-size: 1.2em;',
  '--sl-icon-size: 1.25rem;',
  '--sl-icon-size: 1.333em;',
  '--sl-icon-size: 1.5rem;',
  '--sl-icon-color: var(--sl-color-orange-high); --sl-icon-size: 1.5em;',
  // Starlight's table of contents: one level per heading depth.
  '--depth: 0;',
  '--depth: 1;',
  '--depth: 2;',
  // Starlight's theme select. (Its search button's `display: none;` and `padding:0` are not needed:
  // src/components/Search.astro has no style attributes.)
  '--sl-select-width: 6.25em',
  // Markdown tables: a column aligned with `:---`, `---:` or `:---:`.
  'text-align: left',
  'text-align: right',
  'text-align: center',
];
