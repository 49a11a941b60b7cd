/**
 * The self-test with stored state it cannot trust, in Chromium: a saved state of the right shape but
 * wrong content, two tabs on the same test, and storage that fills up during the test. In each the
 * quiz shows a question (or the start, when nothing could be kept), the reader gets a notice, and no
 * script error reaches the page.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Saved } from '../../src/lib/browser/selftest/restore.ts';
import { storageKey } from '../../src/lib/browser/selftest/store.ts';
import { useSite } from './browser.ts';
import { answer, progress } from './quiz.ts';

const PATH = '/selvtest/alle-ansatte/';

const site = useSite();

/** What a stored state is made from: the test's question ids as the bank lists them, each with its number of options. */
interface Pool {
  ids: string[];
  options: Record<string, number>;
  version: string;
}

/** A page of its own in `context`, with the uncaught errors its scripts throw. */
async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url + PATH);
  return { page, errors };
}

/** The key the test stores its state under on this page, from the real storageKey(). */
const keyOf = (page: Page) =>
  page
    .evaluate(() => ({ ...document.querySelector<HTMLElement>('self-test')!.dataset }))
    .then((d) => storageKey(d.site!, d.test!, d.bank!));

const stored = async (page: Page): Promise<Saved> =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), await keyOf(page)))!);

/** A valid state: the pool's first 12 questions in order, options unshuffled, the first answered. */
function validState({ ids, options, version }: Pool): Saved {
  const order = ids.slice(0, 12);
  const unshuffled = (id: string) => Array.from({ length: options[id]! }, (_, i) => i);
  return {
    v: 1,
    bank: version,
    round: { seed: 1, order, optionOrder: Object.fromEntries(order.map((id) => [id, unshuffled(id)])) },
    answers: { [order[0]!]: [0] },
    position: 1,
  };
}

/**
 * Loads the test once, stores what `make` builds from the pool under the test's real key, and loads
 * again. The first load must have read storage before the value is written, or it would handle it.
 */
async function loadWith(make: (pool: Pool) => unknown) {
  const context = await site.browser.newContext();
  const { page, errors } = await openPage(context);
  await page.getByRole('button', { name: 'Start testen' }).waitFor();
  const pool: Pool = await page.evaluate(async () => {
    const el = document.querySelector<HTMLElement>('self-test')!;
    const bank = (await (await fetch(el.dataset.questions!)).json()) as { id: string; options: unknown[] }[];
    return {
      ids: bank.map((q) => q.id),
      options: Object.fromEntries(bank.map((q) => [q.id, q.options.length])),
      version: el.dataset.bank!,
    };
  });
  // One question more than a round, for an answer to a question outside it.
  expect(pool.ids.length).toBeGreaterThan(12);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    await keyOf(page),
    JSON.stringify(make(pool)),
  ] as const);
  await page.reload();
  return { context, page, errors };
}

const notice = (page: Page) => page.locator('.quiz-notice').textContent();
const legend = (page: Page) => page.locator('[data-quiz] legend');

const REPAIRED = 'kunne ikke brukes';

