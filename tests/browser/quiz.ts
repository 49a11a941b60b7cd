/** Taking the self-test in a browser test: answering the question on screen, and reading where the test is. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Picks the right (or a wrong) answer for the question on screen, using the questions the test fetched. */
export async function answer(page: Page, right: boolean, { keyboard = false } = {}) {
  const legend = (await page.locator('[data-quiz] legend').textContent())!.trim();
  const choices = await page.evaluate(
    async ({ legend, right }) => {
      const url = document.querySelector<HTMLElement>('self-test')!.dataset.questions!;
      const bank = (await (await fetch(url)).json()) as Array<{
        question: string;
        options: Array<{ text: string; correct: boolean }>;
      }>;
      const options = bank.find((q) => q.question === legend)!.options;
      const wanted = right ? options.filter((o) => o.correct) : [options.find((o) => !o.correct)!];
      return wanted.map((o) => o.text);
    },
    { legend, right },
  );
  for (const text of choices) {
    const input = page.locator('[data-quiz]').getByLabel(text, { exact: true });
    if (keyboard) {
      await input.focus();
      await page.keyboard.press('Space');
    } else await input.check();
  }
  if (keyboard) {
    await page.locator('[data-quiz] button[type=submit]').focus();
    await page.keyboard.press('Enter');
  } else await page.getByRole('button', { name: 'Svar', exact: true }).click();
  await expect
    .poll(() => page.locator('[data-quiz-feedback]').textContent())
    .toContain(right ? 'Riktig.' : 'Ikke riktig.');
  const next = page.locator('[data-next]');
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-next'))).toBe(true);
  if (keyboard) await page.keyboard.press('Enter');
  else await next.click();
}

export const progress = async (page: Page) => (await page.locator('.quiz-progress').textContent()) ?? '';

/**
 * For a multiple-choice question on screen with two or more right options: chooses the first right
 * one and the first wrong one, submits, and returns the texts of what was found, missed and wrongly
 * chosen. Returns undefined, choosing nothing, for any other question.
 */
export async function answerPartly(page: Page) {
  const legend = (await page.locator('[data-quiz] legend').textContent())!.trim();
  const parts = await page.evaluate(async (legend) => {
    const url = document.querySelector<HTMLElement>('self-test')!.dataset.questions!;
    const bank = (await (await fetch(url)).json()) as Array<{
      question: string;
      type: string;
      options: Array<{ text: string; correct: boolean }>;
    }>;
    const q = bank.find((q) => q.question === legend)!;
    const right = q.options.filter((o) => o.correct).map((o) => o.text);
    const wrong = q.options.filter((o) => !o.correct).map((o) => o.text);
    if (q.type !== 'multiple' || right.length < 2 || wrong.length < 1) return undefined;
    return { found: right.slice(0, 1), missed: right.slice(1), wrong: wrong.slice(0, 1) };
  }, legend);
  if (!parts) return undefined;
  for (const text of [...parts.found, ...parts.wrong])
    await page.locator('[data-quiz]').getByLabel(text, { exact: true }).check();
  await page.getByRole('button', { name: 'Svar', exact: true }).click();
  await page.locator('[data-next]').waitFor();
  return parts;
}
