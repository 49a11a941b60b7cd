/**
 * The expiry notice on a page whose review is past due, in a nynorsk build: the site is built as it will
 * look on a later day (HANDBOK_BUILD_DATE), the day after the front page's review falls due, so the test
 * holds whatever day it runs. The front page then says it may be outdated, with owner and dates in
 * nynorsk, and /sider.json marks it; a page reviewed later that is not yet due has no notice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import site from 'virtual:handbok/site';
import { interfaceStrings, ROOT } from './dist.ts';
import { astroBuild } from './project-copy.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { contentOptions } from '../../src/config/content-options.ts';
import { addMonths } from '../../src/lib/shared/review-due.ts';
import { nodeUrl } from '../../src/lib/shared/trees.ts';
import { formatDate } from '../../src/lib/shared/format.ts';
import { readBuiltPages } from '../../src/lib/post-build/built-pages.ts';

// This file runs in the build-nn project (HANDBOK_MALFORM=nn), as its build does.
const nn = interfaceStrings();
const { content } = loadContent(site.root, contentOptions(site.config));
const byUrl = new Map(content.pages.map((p) => [p.url, p.fields.review]));
const front = byUrl.get('/')!;
const due = addMonths(front.lastReviewed, site.config.gjennomgangManeder);
/** The day after the front page falls due. */
const buildDay = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
// A page reviewed after the front page, with no interval of its own: still current on that day.
const current = [...byUrl].find(
  ([, r]) => r.intervalMonths === undefined && addMonths(r.lastReviewed, site.config.gjennomgangManeder) >= buildDay,
);

let work: string;
let outDir: string;
let output: string;
let pages: Map<string, string>;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-expiry-'));
  const result = astroBuild(ROOT, work, { HANDBOK_MALFORM: 'nn', HANDBOK_BUILD_DATE: buildDay });
  expect(result.status, result.output).toBe(0);
  outDir = result.outDir;
  output = result.output;
  pages = readBuiltPages(outDir);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const page = (url: string) => {
  const html = pages.get(url);
  if (!html) throw new Error(`${url} ble ikke bygd`);
  return html;
};

describe('the expiry notice, in nynorsk', () => {
  it('shows on a page past its review date, with its owner and dates in nynorsk', () => {
    const notice = page('/').match(/<div class="expiry-notice"[\s\S]*?<\/div>/)?.[0] ?? '';
    expect(notice).toContain(nn['handbok.expiry.title']);
    expect(notice).toContain(`innan ${formatDate(due, 'nn')}`);
    expect(formatDate(due, 'nn')).toMatch(
      /^\d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}$/,
    );
    expect(notice).toContain(`sist gjennomgått ${formatDate(front.lastReviewed, 'nn')}`);
    expect(notice).toContain(`Ansvarleg: ${nn['handbok.page.editorialTeam']}`);
    // Every step of a tree reviewed with the front page says so too; a page made from data has no one to review it.
    const tree = content.trees.find((t) => t.data.review.lastReviewed <= front.lastReviewed)!.data;
    expect(page(nodeUrl(tree, tree.nodes.at(-1)!.id))).toContain('class="expiry-notice"');
    expect(page('/utskrift/')).not.toContain('class="expiry-notice"');
    expect(page('/selvtest/')).not.toContain('class="expiry-notice"');
    // The content check of the same build lists the page as overdue.
    expect(output).toContain('content/docs/index.mdx › review.lastReviewed: Siden');
  });

  it('stays off a page that is not yet due, and /sider.json agrees', () => {
    expect(current, 'a page reviewed after the front page').toBeDefined();
    expect(page(current![0])).not.toContain('class="expiry-notice"');
    const list = JSON.parse(fs.readFileSync(path.join(outDir, 'sider.json'), 'utf8')) as {
      built: string;
      pages: Array<{ url: string; overdue: boolean }>;
    };
    expect(list.built).toBe(buildDay);
    const origin = new URL(site.config.nettsted.base, site.config.nettsted.url).href;
    expect(list.pages.find((p) => p.url === origin)?.overdue).toBe(true);
    expect(list.pages.find((p) => p.url === `${origin}${current![0].slice(1)}`)?.overdue).toBe(false);
  });
});
