/**
 * Privacy and security on every kind of page, in Chromium, with the Content Security Policy enforced
 * from both the meta tag and the header the site ships: no violation, search still works, no request
 * leaves the origin and no cookie is set. Then proof that the guard in guard.ts does catch each of them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { loadContent } from '../../src/content-loading/load.ts';
import { ROOT } from '../build/dist.ts';
import { diagramUrl, treeUrl } from '../../src/lib/shared/trees.ts';

const site = useSite();
const tree = loadContent(ROOT).content.trees[0]!.data;

interface Visit {
  page: Page;
  context: BrowserContext;
  requests: string[];
}

/** Opens `path` in a fresh context and records every request the page makes. */
async function visit(path: string): Promise<Visit> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => void requests.push(r.url()));
  const response = await page.goto(site.url + path);
  expect(response?.headers()['content-security-policy'], 'the test server sends the shipped policy').toContain(
    "frame-ancestors 'none'",
  );
  expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), 'the page carries the policy').toBe(
    1,
  );
  return { page, context, requests };
}

/** The end of every page type: nothing blocked, nothing sent elsewhere, no cookie. */
async function expectClean({ page, context, requests }: Visit): Promise<void> {
  // Give scripts that run on idle (the search index) a moment, by waiting for the page to be quiet.
  await page.waitForLoadState('networkidle');
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== site.url)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await site.problems()).toEqual([]);
  await context.close();
}

describe('every page type under the enforced policy', () => {
  it('the front page', async () => {
    await expectClean(await visit('/'));
  });

  it('a content page with a table of contents and a table', async () => {
    const v = await visit('/ks-rapport/topp-30/');
    expect(await v.page.locator('starlight-toc').count()).toBeGreaterThan(0);
    expect(await v.page.locator('th[style]').count(), 'the aligned column keeps its style attribute').toBeGreaterThan(
      0,
    );
    expect(
      await v.page
        .locator('th[style]')
        .first()
        .evaluate((el) => getComputedStyle(el).textAlign),
    ).toBe('right');
    await expectClean(v);
  });

  it('a decision tree: the start, a step reached by its script, and the diagram', async () => {
    const v = await visit(treeUrl(tree.id));
    await v.page.locator('a[data-tree-link="answer"]').first().click();
    await expect.poll(() => new URL(v.page.url()).pathname).not.toBe(treeUrl(tree.id));
    expect(new URL(v.page.url()).searchParams.get('svar'), 'the in-page script handled the click').not.toBeNull();
    await v.page.goto(site.url + diagramUrl(tree.id));
    expect(await v.page.locator('.tree-diagram').count()).toBe(1);
    await expectClean(v);
  });

  it('the self-test with an answer', async () => {
    const v = await visit('/selvtest/alle-ansatte/');
    await v.page.getByRole('button', { name: 'Start testen' }).click();
    await v.page.locator('[data-quiz] input').first().check();
    await v.page.getByRole('button', { name: 'Svar', exact: true }).click();
    await expect.poll(() => v.page.locator('[data-quiz-feedback]').textContent()).toMatch(/Riktig\.|Ikke riktig\./);
    await expectClean(v);
  });

  it('the search dialog, with a query that has results', async () => {
    const v = await visit('/');
    const button = v.page.locator('site-search button[data-open-modal]');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    const input = v.page.locator('#starlight__search input');
    await input.waitFor();
    await input.fill('taushetsplikt');
    await expect.poll(() => v.page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(
      v.requests.some((url) => url.endsWith('.wasm') || url.includes('/pagefind/wasm')),
      'Pagefind started its WebAssembly',
    ).toBe(true);
    await expectClean(v);
  });

  it('the theme switch, which Starlight runs from inline scripts', async () => {
    const v = await visit('/ordliste/');
    await v.page.locator('starlight-theme-select select').first().selectOption('light');
    expect(await v.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expectClean(v);
  });

  it('the page for an address that does not exist', async () => {
    const v = await visit('/finnes-ikke/');
    expect(await v.page.locator('h1').textContent()).toBeTruthy();
    await expectClean(v);
  });
});

describe('with the policy only in the meta tag, as on GitHub Pages', () => {
  it('still blocks nothing the site needs, and search works', async () => {
    const context = await site.browser.newContext();
    await context.route(`${site.url}/**`, async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(
        Object.entries(response.headers()).filter(([name]) => name !== 'content-security-policy'),
      );
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('#starlight__search input').fill('innbyggerdialog');
    await expect.poll(() => page.locator('.pagefind-ui__result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(await site.problems()).toEqual([]);
    // Search may still be loading result fragments through the route; let those go quietly.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });
});

describe('the guard that every browser test runs under', () => {
  /** The guard's findings so far in this test; `site.problems()` hands each one over only once. */
  const seen: string[] = [];
  const collected = async () => (seen.push(...(await site.problems())), [...seen]);
  beforeEach(() => void seen.splice(0));

  it('catches an inline script, and the policy stops it', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    // Blocked twice, once by the meta tag's policy and once by the header's: both are enforced.
    await expect.poll(async () => (await collected()).length).toBe(4);
    expect(seen.filter((p) => p.startsWith('CSP: script-src-elem blokkerte inline'))).toHaveLength(2);
    expect(seen.filter((p) => p.startsWith('CSP i konsollen: Executing inline script violates'))).toHaveLength(2);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.close();
  });

  it('catches a style attribute that has no hash', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + '/');
    await page.evaluate(() => document.querySelector('h1')!.setAttribute('style', 'color: red'));
    await expect.poll(async () => (await collected()).join('\n')).toMatch(/CSP: style-src-attr blokkerte inline/);
    await page.close();
  });

  it('catches a blocked style attribute with JavaScript turned off, from the console', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const policy = "style-src 'self'";
    await context.route(`${site.url}/proeve/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<meta http-equiv="content-security-policy" content="${policy}"><p style="color: red">Prøve</p>`,
      }),
    );
    const page = await context.newPage();
    await page.goto(`${site.url}/proeve/`);
    await expect
      .poll(async () => (await collected()).join('\n'))
      .toMatch(/^CSP i konsollen: Applying inline style violates/);
    await context.close();
  });

  it('catches a request to another origin and a cookie', async () => {
    // Without the policy, so that the request is made and not blocked first; answered locally.
    const context = await site.browser.newContext({ bypassCSP: true });
    await context.route('https://annen-vert.invalid/**', (route) => route.fulfill({ body: 'ok' }));
    const page = await context.newPage();
    await page.goto(site.url + '/');
    await page.evaluate(() => fetch('https://annen-vert.invalid/sporing').then((r) => r.text()));
    await expect.poll(collected).toEqual(['Forespørsel til en annen vert: https://annen-vert.invalid/sporing']);
    await page.evaluate(() => (document.cookie = 'sporing=1; path=/'));
    await context.close();
    expect(await collected()).toEqual([
      'Forespørsel til en annen vert: https://annen-vert.invalid/sporing',
      expect.stringMatching(/^Informasjonskapsel satt: sporing/),
    ]);
  });
});
