/**
 * Measuring a laid-out page in Chromium: what sticks out past the viewport, and which words the
 * browser split over two lines. A word split by hyphenation is allowed (the browser adds a hyphen);
 * a word split without one, as `overflow-wrap: anywhere` or `word-break: break-all` do, is not.
 */
import type { Page } from 'playwright-core';

export interface Overflow {
  /** The document's scroll width and the viewport's width, in CSS pixels. */
  scrollWidth: number;
  viewport: number;
  /** Visible elements whose box reaches past the viewport's right edge, even inside a scroll box: «TABLE.matrix 529px». */
  wider: string[];
}

export function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    // Strict: a table that scrolls inside its own box still does not fit the screen. An element of 1 px
    // or less is text for screen readers only (Starlight's sr-only), which is clipped and never seen.
    const wider = [...document.body.querySelectorAll('*')]
      .filter(
        (el) =>
          el.checkVisibility() &&
          el.getBoundingClientRect().width > 1 &&
          el.getBoundingClientRect().right > viewport + 0.5,
      )
      .map(
        (el) =>
          `${el.tagName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, viewport, wider };
  });
}

/** The words inside `selector` that are laid out over two lines without hyphenation, as «Tjenesteled|eren». */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const broken: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const parent = node.parentElement!;
        if (!parent.checkVisibility()) continue;
        const style = getComputedStyle(parent);
        // Only hyphenation may split a word, and only when nothing else is allowed to.
        const onlyHyphens = style.hyphens === 'auto' && style.overflowWrap === 'normal' && style.wordBreak === 'normal';
        for (const word of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size < 2) continue;
          if (onlyHyphens) continue;
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          // Where the line ends inside the word, by the first line's right edge.
          let cut = 1;
          while (cut < word[0].length) {
            const r = document.createRange();
            r.setStart(node, word.index);
            r.setEnd(node, word.index + cut + 1);
            if (new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))).size > 1)
              break;
            cut++;
          }
          broken.push(`${word[0].slice(0, cut)}|${word[0].slice(cut)} (${rects.length} lines)`);
        }
      }
    }
    return broken;
  }, selector);
}
