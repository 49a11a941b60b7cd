/**
 * A fixture build: a copy of the project with one broken rule must fail `astro build` with the
 * content check's message naming the file and field, and leave no site behind.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from './dist.ts';

let copy: string;

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-bad-build-'));
  for (const entry of ['astro.config.mjs', 'handbok.config.ts', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    if (fs.existsSync(path.join(ROOT, entry))) fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(copy, 'content/rules/zz-broken.yaml'),
    ['- id: zz-broken', '  title: Ødelagt', '  text: Regel uten gyldig målgruppe.', '  source: sunndal', '  section: 1', '  audience: [innbygger]', '  topics: [svartid]', '  strength: skal', ''].join('\n'),
  );
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

it('stops the build on bad content and names the file and field', () => {
  const outDir = path.join(copy, 'dist');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, HANDBOK_OUT_DIR: outDir, HANDBOK_CACHE_DIR: path.join(copy, '.cache') },
  });
  const output = result.stdout + result.stderr;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain('content/rules/zz-broken.yaml › [0].audience[0]');
  expect(output).toContain('Slik retter du det:');
  expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
});
