/**
 * The site folder `npm run ny-kommune` writes: a small project of the municipality's own that depends
 * on this package. Only the config and lokalt/ are the municipality's; the rest is wiring.
 */
import { PACKAGE_NAME, configFile } from './config-file.ts';
import { localFiles, type TopicName } from './files.ts';
import { siteReadme } from './site-readme.ts';
import { sitePagesWorkflow } from './workflow.ts';
import { slug } from '../lib/shared/slug.ts';
import { CONFIG_FILE } from '../content-loading/paths.ts';
import type { Content } from '../content-loading/load.ts';
import type { ScaffoldOptions } from './options.ts';

export function sitePackageJson(navn: string, packageSpec: string): string {
  const pkg = {
    name: `${slug(navn)}-handbok`,
    private: true,
    type: 'module',
    scripts: {
      start: 'handbok start',
      dev: 'handbok dev',
      build: 'handbok build',
      check: 'handbok check',
      'publiser:sjekk': 'handbok check --publisering',
      test: 'handbok test',
      'regel-lest': 'handbok regel-lest',
    },
    dependencies: { [PACKAGE_NAME]: packageSpec },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import handbok from '${PACKAGE_NAME}';
import config from './handbok.config.ts';

export default defineConfig({ integrations: [handbok(config)] });
`;

export const CONTENT_CONFIG = `// Astro krever at nettstedet selv har denne filen; samlingene kommer fra pakken.
export { collections } from '${PACKAGE_NAME}/collections';
`;

export const GITIGNORE = 'node_modules/\ndist/\n.astro/\n';

/** Every file of the site, by path from its folder. */
export function siteFiles(
  options: ScaffoldOptions,
  content: Content,
  today: string,
  topicName?: TopicName,
): Map<string, string> {
  return new Map([
    ['package.json', sitePackageJson(options.config.kommune.navn, options.packageSpec)],
    ['astro.config.mjs', ASTRO_CONFIG],
    ['src/content.config.ts', CONTENT_CONFIG],
    [CONFIG_FILE, configFile(options)],
    ...localFiles(options.config, content, today, topicName),
    ['README.md', siteReadme(options.config)],
    ['.gitignore', GITIGNORE],
    ['.nvmrc', '24\n'],
    ['.github/workflows/pages.yml', sitePagesWorkflow()],
  ]);
}
