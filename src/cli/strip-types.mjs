/**
 * Lets Node load this package's TypeScript when it is installed in a site's node_modules. Node strips
 * types from .ts files itself, but refuses to for files under node_modules; the package ships its
 * source as TypeScript (Vite compiles it for the site), so the command line and Astro's loading of
 * astro.config.mjs need this hook. Registered with `--import` by handbok.mjs.
 */
import fs from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';

const PACKAGE_URL = new URL('../..', import.meta.url).href;

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith(PACKAGE_URL) || !url.includes('/node_modules/') || !url.endsWith('.ts'))
      return nextLoad(url, context);
    const source = stripTypeScriptTypes(fs.readFileSync(new URL(url), 'utf8'), { mode: 'strip', sourceUrl: url });
    return { format: 'module', source, shortCircuit: true };
  },
});