describe('the self-test with a stored state that does not fit the bank', () => {
  const cases: { name: string; make: (pool: Pool) => unknown; at: string }[] = [
    {
      name: 'an unknown question id',
      make: (pool) => {
        const s = validState(pool);
        s.round.order[1] = 'finnes-ikke';
        return s;
      },
      at: 'Spørsmål 2 av 12',
    },
    { name: 'position 999', make: (pool) => ({ ...validState(pool), position: 999 }), at: 'Spørsmål 2 av 12' },
    { name: 'position −1', make: (pool) => ({ ...validState(pool), position: -1 }), at: 'Spørsmål 1 av 12' },
    { name: 'position 1.5', make: (pool) => ({ ...validState(pool), position: 1.5 }), at: 'Spørsmål 2 av 12' },
    {
      name: 'an option index 99',
      make: (pool) => {
        const s = validState(pool);
        return { ...s, answers: { [s.round.order[0]!]: [99] }, position: 0 };
      },
      at: 'Spørsmål 1 av 12',
    },
    {
      name: 'duplicate ids in the order',
      make: (pool) => {
        const s = validState(pool);
        s.round.order[2] = s.round.order[0]!;
        return s;
      },
      at: 'Spørsmål 2 av 12',
    },
    {
      name: 'answers for questions not in the order',
      make: (pool) => {
        const s = validState(pool);
        return { ...s, answers: { ...s.answers, [pool.ids[12]!]: [1], 'finnes-ikke': [0] } };
      },
      at: 'Spørsmål 2 av 12',
    },
  ];

  it.each(cases)('keeps what is valid of $name, shows a question and says so', async ({ make, at }) => {
    const { context, page, errors } = await loadWith(make);
    await legend(page).waitFor();
    expect(await progress(page)).toBe(at);
    expect(await notice(page)).toContain(REPAIRED);
    // The repaired state is stored, so the next load resumes it without a notice.
    await page.reload();
    await legend(page).waitFor();
    expect(await progress(page)).toBe(at);
    expect(await page.locator('.quiz-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    {
      name: 'an empty order',
      make: (pool: Pool) => ({ ...validState(pool), round: { seed: 1, order: [], optionOrder: {} } }),
      says: 'kunne ikke leses',
    },
    {
      name: 'another bank version',
      make: (pool: Pool) => ({ ...validState(pool), bank: '00000000' }),
      says: 'endret siden sist',
    },
  ])('starts afresh from $name, says so, and the test can be taken', async ({ make, says }) => {
    const { context, page, errors } = await loadWith(make);
    await page.getByRole('button', { name: 'Start testen' }).click();
    await legend(page).waitFor();
    expect(await progress(page)).toBe('Spørsmål 1 av 12');
    expect(await notice(page)).toContain(says);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the self-test in two tabs', () => {
  it('keeps the answers given in either tab', async () => {
    const context = await site.browser.newContext();
    const a = await openPage(context);
    await a.page.getByRole('button', { name: 'Start testen' }).click();
    await answer(a.page, true);
    const b = await openPage(context);
    await legend(b.page).waitFor();
    expect(await progress(b.page)).toBe('Spørsmål 2 av 12');

    await answer(a.page, true);
    // The other tab follows: it shows the next open question, not the one just answered.
    await expect.poll(() => progress(b.page)).toBe('Spørsmål 3 av 12');
    expect(await notice(b.page)).toContain('åpen i en annen fane');
    await answer(b.page, false);
    await expect.poll(() => progress(a.page)).toBe('Spørsmål 4 av 12');

    for (const { page } of [a, b]) {
      await page.reload();
      await legend(page).waitFor();
      expect(await progress(page)).toBe('Spørsmål 4 av 12');
    }
    expect(Object.keys((await stored(a.page)).answers)).toHaveLength(3);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('keeps a delete in one tab when the other answers', async () => {
    const context = await site.browser.newContext();
    const a = await openPage(context);
    await a.page.getByRole('button', { name: 'Start testen' }).click();
    await answer(a.page, true);
    const before = await stored(a.page);
    const b = await openPage(context);
    await legend(b.page).waitFor();

    await a.page.getByRole('button', { name: 'Slett lagrede svar' }).click();
    await expect.poll(() => b.page.getByRole('button', { name: 'Start testen' }).isVisible()).toBe(true);
    expect(await notice(b.page)).toContain('slettet i en annen fane');
    await b.page.getByRole('button', { name: 'Start testen' }).click();
    await answer(b.page, true);

    // What is stored is the new round with its one answer, not the deleted one come back.
    const after = await stored(a.page);
    expect(after.round.seed).not.toBe(before.round.seed);
    expect(Object.keys(after.answers)).toHaveLength(1);
    await a.page.reload();
    await legend(a.page).waitFor();
    expect(await progress(a.page)).toBe('Spørsmål 2 av 12');
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});

describe('the self-test when storage fills up', () => {
  it('says so when an answer cannot be stored, and goes on', async () => {
    const context = await site.browser.newContext();
    // The store's probe and the round's first two writes succeed; every write after them is refused,
    // as a full localStorage does.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.includes(':selvtest:') && !key.endsWith(':probe') && ++writes > 2)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    const { page, errors } = await openPage(context);
    await page.getByRole('button', { name: 'Start testen' }).click();
    await answer(page, true);
    expect(await notice(page)).toContain('klarte ikke å lagre');
    expect(await progress(page)).toBe('Spørsmål 2 av 12');
    await answer(page, true);
    expect(await progress(page)).toBe('Spørsmål 3 av 12');
    expect(errors).toEqual([]);
    await context.close();
  });
});
