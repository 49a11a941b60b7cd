/**
 * Fixture builds: a throw-away copy of the project that a test can break and then build, to prove
 * the build stops with a message an author can act on. The copy lives in the project's ignored
 * `tmp/` folder so it finds the project's node_modules by the normal lookup: a symlinked
 * node_modules makes Vite's bundling fail once the build gets past the content check.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './dist.ts';

/** Copies the project into a temporary folder and returns its path. */
export function copyProject(prefix: string): string {
  fs.mkdirSync(path.join(ROOT, 'tmp'), { recursive: true });
  const copy = fs.mkdtempSync(path.join(ROOT, 'tmp', prefix));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    if (fs.existsSync(path.join(ROOT, entry)))
      fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  return copy;
}

/** Runs `astro build` in a copy, into `<copy>/dist`; returns the exit status and everything it printed. */
export function buildCopy(copy: string): { status: number | null; output: string; outDir: string } {
  const outDir = path.join(copy, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, HANDBOK_OUT_DIR: outDir, HANDBOK_CACHE_DIR: path.join(copy, '.cache') },
  });
  return { status: result.status, output: result.stdout + result.stderr, outDir };
}
