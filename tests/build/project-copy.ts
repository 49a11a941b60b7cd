/**
 * Separate builds for tests, each with its own output and cache folders so they never touch
 * `dist/`: `astroBuild` in the project itself (for a different setting), or in a `copyProject` copy
 * (for different content; such a build stops at the content check, before Vite bundles anything).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './dist.ts';
import { copySiteFiles } from '../../scripts/bench/sites.ts';

/**
 * Copies what a build reads into a new temporary folder and returns its path. By default the copy is
 * in the system's temp folder with node_modules linked, which is enough for a build that stops at the
 * content check. `{ full: true }` puts it in `.tmp/` inside the project instead, so packages resolve
 * the ordinary way: Vite cannot bundle through a symlinked node_modules.
 */
export function copyProject(prefix: string, { full = false } = {}): string {
  if (full) fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const copy = fs.mkdtempSync(path.join(full ? path.join(ROOT, '.tmp') : os.tmpdir(), prefix));
  copySiteFiles(ROOT, copy, ['scripts']);
  if (!full) fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/**
 * The environment without what Vitest adds for its own Vite (`DEV=1`, `MODE=test`, `NODE_ENV=test`
 * …): a build that inherits them becomes a development site, without search.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(DEV|PROD|MODE|SSR|BASE_URL|TEST|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/** Runs `astro build` in `cwd` into `work/dist`, with its cache in `work/.cache`; returns the exit status and all output. */
export function astroBuild(
  cwd: string,
  work: string,
  env: Record<string, string> = {},
): { status: number | null; output: string; outDir: string } {
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...buildEnv(), HANDBOK_OUT_DIR: outDir, HANDBOK_CACHE_DIR: path.join(work, '.cache'), ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr, outDir };
}
