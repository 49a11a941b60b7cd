// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { sidebarItems, treeSidebarItems } from './src/lib/sidebar.ts';
import { interfaceLang, MALFORMS } from './src/lib/malform.ts';
import { readInterfaceStrings } from './src/content-loading/interface-strings.ts';
import { interfaceStrings } from './src/integrations/interface-strings.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const folder = (name) => sidebarItems(root, name);
// The interface follows the målform (bokmål or nynorsk); the pages themselves stay in bokmål.
const lang = interfaceLang();
const strings = readInterfaceStrings(root, lang);
/** @param {string} key */
const label = (key) => strings[key] ?? key;

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
      locales: { root: { label: MALFORMS[lang], lang } },
      plugins: [interfaceStrings(root, lang)],
      customCss: ['./src/styles/handbook.css'],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
      },
      sidebar: [
        { label: label('handbok.sidebar.startHere'), items: ['index', 'sammenlign', 'ordliste', { label: label('handbok.sidebar.selfTest'), link: '/selvtest/' }, 'personvern'] },
        { label: label('handbok.sidebar.roles'), items: folder('roller') },
        { label: label('handbok.sidebar.trees'), items: [{ label: label('handbok.sidebar.allTrees'), link: '/beslutningstre/' }, ...treeSidebarItems(root)] },
        { label: label('handbok.sidebar.ksRoadmap'), items: folder('ks-veikart') },
        { label: label('handbok.sidebar.ksReport'), items: folder('ks-rapport') },
        { label: label('handbok.sidebar.guidelines'), items: folder('retningslinjer') },
      ],
    }),
  ],
});
