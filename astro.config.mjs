// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { sidebarItems, treeSidebarItems } from './src/lib/sidebar.ts';
import { SEARCH_RANKING } from './src/lib/search-ranking.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const folder = (name) => sidebarItems(root, name);

export default defineConfig({
  site: process.env.HANDBOK_SITE ?? 'https://handbok.example.no',
  trailingSlash: 'always',
  // Separate output and cache folders let several builds run side by side (e.g. in tests).
  outDir: process.env.HANDBOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOK_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentCheck(),
    linkCheck(),
    starlight({
      title: 'Håndbok for sosiale medier',
      description: 'Hvordan kommunen og de ansatte bruker sosiale medier: retningslinjer, råd og verktøy.',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
      customCss: ['./src/styles/handbook.css'],
      // Search ranking tuned for Norwegian; the search-quality test uses the same values.
      pagefind: { ranking: SEARCH_RANKING },
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      sidebar: [
        { label: 'Start her', items: ['index', 'sammenlign', 'ordliste', { label: 'Selvtest', link: '/selvtest/' }, 'personvern'] },
        { label: 'Hvem er du?', items: folder('roller') },
        { label: 'Beslutningstrær', items: [{ label: 'Alle beslutningstrær', link: '/beslutningstre/' }, ...treeSidebarItems(root)] },
        { label: 'KS Veikart', items: folder('ks-veikart') },
        { label: 'KS-rapporten', items: folder('ks-rapport') },
        { label: 'Kommunenes retningslinjer', items: folder('retningslinjer') },
      ],
    }),
  ],
});
