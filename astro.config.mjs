// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { cspConfig } from './src/lib/csp/policy.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { handbookSidebar } from './src/lib/sidebar.ts';
import { contentOptions, handbook } from './src/config/index.ts';
import { excludedPageUrls } from './src/content-loading/page-glob.ts';
import { PAGE_ROOTS } from './src/content-loading/paths.ts';
import { themeCss } from './src/lib/contrast.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/base-links-plugin.ts';
import { exampleBlocksPlugin } from './src/lib/example-blocks-plugin.ts';
import { interfaceLang, MALFORMS } from './src/lib/malform.ts';
import { readInterfaceStrings } from './src/content-loading/interface-strings.ts';
import { interfaceStrings } from './src/integrations/interface-strings.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { printPage } from './src/integrations/print-page.ts';
import { SEARCH_RANKING } from './src/lib/search-ranking.ts';
import { pagefindTexts } from './src/lib/search-texts.ts';
import { virtualModule } from './src/lib/virtual-module.ts';
import { cssLayerOrder } from './src/lib/css-layer-order.ts';
import { withoutKnownWarnings } from './src/lib/known-warnings.ts';
import { sharedPageSummaries } from './src/lib/built-pages.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const excluded = excludedPageUrls(root, contentOptions(handbook));

const TITLE = { nb: 'Håndbok for sosiale medier', nn: 'Handbok for sosiale medium' };

// The interface follows the målform (bokmål or nynorsk); the pages themselves stay in bokmål.
const lang = interfaceLang();
const strings = readInterfaceStrings(root, lang);

/** The municipality's accent colours, as CSS that Starlight loads after its own. */
const themeModule = virtualModule('virtual:handbok/theme.css', () => themeCss(handbook.farger));
/** Pagefind's texts, loaded with the search interface instead of written into every page. */
const searchTextsModule = virtualModule(
  'virtual:handbok/search-texts',
  () => `export default ${JSON.stringify(pagefindTexts(strings))};`,
);
/** @param {string} key */
const label = (key) => strings[key] ?? key;

// The link check and the security headers read the built pages once between them.
const builtPages = sharedPageSummaries();

export default defineConfig({
  site: handbook.nettsted.url,
  base: handbook.nettsted.base,
  trailingSlash: 'always',
  // Separate output and cache folders let several builds run side by side (e.g. in tests).
  outDir: process.env.HANDBOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOK_CACHE_DIR ?? './node_modules/.astro',
  vite: {
    plugins: [themeModule, searchTextsModule, cssLayerOrder(root), withoutKnownWarnings()],
    // One stylesheet for every page: Starlight would otherwise put the styles of the components used
    // in any page (cards, icons) into every page's HTML as <style>, 0.8 kB gzip on each page. See docs/adr/0006-ett-stilark.md.
    build: { cssCodeSplit: false },
  },
  markdown: {
    // Code blocks are plain <pre> without colours: Shiki colours each word with a style attribute,
    // which the Content Security Policy blocks. See expressiveCode below and docs/sikkerhet.md.
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [exampleBlocksPlugin(handbook.eksempelretningslinjer)],
      hastPlugins: [baseLinksPlugin(handbook.nettsted.base)],
    }),
  },
  // Content Security Policy without 'unsafe-inline' for scripts; see src/lib/csp/policy.ts and docs/sikkerhet.md.
  security: { csp: cspConfig(root) },
  integrations: [
    contentCheck(),
    // Fills in the print page before the link check and the security headers read it.
    printPage(),
    linkCheck(builtPages),
    starlight({
      title: TITLE[lang],
      description: `Hvordan ${handbook.kommune.navn} og de ansatte bruker sosiale medier: retningslinjer, råd og verktøy.`,
      ...(handbook.logo && { logo: { src: `./${handbook.logo.fil}`, alt: handbook.logo.alt } }),
      defaultLocale: 'root',
      locales: { root: { label: MALFORMS[lang], lang } },
      plugins: [interfaceStrings(root, lang)],
      // Search ranking tuned for Norwegian; the search-quality test uses the same values.
      pagefind: { ranking: SEARCH_RANKING },
      customCss: ['virtual:handbok/theme.css', './src/styles/handbook.css'],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Footer: './src/components/Footer.astro',
        Search: './src/components/Search.astro',
        Head: './src/components/Head.astro',
      },
      // Starlight's Markdown features (asides such as `:::note`, links on headings) apply only under
      // src/content/docs/ unless told where the pages are.
      markdown: { processedDirs: [...PAGE_ROOTS] },
      // The handbook has no code. Expressive Code colours code blocks with style attributes the
      // Content Security Policy blocks, and setting it up costs every build about half a second.
      expressiveCode: false,
      sidebar: handbookSidebar(root, { excluded, examples: handbook.eksempelretningslinjer, label }),
    }),
    securityHeaders(builtPages),
  ],
});
