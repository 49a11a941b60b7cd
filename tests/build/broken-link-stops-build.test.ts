/**
 * A fixture build: a copy of the project where a page links to a page and to an anchor that do not
 * exist must fail `astro build`, naming the page's file, each link, and how to fix it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { astroBuild, copyProject } from './project-copy.ts';

let copy: string;

beforeAll(() => {
  copy = copyProject('handbok-broken-link-', { full: true });
  const page = path.join(copy, 'content/docs/personvern.mdx');
  fs.appendFileSync(
    page,
    '\nLes også [Bergen](/retningslinjer/bergen/) og [slik sletter du](/personvern/#slik-sletter-du-dt).\n',
  );
});

afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

it('stops the build on a broken internal link or anchor and says where and how to fix it', () => {
  const { status, output } = astroBuild(copy, copy);
  expect(status, output).not.toBe(0);
  expect(output).toContain('Lenkekontrollen fant 2 lenker som ikke virker');
  expect(output).toContain(
    'content/docs/personvern.mdx › lenken «/retningslinjer/bergen/» på /personvern/: Lenken peker til en side eller fil som ikke finnes.',
  );
  expect(output).toContain(
    'content/docs/personvern.mdx › lenken «/personvern/#slik-sletter-du-dt» på /personvern/: Ankeret «#slik-sletter-du-dt» finnes ikke på siden lenken peker til. Slik retter du det: mente du «#slik-sletter-du-det»?',
  );
});
