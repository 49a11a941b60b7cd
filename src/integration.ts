/**
 * `handbok(config)`: the whole handbook as one Astro integration. A site's astro.config.mjs is
 *
 *     import { defineConfig } from 'astro/config';
 *     import handbok from 'handbok-sosiale-medier';
 *     import config from './handbok.config.ts';
 *     export default defineConfig({ integrations: [handbok(config)] });
 *
 * It validates the config once, sets Astro's own options from it (address, base path, Markdown, CSP),
 * adds Starlight and our steps in the order they need, injects the routes, and hands the validated
 * config to the code that Vite bundles as the virtual module `virtual:handbok/site`.
 */
import type { AstroIntegration } from 'astro';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './integrations/content-check.ts';
import { printPage } from './integrations/print-page.ts';
import { linkCheck } from './integrations/link-check.ts';
import { securityHeaders } from './integrations/security-headers.ts';
import { secondEdition } from './integrations/second-edition.ts';
import { editionConfig, editions, isSecondEdition } from './config/edition.ts';
import { interfaceStrings } from './integrations/interface-strings.ts';
import { cspConfig } from './lib/build-setup/csp/policy.ts';
import { siteSidebar, type SidebarGroupOption } from './lib/site/sidebar.ts';
import { contentOptions } from './config/content-options.ts';
import { resolveConfig } from './config/resolve.ts';
import { buildDate } from './config/build-date.ts';
import { excludedPageUrls } from './content-loading/page-glob.ts';
import { contentFixedDuringBuild } from './content-loading/content-cache.ts';
import { pageRoots } from './content-loading/paths.ts';
import { themeCss } from './lib/shared/contrast.ts';
import { baseLinksPlugin } from './lib/build-setup/base-links-plugin.ts';
import { exampleBlocksPlugin } from './lib/build-setup/example-blocks-plugin.ts';
import { MALFORMS } from './lib/shared/malform.ts';
import { readInterfaceStrings } from './content-loading/interface-strings.ts';
import { SEARCH_RANKING } from './lib/build-setup/search-ranking.ts';
import { pagefindTexts } from './lib/build-setup/search-texts.ts';
import { siteModule, virtualModule } from './lib/build-setup/virtual-module.ts';
import { cssLayerOrder } from './lib/build-setup/css-layer-order.ts';
import { selfTestScript } from './lib/build-setup/selftest-script.ts';
import { withoutKnownWarnings } from './lib/build-setup/known-warnings.ts';
import { sharedPageSummaries } from './lib/post-build/built-pages.ts';
import { ROUTES } from './routes/index.ts';
import { withBase } from './lib/shared/base-path.ts';
import type { HandbookConfigInput } from './schemas/config.ts';

const TITLE = { nb: 'Håndbok for sosiale medier', nn: 'Handbok for sosiale medium' };
const DESCRIPTION = {
  nb: (name: string) => `Hvordan ${name} og de ansatte bruker sosiale medier: retningslinjer, råd og verktøy.`,
  nn: (name: string) => `Korleis ${name} og dei tilsette bruker sosiale medium: retningsliner, råd og verktøy.`,
};

/** The package's own folder, for the files Vite must import from it. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const fromPackage = (file: string) => path.join(PACKAGE_ROOT, file);

/** Options beside the config, for a site's own structure. */
export interface HandbookOptions {
  /**
   * Sidebar groups before the handbook's own, each listing the pages of one folder under
   * lokalt/sider/ (or content/docs/), e.g. `{ label: 'Våre rutiner', folder: 'rutiner' }`. Default none.
   */
  sidebarGroups?: SidebarGroupOption[];
}

