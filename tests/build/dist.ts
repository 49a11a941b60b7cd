/** Reading the built site in `dist/` (made by `npm run build`, which `npm test` runs first). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPages } from '../../src/lib/post-build/built-pages.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.resolve(ROOT, process.env.HANDBOK_OUT_DIR ?? 'dist');

export function requireDist(): void {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`Fant ikke det bygde nettstedet i ${DIST}. Kjør \`npm run build\` først (\`npm test\` gjør det for deg).`);
  }
}

/** URL → HTML of every built page in `dist/` (or in another built site's folder `dir`). */
export function builtPages(dir = DIST): Map<string, string> {
  if (dir === DIST) requireDist();
  return readBuiltPages(dir);
}
