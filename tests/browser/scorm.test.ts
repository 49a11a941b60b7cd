/**
 * The SCORM package in a learning platform, played in Chromium: a local page plays the LMS with
 * scorm-again (a SCORM 1.2 run-time used by real platforms) and shows the package's launch file in an
 * iframe, from the package as unzipped. A learner passes a round (status `passed`, score 100); in a
 * new session a learner answers some wrong, closes the test in the middle, comes back, goes on from
 * `cmi.suspend_data`, and fails (status `failed`, a score below the pass mark). Without a platform the
 * package runs with localStorage, as the site does. Every request the package makes is to a file in
 * the package, and its Content Security Policy is never broken (the guard, tests/browser/guard.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../build/dist.ts';
import { launch } from './browser.ts';
import { Guard } from './guard.ts';
import { axeProblems } from './axe.ts';

const TEST = 'alle-ansatte';
const PASS_MARK = 80;
const require = createRequire(import.meta.url);
// scorm-again's browser build (`require` of scorm-again/scorm12), the script a platform page loads: it sets `window.Scorm12API`.
const SCORM_AGAIN = require.resolve('scorm-again/scorm12');

/** The platform: scorm-again's API in the top window, the package in an iframe, as Moodle shows a SCO. */
const LMS_PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>LMS</title><script src="/lms/scorm12.js"></script></head>
<body><iframe id="sco" title="Selvtest" style="width: 100%; height: 90vh"></iframe></body></html>`;

interface Served {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

/** Serves the unzipped package under /pkg/, and the LMS page and scorm-again under /lms/. Records every path asked for. */
async function serve(files: Record<string, Uint8Array>): Promise<Served> {
  const requests: string[] = [];
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.xml': 'application/xml',
  };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const body =
      pathname === '/lms/'
        ? Buffer.from(LMS_PAGE)
        : pathname === '/lms/scorm12.js'
          ? fs.readFileSync(SCORM_AGAIN)
          : pathname.startsWith('/pkg/')
            ? files[pathname.slice('/pkg/'.length)]
            : undefined;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type':
        types[path.extname(pathname)] ?? (pathname.endsWith('/') ? types['.html']! : 'application/octet-stream'),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Cmi = Record<string, unknown>;

/** A new LMS session: a fresh scorm-again API with what the platform stored last time, and the package launched in the iframe. */
async function startSession(page: Page, stored?: Cmi): Promise<Frame> {
  await page.evaluate((stored) => {
    const w = window as unknown as {
      API: unknown;
      Scorm12API: new (settings: object) => { loadFromJSON(json: object): void };
    };
    // The status and score asserted are the package's own: the LMS does not work them out from the mastery score.
    const api = new w.Scorm12API({ mastery_override: false, autocommit: false, lmsCommitUrl: false, logLevel: 5 });
    if (stored) api.loadFromJSON(stored);
    w.API = api;
    document.querySelector<HTMLIFrameElement>('#sco')!.src = '/pkg/index.html';
  }, stored);
  const frame = await (await page.waitForSelector('#sco')).contentFrame();
  await frame!.waitForURL(/\/pkg\/index\.html$/);
  await frame!.waitForSelector('[data-quiz]:not([hidden])');
  return frame!;
}

/** What the LMS holds now, read through its API as a platform would store it. */
const lmsValue = (page: Page, element: string) =>
  page.evaluate(
    (element) => (window as unknown as { API: { LMSGetValue(e: string): string } }).API.LMSGetValue(element),
    element,
  );

/** Answers the question on screen right or wrong, from the questions in the package, and goes on. */
async function answer(frame: Frame, right: boolean) {
  const legend = (await frame.locator('[data-quiz] legend').textContent())!.trim();
  const texts = await frame.evaluate(
    ({ legend, right }) => {
      const bank = JSON.parse(document.querySelector('script[data-bank]')!.textContent!) as Array<{
        question: string;
        options: Array<{ text: string; correct: boolean }>;
      }>;
      const options = bank.find((q) => q.question === legend)!.options;
      return (right ? options.filter((o) => o.correct) : [options.find((o) => !o.correct)!]).map((o) => o.text);
    },
    { legend, right },
  );
  for (const text of texts) await frame.locator('[data-quiz]').getByLabel(text, { exact: true }).check();
  await frame.getByRole('button', { name: 'Svar', exact: true }).click();
  await frame.locator('[data-next]').click();
}

const progress = async (frame: Frame) => (await frame.locator('.quiz-progress').textContent()) ?? '';

describe('the SCORM package in a learning platform (scorm-again)', () => {
  let served: Served;
  let raw: Browser;
  let browser: Browser;
  const guard = new Guard(() => served.url);

  beforeAll(async () => {
    requireDist();
    const files = unzipSync(fs.readFileSync(path.join(DIST, 'selvtest', TEST, 'scorm.zip')));
    served = await serve(files);
    raw = await launch();
    browser = guard.wrap(raw);
  });
  afterAll(async () => {
    await raw?.close();
    await served?.close();
  });

  it('reports passed and the score, then resumes a round from suspend_data and reports failed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.url}/lms/`);

    // First session: every answer right.
    let frame = await startSession(page);
    expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
    await frame.getByRole('button', { name: 'Start testen' }).click();
    for (let i = 0; i < 12; i++) await answer(frame, true);
    await expect.poll(() => frame.locator('#quiz-result-heading').textContent()).toBe('Du har bestått');
    expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('passed');
    expect(await lmsValue(page, 'cmi.core.score.raw')).toBe('100');
    expect(await lmsValue(page, 'cmi.core.score.min')).toBe('0');
    expect(await lmsValue(page, 'cmi.core.score.max')).toBe('100');

    // A new attempt: one wrong of the first two, then the learner closes the test.
    frame = await startSession(page);
    await frame.getByRole('button', { name: 'Start testen' }).click();
    await answer(frame, false);
    await answer(frame, true);
    expect(await progress(frame)).toBe('Spørsmål 3 av 12');
    const suspended = await lmsValue(page, 'cmi.suspend_data');
    const saved = JSON.parse(suspended) as { answers: Record<string, number[]>; position: number };
    expect(Object.keys(saved.answers)).toHaveLength(2);
    expect(saved.position).toBe(2);
    // Write-only for the SCO (LMSGetValue gives ""): read what the platform would store.
    const { cmi } = await page.evaluate(() =>
      (window as unknown as { API: { renderCMIToJSONObject(): { cmi: { core: Cmi } } } }).API.renderCMIToJSONObject(),
    );
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.lesson_status).toBe('incomplete');
    // SCORM 1.2 allows 4096 characters of suspend data.
    expect(suspended.length).toBeLessThan(4096);

    // The platform launches it again with what it stored: the round goes on where it was.
    await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#sco')!.removeAttribute('src'));
    frame = await startSession(page, {
      suspend_data: suspended,
      core: { lesson_status: cmi.core.lesson_status, entry: 'resume' },
    });
    expect(await progress(frame)).toBe('Spørsmål 3 av 12');
    // Two more wrong: 9 of 12 is 75 %, below the pass mark of 80 %.
    for (let i = 2; i < 12; i++) await answer(frame, i >= 10 ? false : true);
    await expect.poll(() => frame.locator('#quiz-result-heading').textContent()).toBe('Du har ikke bestått ennå');
    expect(await lmsValue(page, 'cmi.core.lesson_status')).toBe('failed');
    const score = Number(await lmsValue(page, 'cmi.core.score.raw'));
    expect(score).toBe(75);
    expect(score).toBeLessThan(PASS_MARK);
    // All of it went to the platform: nothing in the browser's storage.
    expect(await frame.evaluate(() => localStorage.length)).toBe(0);

    // Only the package's own files, and the LMS page around it, were ever asked for.
    const outside = served.requests.filter(
      (p) => !p.startsWith('/pkg/') && !p.startsWith('/lms/') && p !== '/favicon.ico',
    );
    expect(outside).toEqual([]);
    expect(new Set(served.requests.filter((p) => p.startsWith('/pkg/')))).toEqual(
      new Set(['/pkg/index.html', '/pkg/selvtest.js', '/pkg/selvtest.css']),
    );
    expect(await guard.take()).toEqual([]);
    await context.close();
  });

  it('runs without a platform, with localStorage, and says the result is not reported', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${served.url}/pkg/index.html`);
    await page.waitForSelector('[data-quiz]:not([hidden])');
    expect(await page.locator('.quiz-notice').textContent()).toContain('finner ikke læringsplattformen');
    // The package's own page, without Starlight around it, meets WCAG 2.1 AA too.
    expect(await axeProblems(page, 'pakken, start')).toEqual([]);
    await page.getByRole('button', { name: 'Start testen' }).click();
    await page.locator('[data-quiz] input').first().check();
    await page.getByRole('button', { name: 'Svar', exact: true }).click();
    await page.waitForSelector('[data-next]');
    expect(await axeProblems(page, 'pakken, tilbakemelding')).toEqual([]);
    // Afresh, to count the questions from the first.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Start testen' }).click();
    await answer(page.mainFrame(), true);
    await page.reload();
    await page.waitForSelector('[data-quiz]:not([hidden])');
    expect(await progress(page.mainFrame())).toBe('Spørsmål 2 av 12');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toEqual([expect.stringMatching(/^handbok:.*:selvtest:alle-ansatte:[0-9a-f]{8}$/)]);
    expect(await guard.take()).toEqual([]);
    await context.close();
  });
});
