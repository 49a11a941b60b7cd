/**
 * The example guidelines (Sunndal, Søgne, Tolga) are the guideline sources shipped in content/sources/.
 * Left out, their pages are not built; this pins that the real content is recognised as such.
 */
import { describe, expect, it } from 'vitest';
import { exampleSourceIds, loadContent } from '../../src/content-loading/load.ts';
import { excludedPageUrls } from '../../src/content-loading/page-glob.ts';

const root = process.cwd();

describe('the example guidelines', () => {
  it('are the three guideline sources shipped with the handbook', () => {
    const { content } = loadContent(root);
    expect([...exampleSourceIds(content)].sort()).toEqual(['sogne', 'sunndal', 'tolga']);
  });

  it('have their pages left out of the site only when excluded', () => {
    expect([...excludedPageUrls(root, { examples: false, withoutOwnRule: 'utelat' })].sort()).toEqual([
      '/retningslinjer/sogne-ansatte/',
      '/retningslinjer/sogne-saksbehandling/',
      '/retningslinjer/sogne/',
      '/retningslinjer/sunndal/',
      '/retningslinjer/tolga/',
    ]);
    expect(excludedPageUrls(root, { examples: true }).size).toBe(0);
  });

  it('stay, without a rule of the site’s own to replace theirs, when the config says to show the example', () => {
    // The demo content has no local rules: every example rule a tree or question cites is unreplaced.
    expect(excludedPageUrls(root, { examples: false, withoutOwnRule: 'vis-eksempel' }).size).toBe(0);
  });
});
