/**
 * One read of the content per build. The Astro config (sidebar, left-out pages), the content check,
 * the collections' config and loaders, and the built pages all ask for the content, from modules
 * that Astro loads separately (each with its own copy of a module variable), so the last read is
 * kept on `globalThis`. It is used again for as long as the files under the content folders are the
 * same files, with the same size and modification time; a change (in `astro dev`, or a test that
 * edits a fixture) means a new read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentRoots } from './paths.ts';
import { walkFiles } from './walk.ts';

const KEY = Symbol.for('handbok.content-cache');
const FIXED = Symbol.for('handbok.content-fixed');
type Cache = { root: string; state: string; value: unknown };
const store = globalThis as typeof globalThis & { [KEY]?: Cache; [FIXED]?: boolean };

/** Every file under the content folders, with its size and modification time. */
function contentState(root: string): string {
  const files: string[] = [];
  // Broken symlinks are left out here: the content check reports them when it reads the folders.
  for (const dir of contentRoots(root)) {
    for (const file of walkFiles(root, dir).files) {
      const { size, mtimeMs } = fs.statSync(path.join(root, file));
      files.push(`${file} ${size} ${mtimeMs}`);
    }
  }
  return files.sort().join('\n');
}

/**
 * `astro build` calls this as it starts: the content does not change while the site builds, so from
 * the first read on, the folders are not walked again to see whether it has (each walk stats every
 * file, and a build asks for the content several times). The dev server keeps looking.
 */
export function contentFixedDuringBuild(): void {
  store[FIXED] = true;
}

/** `read(root)`, or its last result when nothing under the content folders has changed since. */
export function readOnce<T>(root: string, read: (root: string) => T): T {
  // The same folder, however it is written: the config has `/site/` (from its URL), pages `/site` (the working folder).
  const folder = path.resolve(root);
  const cached = store[KEY];
  if (store[FIXED] && cached?.root === folder) return cached.value as T;
  const state = contentState(folder);
  if (cached?.root === folder && cached.state === state) return cached.value as T;
  const value = read(root);
  store[KEY] = { root: folder, state, value };
  return value;
}
