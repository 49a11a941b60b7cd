/** Every internal link in the built site lands on a page that exists, and on an anchor that exists there. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { findBrokenLinks, linkProblems, pageLinks } from '../../src/checks/links.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { pageSources } from '../../src/content-loading/page-sources.ts';
import { builtPages, DIST, ROOT } from './dist.ts';

it('has no broken internal links or anchors', () => {
  const pages = builtPages();
  const links = [...pages.values()].reduce((n, html) => n + (html.match(/<a\b[^>]*\shref="\//g)?.length ?? 0), 0);
  expect(links).toBeGreaterThan(1000);
  const summaries = new Map([...pages].map(([url, html]) => [url, pageLinks(html)]));
  const broken = findBrokenLinks(summaries, (pathname) => fs.existsSync(path.join(DIST, pathname)));
  expect(linkProblems(broken, pageSources(ROOT)).map(formatProblem)).toEqual([]);
});