export default function handbok(
  input: HandbookConfigInput,
  { sidebarGroups = [] }: HandbookOptions = {},
): AstroIntegration {
  return {
    name: 'handbok-sosiale-medier',
    hooks: {
      'astro:config:setup': ({ command, config: astroConfig, updateConfig, injectRoute, addMiddleware }) => {
        const root = fileURLToPath(astroConfig.root);
        // A build needs the self-test's script for the SCORM package: esbuild makes it in its own process meanwhile.
        const selfTest = selfTestScript(fromPackage('src/components/selftest/self-test.ts'));
        if (command === 'build') {
          contentFixedDuringBuild();
          void selfTest().catch(() => undefined);
        }
        const siteConfig = resolveConfig(input, root);
        // A site in both målformer is built once per edition; this build makes `site.current` (src/config/edition.ts).
        const site = editions(siteConfig);
        const config = editionConfig(siteConfig, site);
        const isSecond = isSecondEdition(site);
        const mainOut = process.env.HANDBOK_OUT_DIR
          ? path.resolve(root, process.env.HANDBOK_OUT_DIR)
          : fileURLToPath(astroConfig.outDir);
        const outDir = isSecond ? path.join(mainOut, site.current.malform) : mainOut;
        const cacheDir = process.env.HANDBOK_CACHE_DIR
          ? path.resolve(root, process.env.HANDBOK_CACHE_DIR)
          : fileURLToPath(astroConfig.cacheDir);
        // The second edition's steps after the build read and check the whole site, both editions.
        const whole = isSecond ? { dir: mainOut, base: site.main.base } : undefined;
        const options = contentOptions(config);
        const today = buildDate();
        const excluded = excludedPageUrls(root, options);
        // The shared content and the interface are in the edition's målform (bokmål or nynorsk).
        const lang = site.current.malform;
        const strings = readInterfaceStrings(root, lang);
        const label = (key: string) => strings[key] ?? key;
        // The print page, the link check and the security headers read the built pages once between them.
        const builtPages = sharedPageSummaries();
        const sidebar = siteSidebar(root, {
          groups: sidebarGroups,
          excluded,
          examples: config.eksempelretningslinjer,
          label,
          malform: lang,
          ownLang: isSecond ? site.main.malform : undefined,
        });

        for (const route of ROUTES)
          injectRoute({ pattern: route.pattern, entrypoint: fromPackage(route.entrypoint), prerender: true });
        // Hands each rendered page to the steps after the build before it is written (see the file).
        // First of the middleware, so it sees each page as it is written.
        if (command === 'build')
          addMiddleware({ order: 'pre', entrypoint: fromPackage('src/lib/site/rendered-pages.ts') });

        updateConfig({
          site: config.nettsted.url,
          base: config.nettsted.base,
          trailingSlash: 'always',
          // The package's favicon, until the site puts its own public/ folder beside its config.
          ...(!fs.existsSync(path.join(root, 'public')) && { publicDir: new URL(`file://${fromPackage('public')}/`) }),
          // Separate output and cache folders let several builds run side by side (e.g. in tests). The
          // second edition builds into the main one's folder, with its own cache: its content differs.
          ...((process.env.HANDBOK_OUT_DIR || isSecond) && { outDir: new URL(`file://${outDir}/`) }),
          ...((process.env.HANDBOK_CACHE_DIR || isSecond) && {
            cacheDir: new URL(`file://${isSecond ? path.join(cacheDir, site.current.malform) : cacheDir}/`),
          }),
          vite: {
            plugins: [
              virtualModule('virtual:handbok/site', () =>
                siteModule({ config, root, sidebar, buildDate: today, editions: site }),
              ),
              /** The municipality's accent colours, as CSS that Starlight loads after its own. */
              virtualModule('virtual:handbok/theme.css', () => themeCss(config.farger)),
              /** Pagefind's texts, loaded with the search interface instead of written into every page. */
              virtualModule(
                'virtual:handbok/search-texts',
                () => `export default ${JSON.stringify(pagefindTexts(strings))};`,
              ),
              /** The self-test's browser code as one script, for the SCORM package (src/routes/selvtest/[test]/scorm.zip.ts). */
              virtualModule(
                'virtual:handbok/selftest-script',
                async () => `export default ${JSON.stringify(await selfTest())};`,
              ),
              cssLayerOrder(root),
              withoutKnownWarnings(),
            ],
            // MDX pages, the package's and the site's own, import the components by the package's name.
            resolve: { alias: { 'handbok-sosiale-medier/components': fromPackage('src/user-components/index.ts') } },
            // One stylesheet for every page: Starlight would otherwise put the styles of the components used
            // in any page (cards, icons) into every page's HTML as <style>, 0.8 kB gzip on each page. See docs/adr/0006-ett-stilark.md.
            build: { cssCodeSplit: false },
          },
          markdown: {
            // Code blocks are plain <pre> without colours: Shiki colours each word with a style attribute,
            // which the Content Security Policy blocks. See expressiveCode below and docs/sikkerhet.md.
            syntaxHighlight: false,
            processor: satteri({
              mdastPlugins: [exampleBlocksPlugin(config.eksempelretningslinjer)],
              hastPlugins: [baseLinksPlugin(config.nettsted.base)],
            }),
          },
          // Content Security Policy without 'unsafe-inline' for scripts; see src/lib/build-setup/csp/policy.ts and docs/sikkerhet.md.
          security: { csp: cspConfig(root) },
          integrations: [
            contentCheck({ ...options, today }),
            // Fills in the print page while Starlight builds the search index; the link check and the
            // security headers, after Starlight, wait for it.
            printPage(builtPages, whole),
            starlight({
              title: TITLE[lang],
              description: DESCRIPTION[lang](config.kommune.navn),
              ...(config.logo && { logo: { src: `./${config.logo.fil}`, alt: config.logo.alt } }),
              defaultLocale: 'root',
              locales: { root: { label: MALFORMS[lang], lang } },
              plugins: [interfaceStrings(root, lang)],
              // Every page tells feed readers where the change log's feed is (src/routes/endringer.xml.ts).
              head: [
                {
                  tag: 'link',
                  attrs: {
                    rel: 'alternate',
                    type: 'application/atom+xml',
                    title: label('handbok.changes.title'),
                    href: new URL(withBase(config.nettsted.base, '/endringer.xml'), config.nettsted.url).href,
                  },
                },
              ],
              // Search ranking tuned for Norwegian; the search-quality test uses the same values.
              pagefind: { ranking: SEARCH_RANKING },
              customCss: ['virtual:handbok/theme.css', fromPackage('src/styles/handbook.css')],
              components: {
                MarkdownContent: fromPackage('src/components/MarkdownContent.astro'),
                Footer: fromPackage('src/components/Footer.astro'),
                // Starlight's sidebar, rendered once and reused on every page with the same sidebar.
                Sidebar: fromPackage('src/components/Sidebar.astro'),
                Search: fromPackage('src/components/Search.astro'),
                // Starlight writes the <title> as raw HTML; ours escapes it (a tree question is a step's title).
                Head: fromPackage('src/components/Head.astro'),
                // On a site in both målformer, a link to the same page in the other målform.
                LanguageSelect: fromPackage('src/components/LanguageLink.astro'),
                // The title of a page of the site's own, marked with its målform in the other edition.
                PageTitle: fromPackage('src/components/PageTitle.astro'),
              },
              // Starlight's Markdown features (asides such as `:::note`, links on headings) apply only under
              // src/content/docs/ unless told where the pages are.
              markdown: { processedDirs: pageRoots(root) },
              // The handbook has no code. Expressive Code colours code blocks with style attributes the
              // Content Security Policy blocks, and setting it up costs every build about half a second.
              expressiveCode: false,
              sidebar,
            }),
            linkCheck(builtPages, { whole, later: isSecond ? undefined : site.other?.base }),
            securityHeaders(builtPages, whole),
            // Last: the other målform's edition, once this one is done.
            ...(site.other && !isSecond ? [secondEdition(root, site.other)] : []),
          ],
        });
      },
    },
  };
}
