/** Reading the built site in `dist/` (made by `npm run build`, which `npm test` runs first). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPages } from '../../src/lib/post-build/built-pages.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { isMalform, type Malform } from '../../src/lib/shared/malform.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.resolve(ROOT, process.env.HANDBOK_OUT_DIR ?? 'dist');

/**
 * The målform of the build under test: `HANDBOK_MALFORM` as for the build (the nynorsk build tests run the
 * same files on `dist-nn/`), else bokmål, the demo site's.
 */
export const MALFORM: Malform = isMalform(process.env.HANDBOK_MALFORM ?? '')
  ? (process.env.HANDBOK_MALFORM as Malform)
  : 'nb';

/** The content as the build under test shows it: the texts in its målform. */
export const builtContent = () => loadContent(ROOT, { malform: MALFORM });

/** The interface strings of the build under test. */
export const interfaceStrings = (): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.join(ROOT, `content/i18n/${MALFORM}.json`), 'utf8'));

export function requireDist(): void {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(
      `Fant ikke det bygde nettstedet i ${DIST}. Kjør \`npm run build\` (for dist-nn/: \`npm run build:nn\`) først (\`npm test\` gjør det for deg).`,
    );
  }
}

/** URL → HTML of every built page in `dist/` (or in another built site's folder `dir`). */
export function builtPages(dir = DIST): Map<string, string> {
  if (dir === DIST) requireDist();
  return readBuiltPages(dir);
}
