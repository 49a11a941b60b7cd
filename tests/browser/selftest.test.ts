/**
 * A new hire taking the self-test in Chromium: fail, retake and pass, reload in the middle and keep
 * the answers, print the receipt; the same by keyboard only; damaged and blocked storage; deleting
 * what is stored; the bank pages without JavaScript; and nothing sent anywhere.
 */
import { handbook } from '../../src/config/index.ts';
import { describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';
import { answer, answerPartly, progress } from './quiz.ts';

const PATH = '/selvtest/alle-ansatte/';

const site = useSite();

describe('the self-test', () => {
  it('fails, retakes, survives a reload, passes and prints a receipt', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + PATH);
    await page.getByRole('button', { name: 'Start testen' }).click();
    expect(await progress(page)).toBe('Spørsmål 1 av 12');
    for (let i = 0; i < 12; i++) await answer(page, false);
    await expect.poll(() => page.locator('#quiz-result-heading').textContent()).toBe('Du har ikke bestått ennå');
    expect(await page.locator('.quiz-result li').count()).toBe(12);

    await page.getByRole('button', { name: 'Ta testen på nytt' }).click();
    for (let i = 0; i < 5; i++) await answer(page, true);
    expect(await progress(page)).toBe('Spørsmål 6 av 12');
    await page.reload();
    expect(await progress(page)).toBe('Spørsmål 6 av 12');
    for (let i = 5; i < 11; i++) await answer(page, true);
    await answer(page, false);
    await expect.poll(() => page.locator('#quiz-result-heading').textContent()).toBe('Du har bestått');
    expect(await page.locator('.quiz-result').textContent()).toContain('11 av 12 spørsmål (92 %)');

    await page.getByLabel('Navnet ditt (blir ikke lagret)').fill('Kari Nordmann');
    await page.getByRole('button', { name: 'Lag kvittering' }).click();
    const receipt = page.locator('.quiz-receipt');
    await expect.poll(() => receipt.textContent()).toContain('Kari Nordmann');
    const bank = await page.locator('self-test').getAttribute('data-bank');
    expect(await receipt.textContent()).toContain(`versjon ${bank}`);
    expect(await receipt.textContent()).toContain(handbook.kommune.navn);
    expect(await receipt.textContent()).toContain('Selvtest for alle ansatte');

    await page.evaluate(() => ((window as unknown as { printed: boolean }).printed = false, (window.print = () => ((window as unknown as { printed: boolean }).printed = true))));
    await page.getByRole('button', { name: 'Skriv ut kvitteringen' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility('.quiz-receipt dd')).toBe('visible');
    expect(await visibility('header')).toBe('hidden');
    expect(await visibility('.quiz-result > p')).toBe('hidden');
    // On paper the leader has labelled lines to write name, signature and date on.
    const lines = await receipt.locator('dt').evaluateAll((dts) =>
      dts
        .filter((dt) => dt.nextElementSibling!.textContent === '')
        .map((dt) => {
          const line = dt.nextElementSibling!;
          const style = getComputedStyle(line);
          const box = line.getBoundingClientRect();
          return {
            label: dt.textContent,
            shown: style.visibility === 'visible' && getComputedStyle(dt).visibility === 'visible',
            line: parseFloat(style.borderBottomWidth) >= 1 && style.borderBottomStyle !== 'none',
            room: box.width >= 150 && box.height >= 30,
          };
        }),
    );
    expect(lines).toEqual(['Lederens navn', 'Lederens underskrift', 'Dato'].map((label) => ({ label, shown: true, line: true, room: true })));

    // Nothing sent anywhere, no cookie, no CSP violation: the guard every browser test runs under
    // (tests/browser/guard.ts) checks these; here they are asserted where the answers are stored.
    expect(await context.cookies()).toEqual([]);
    expect(await site.problems()).toEqual([]);
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbok:')));
    expect(stored).toEqual([expect.stringMatching(/^handbok:.*:selvtest:alle-ansatte:[0-9a-f]{8}$/)]);
    await context.close();
  });

  it('says an answer is partly right, which options were right and which were missed, without contradiction', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + PATH);
    await page.getByRole('button', { name: 'Start testen' }).click();
    // The round is drawn at random: answer rightly until a multiple-choice question comes, retaking if none does.
    let parts: Awaited<ReturnType<typeof answerPartly>>;
    for (let asked = 0; !parts && asked < 120; asked++) {
      const retake = page.getByRole('button', { name: 'Ta testen på nytt' });
      if (await retake.isVisible()) await retake.click();
      parts = await answerPartly(page);
      if (!parts) await answer(page, true);
    }
    expect(parts).toBeDefined();
    const feedback = page.locator('[data-quiz-feedback]');
    expect(await feedback.locator('p').first().textContent()).toMatch(/^Delvis riktig\. Du fant 1 av \d+ riktige svar\./);
    // One verdict only: no «Ikke riktig.» and no «Riktig.» as a verdict of its own.
    expect(await feedback.locator('p > strong').allTextContents()).toEqual(['Delvis riktig.']);
    const listed = (heading: string) =>
      feedback.locator('div', { has: page.getByText(heading, { exact: true }) }).locator('li > strong').allTextContents();
    expect(await listed('Dette valgte du riktig:')).toEqual(parts!.found);
    expect((await listed('Dette var også riktig, men du valgte det ikke:')).sort()).toEqual([...parts!.missed].sort());
    expect(await listed('Dette var feil å velge:')).toEqual(parts!.wrong);
    // A screen reader hears the same verdict.
    await expect.poll(() => page.locator('[data-live]').textContent()).toContain('Delvis riktig.');
    await page.close();
  });

  it('can be taken, passed and the receipt printed with the keyboard alone', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + PATH);
    const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
    /** Presses Tab until the element matching `done` has focus; fails after 150 presses. */
    const tabTo = async (done: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
      for (let i = 0; i < 150; i++) {
        if (done(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`fant ikke målet med Tab; fokus er på ${JSON.stringify(await focused())}`);
    };
    await tabTo((f) => f.text === 'Start testen');
    await page.keyboard.press('Enter');
    expect((await focused()).tag).toBe('LEGEND');
    for (let i = 0; i < 12; i++) {
      await answer(page, true, { keyboard: true });
      if (i < 11) expect((await focused()).tag).toBe('LEGEND');
    }
    expect(await focused()).toMatchObject({ id: 'quiz-result-heading', text: 'Du har bestått' });
    await tabTo((f) => f.id === 'quiz-name');
    await page.keyboard.type('Ola Nordmann');
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ id: 'quiz-receipt-heading' });
    expect(await page.locator('.quiz-receipt').textContent()).toContain('Ola Nordmann');
    await page.evaluate(() => (window.print = () => ((window as unknown as { printed: boolean }).printed = true)));
    await tabTo((f) => f.text === 'Skriv ut kvitteringen');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await page.close();
  });

  it('starts afresh with a notice when the stored value is damaged, and deletes what is stored', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url + PATH);
    // Wait until the test has read its questions and storage: damage written earlier would be read
    // (and cleaned up) by this first load, not by the reload.
    await page.getByRole('button', { name: 'Start testen' }).waitFor();
    const key = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('self-test')!;
      return `handbok:${el.dataset.site}:selvtest:${el.dataset.test}:${el.dataset.bank}`;
    });
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"round":'), key);
    await page.reload();
    expect(await page.locator('.quiz-notice').textContent()).toContain('kunne ikke leses');
    await page.getByRole('button', { name: 'Start testen' }).click();
    await answer(page, true);
    expect(await page.evaluate((key) => localStorage.getItem(key), key)).not.toBeNull();
    await page.getByRole('button', { name: 'Slett lagrede svar' }).click();
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':selvtest:')))).toEqual([]);
    expect(await page.getByRole('button', { name: 'Start testen' }).isVisible()).toBe(true);
    await page.close();
  });

  it('runs in memory and says so when storage is blocked', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    // Starlight's own theme script also touches localStorage and logs errors here; the test is
    // about the self-test carrying on.
    const page = await context.newPage();
    await page.goto(site.url + PATH);
    expect(await page.locator('.quiz-notice').textContent()).toContain('lar ikke siden lagre');
    await page.getByRole('button', { name: 'Start testen' }).click();
    await answer(page, true);
    expect(await progress(page)).toBe('Spørsmål 2 av 12');
    await context.close();
  });

  it('links to the whole bank as fieldsets with answers in disclosures without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url + PATH);
    expect(await page.locator('[data-quiz]').isHidden()).toBe(true);
    await page.locator('[data-question-bank]').getByRole('link', { name: /spørsmålene med svar/ }).click();
    expect(new URL(page.url()).pathname).toBe(`${PATH}sporsmal/`);
    const fieldsets = page.locator('fieldset.quiz-question');
    expect(await fieldsets.first().locator('legend').count()).toBe(1);
    expect(await fieldsets.first().locator('input').count()).toBeGreaterThanOrEqual(2);
    const details = fieldsets.first().locator('details');
    expect(await details.locator('summary').textContent()).toBe('Se svaret');
    await details.locator('summary').click();
    expect(await details.locator('a').first().isVisible()).toBe(true);
    // The other parts of the bank, linked from the first; together they hold more than one round.
    const parts = await page.getByRole('navigation', { name: 'Sidene med spørsmål' }).getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    let total = 0;
    for (const part of parts.length > 0 ? parts : [page.url()]) {
      await page.goto(part);
      total += await page.locator('fieldset.quiz-question').count();
    }
    expect(total).toBeGreaterThanOrEqual(12);
    await context.close();
  });
});
