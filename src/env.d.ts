/** Modules made at build time by the Vite plugins in astro.config.mjs. */
declare module 'virtual:handbok/search-texts' {
  /** Pagefind's interface texts in the handbook's målform (src/lib/build-setup/search-texts.ts). */
  const texts: Record<string, string>;
  export default texts;
}
