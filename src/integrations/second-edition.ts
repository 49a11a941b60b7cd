/**
 * A site in both målformer (`beggeMalformer: true`, see src/config/edition.ts): when the main edition's
 * build is done, the same `astro build` runs again for the other målform, which builds into
 * `<outDir>/<målform>/` under `<base><målform>/`. Its link check and security headers then cover both
 * editions, which by then are both built. Must be the last step of the main edition's build.
 */
import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECOND_EDITION_ENV, type Edition } from '../config/edition.ts';
import { MALFORMS } from '../lib/shared/malform.ts';

/** The command that started this build, if it was Astro's own `astro build`; else that command, from the site's Astro. */
function buildCommand(root: string): string[] {
  const [script, command] = process.argv.slice(1);
  if (script && /astro(\.mjs)?$/.test(script) && command === 'build') return process.argv.slice(1);
  const astro = createRequire(path.join(root, 'package.json')).resolve('astro/package.json');
  return [path.join(path.dirname(astro), 'bin/astro.mjs'), 'build'];
}

const SITEMAP_INDEX = 'sitemap-index.xml';

/**
 * Adds the second edition's sitemaps (Starlight writes one per build when the site has an address)
 * to the main edition's index, so a search engine finds both from the site's root. False when either
 * build wrote none.
 */
export function mergeSitemaps(mainDir: string, secondDir: string): boolean {
  const main = path.join(mainDir, SITEMAP_INDEX);
  const second = path.join(secondDir, SITEMAP_INDEX);
  if (!fs.existsSync(main) || !fs.existsSync(second)) return false;
  const entries = fs.readFileSync(second, 'utf8').match(/<sitemap>[\s\S]*?<\/sitemap>/g) ?? [];
  const index = fs.readFileSync(main, 'utf8');
  fs.writeFileSync(main, index.replace('</sitemapindex>', `${entries.join('')}</sitemapindex>`));
  return true;
}

export function secondEdition(root: string, second: Edition): AstroIntegration {
  return {
    name: 'handbok:second-edition',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const name = MALFORMS[second.malform].toLowerCase();
        logger.info(`Bygger utgaven på ${name} under ${second.base} …`);
        const env: NodeJS.ProcessEnv = { ...process.env, [SECOND_EDITION_ENV]: second.malform };
        delete env.HANDBOK_MALFORM;
        const result = spawnSync(process.execPath, [...process.execArgv, ...buildCommand(root)], {
          cwd: root,
          env,
          stdio: 'inherit',
        });
        if (result.error) throw result.error;
        if (result.status !== 0)
          throw new Error(`Utgaven på ${name} ble ikke bygget (kode ${result.status}); se meldingene over.`);
        const out = fileURLToPath(dir);
        if (mergeSitemaps(out, path.join(out, second.malform))) logger.info('sitemap-index.xml viser begge utgavene.');
      },
    },
  };
}
