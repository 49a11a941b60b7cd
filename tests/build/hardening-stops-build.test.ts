/**
 * The content check's hardening (issue 16) works inside `astro build` too, where Astro loads the
 * check through its own module loader: a copy of the project with a misspelt prop in a page and an
 * interface text missing from nn.json stops at the check, naming both, before MDX is compiled.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project-copy.ts';

const PAGE = 'content/docs/roller/ansatt.mdx';
const NN = 'content/i18n/nn.json';
let copy: string;

beforeAll(() => {
  copy = copyProject('handbok-hardening-build-');
  const page = path.join(copy, PAGE);
  fs.writeFileSync(
    page,
    fs.readFileSync(page, 'utf8').replace('<Cite source="ks-veikart"', '<Cite sorce="ks-veikart"'),
  );
  const nn = JSON.parse(fs.readFileSync(path.join(copy, NN), 'utf8'));
  delete nn['handbok.selftest.privacy'];
  fs.writeFileSync(path.join(copy, NN), JSON.stringify(nn, null, 2));
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

it('stops the build on a misspelt prop and a missing interface text, with the check’s messages', () => {
  const { status, output, outDir } = astroBuild(copy, copy);
  expect(status, output).not.toBe(0);
  expect(output).toContain(
    `${PAGE} › linje 30: <Cite> har ingen egenskap som heter «sorce». Slik retter du det: mente du «source»?`,
  );
  expect(output).toContain(`${NN} › handbok.selftest.privacy: Teksten «handbok.selftest.privacy» mangler`);
  expect(output).not.toContain('MDXError');
  expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
});
