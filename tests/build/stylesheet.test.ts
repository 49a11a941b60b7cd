/**
 * The site's styles come as one stylesheet that every page links and the browser caches, not as
 * <style> in each page's HTML (see docs/adr/0006-ett-stilark.md), and that stylesheet keeps
 * Starlight's order of cascade layers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT } from './dist.ts';
import { stylesheetsOf } from '../../scripts/bench/first-view.ts';
import { starlightLayerOrder } from '../../src/lib/build-setup/css-layer-order.ts';

const pages = builtPages();

describe('the stylesheet', () => {
  it('is one and the same on every page, with no <style> in the HTML', () => {
    const sheets = new Set<string>();
    for (const [url, html] of pages) {
      expect(html.match(/<style\b/g), `${url} har <style>`).toBeNull();
      const linked = stylesheetsOf(html);
      expect(linked, url).toHaveLength(1);
      sheets.add(linked[0]!);
    }
    expect([...sheets]).toHaveLength(1);
  });

  it('declares Starlight’s layer order before any rule', () => {
    const [sheet] = stylesheetsOf(pages.get('/')!);
    const css = fs.readFileSync(path.join(DIST, sheet!), 'utf8');
    expect(css.startsWith(starlightLayerOrder(ROOT))).toBe(true);
    expect(starlightLayerOrder(ROOT)).toMatch(/^@layer starlight\.base, .*starlight\.components, starlight\.utils;$/);
  });
});
