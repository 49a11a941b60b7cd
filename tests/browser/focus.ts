/**
 * Where keyboard focus is, and whether a person can see it: the focused element must draw an
 * outline (any style but none, wider than 0) or a box shadow.
 */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  text: string;
  /** What shows the focus («outline solid 3px», «box-shadow …»), or null when nothing does. */
  indicator: string | null;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        ? `outline ${style.outlineStyle} ${style.outlineWidth}`
        : null;
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return { tag: el.tagName, id: el.id, text, indicator: outline ?? shadow };
  });
}

const describe = (f: Focused) => `<${f.tag.toLowerCase()}${f.id ? `#${f.id}` : ''}> «${f.text}»`;

/**
 * Presses Tab until `done` says stop (or focus has gone round the page once); returns every
 * element on the way whose focus cannot be seen. Throws if `done` never matched.
 */
export async function tabUntil(page: Page, done: (f: Focused) => boolean, { max = 200 } = {}): Promise<string[]> {
  const unseen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag !== 'BODY' && !f.indicator) unseen.push(describe(f));
    if (done(f)) return unseen;
  }
  throw new Error(`Fant ikke målet med Tab etter ${max} trykk; fokus er på ${describe(await focused(page))}`);
}

/** Tabs once round the whole page (until focus leaves it) and returns the elements whose focus cannot be seen. */
export async function tabRound(page: Page): Promise<{ reached: number; unseen: string[] }> {
  let reached = 0;
  const unseen = await tabUntil(page, (f) => (f.tag === 'BODY' ? true : (reached++, false)), { max: 400 });
  return { reached, unseen };
}
