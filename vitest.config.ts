import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import handbookConfig from './handbok.config.ts';
import { checkedConfig } from './src/config/resolve.ts';
import { siteModule, virtualModule } from './src/lib/build-setup/virtual-module.ts';
import { siteSidebar } from './src/lib/site/sidebar.ts';
import { contentOptions } from './src/config/content-options.ts';
import { excludedPageUrls } from './src/content-loading/page-glob.ts';
import { readInterfaceStrings } from './src/content-loading/interface-strings.ts';
import { interfaceLang } from './src/lib/shared/malform.ts';
import { buildDate } from './src/config/build-date.ts';
import { editions } from './src/config/edition.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = { '~': fileURLToPath(new URL('./src', import.meta.url)) };
// Modules that a build bundles read the site's config from the virtual module the handbok() integration
// serves; tests of them get the demo site's, validated the same way.
const site = virtualModule('virtual:handbok/site', () => {
  const config = checkedConfig(handbookConfig, root);
  const strings = readInterfaceStrings(root, interfaceLang(config));
  const excluded = excludedPageUrls(root, contentOptions(config));
  const sidebar = siteSidebar(root, {
    excluded,
    examples: config.eksempelretningslinjer,
    label: (key) => strings[key] ?? key,
  });
  return siteModule({ config, root, sidebar, buildDate: buildDate(), editions: editions(config) });
});
const plugins = [site];

/** Tests of the built site that run on the bokmål build (dist/) and again on the nynorsk one (dist-nn/). */
const BOTH_MALFORMS = [
  'tests/build/print.test.ts',
  'tests/build/trees.test.ts',
  'tests/build/selftest.test.ts',
  'tests/build/reply-templates.test.ts',
  'tests/build/links.test.ts',
  'tests/build/self-links.test.ts',
  'tests/build/sidebar.test.ts',
  'tests/build/page-structure.test.ts',
  'tests/build/lms-exports.test.ts',
];
/** Tests of nynorsk builds only: the spelling, search and dates of the nynorsk edition, the expiry notice. */
const NYNORSK_ONLY = ['tests/build/nynorsk.test.ts', 'tests/build/page-expiry.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { plugins, resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { plugins, resolve: { alias }, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: NYNORSK_ONLY,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        // The same tests of the built site on the nynorsk build (`npm run build:nn` → dist-nn/), with the
        // content in nynorsk, and the tests that only make sense there.
        plugins,
        resolve: { alias },
        test: {
          name: 'build-nn',
          include: [...BOTH_MALFORMS, ...NYNORSK_ONLY],
          env: { HANDBOK_OUT_DIR: 'dist-nn', HANDBOK_MALFORM: 'nn' },
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // A real Chromium on a busy 2-core machine (the builds of other projects run beside it) once
          // stalled a search test past its timeout; a test that fails twice in a row is a failure.
          retry: 1,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
