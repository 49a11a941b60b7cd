/**
 * A fixture build: a copy of the project with one broken rule must fail `astro build` with the
 * content check's message naming the file and field, and leave no site behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project-copy.ts';

let copy: string;

beforeAll(() => {
  copy = copyProject('handbok-bad-build-');
  fs.writeFileSync(
    path.join(copy, 'content/rules/zz-broken.yaml'),
    [
      '- id: zz-broken',
      '  title: Ødelagt',
      '  text: Regel uten gyldig målgruppe.',
      '  source: sunndal',
      '  section: 1',
      '  audience: [innbygger]',
      '  topics: [svartid]',
      '  strength: skal',
      '',
    ].join('\n'),
  );
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

it('stops the build on bad content and names the file and field', () => {
  const { status, output, outDir } = astroBuild(copy, copy);
  expect(status, output).not.toBe(0);
  expect(output).toContain('content/rules/zz-broken.yaml › [0].audience[0]');
  expect(output).toContain('Slik retter du det:');
  expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
});
