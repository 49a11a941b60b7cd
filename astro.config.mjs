// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  site: process.env.HANDBOK_SITE ?? 'https://handbok.example.no',
  trailingSlash: 'always',
  // Separate output and cache folders let several builds run side by side (e.g. in tests).
  outDir: process.env.HANDBOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOK_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    contentCheck(),
    starlight({
      title: 'Håndbok for sosiale medier',
      description: 'Hvordan kommunen og de ansatte bruker sosiale medier: retningslinjer, råd og verktøy.',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
      customCss: ['./src/styles/handbook.css'],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
      },
      sidebar: [
        { label: 'Start her', items: ['index', 'sammenlign', 'ordliste'] },
        { label: 'Hvem er du?', items: [{ autogenerate: { directory: 'roller' } }] },
        { label: 'KS Veikart', items: [{ autogenerate: { directory: 'ks-veikart' } }] },
        { label: 'KS-rapporten', items: [{ autogenerate: { directory: 'ks-rapport' } }] },
        { label: 'Kommunenes retningslinjer', items: [{ autogenerate: { directory: 'retningslinjer' } }] },
      ],
    }),
  ],
});
