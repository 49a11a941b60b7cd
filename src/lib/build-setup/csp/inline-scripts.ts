/**
 * Hashes for the `<script is:inline>` blocks in Starlight's components and in our own overrides.
 * Astro hashes the scripts it bundles, but an inline script is copied into the page as it stands, so
 * Astro does not know it. These blocks are plain text without expressions, so hashing them from the
 * component source gives the same hash as the copy in the built page. They are read anew on every
 * build, so a Starlight upgrade that changes a script changes its hash too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cspHash } from './hash.ts';
import { starlightDist } from '../starlight-dist.ts';
import { packageDir } from '../../../content-loading/paths.ts';

const INLINE_SCRIPT = /<script\b(?=[^>]*\bis:inline\b)[^>]*>([\s\S]*?)<\/script>/g;

/** The text of each `<script is:inline>` element in an `.astro` source. */
export function inlineScriptBodies(source: string): string[] {
  return [...source.matchAll(INLINE_SCRIPT)].map((m) => m[1]!);
}

function astroFiles(dir: string): string[] {
  if (!fs.existsSync(dir))
    throw new Error(`Fant ikke ${dir}, der skriptene som må få en CSP-hash, ligger. Kjør \`npm install\`.`);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => path.join(dir, f));
}

/** Folders whose components may put an inline script on a page: Starlight's and ours. */
export function inlineScriptFolders(root: string): string[] {
  return [starlightDist(root), path.join(root, packageDir(root), 'src')];
}

/** Sorted, distinct hashes of every inline script in those folders. */
export function inlineScriptHashes(root: string): string[] {
  const bodies = inlineScriptFolders(root)
    .flatMap(astroFiles)
    .flatMap((f) => inlineScriptBodies(fs.readFileSync(f, 'utf8')));
  return [...new Set(bodies.map((body) => cspHash(body)))].sort();
}
