/**
 * After an update of the package, the check names what changed there that the site's own content
 * rests on: a shared rule that a local rule replaces, and a page or tree step a local page links to.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, demoTree, original } from './fixture.ts';
import { ruleFingerprint } from '../../src/lib/shared/fingerprint.ts';

const RULES = 'content/rules/demo.yaml';
const LOCAL_RULES = 'lokalt/regler/testvik.yaml';
const LOCAL_PAGE = 'lokalt/sider/testvik.mdx';
const TREE = 'content/trees/demo.yaml';

const localRule = (reviewed: string) => `- id: testvik-svar
  title: Svar samme dag
  text: Svar innen samme dag.
  source: demo
  section: Punkt 1
  audience: [publiserer]
  topics: [svartid]
  strength: skal
  replaces: [demo-svar-raskt]
${reviewed}`;

const localPage = (links: string) => `---
title: Testvik
audience: [publiserer]
sources: [demo]
review:
  lastReviewed: 2026-11-30
  owner: Redaksjonen
---

import { Rule } from 'handbok-sosiale-medier/components';

<Rule id="testvik-svar" />

${links}
`;

const tree = demoTree();

const fresh = `  reviewed: { demo-svar-raskt: ${ruleFingerprint({ title: 'Svar raskt', text: 'Svar innen en arbeidsdag.' })} }`;

describe('what a site rests on in the package', () => {
  it('is quiet while the replaced rule is as the site last read it and every link leads somewhere', () => {
    const problems = checkWith({
      [LOCAL_RULES]: localRule(fresh),
      [LOCAL_PAGE]: localPage('Se [treet](/beslutningstre/demo/sak/) og [siden](/demo/).'),
      [TREE]: tree,
    });
    expect(problems).toEqual([]);
  });

  it('names a replaced rule whose text changed in the package, with its new text and the command that marks it read', () => {
    const updated = original(RULES).replace('Svar innen en arbeidsdag.', 'Svar innen to timer.');
    // The package's own question on that rule is flagged too (for the package's editors); the site's is this one.
    const problems = checkWith({
      [RULES]: updated,
      [LOCAL_RULES]: localRule(fresh),
      [LOCAL_PAGE]: localPage(''),
    }).filter((p) => p.includes('lokalt/'));
    expect(problems).toMatchInlineSnapshot(`
      [
        "⚠ lokalt/regler/testvik.yaml › [0].reviewed.demo-svar-raskt (id testvik-svar): Regelen «demo-svar-raskt» som denne regelen erstatter, er endret i pakken siden dere sist leste den. Nå står det: «Svar raskt: Svar innen to timer.» Slik retter du det: les regelen i pakken, rett deres egen regel om det trengs, og kjør \`npm run regel-lest -- testvik-svar\`.",
      ]
    `);
  });

  it('asks for a record when a local rule has none', () => {
    const problems = checkWith({ [LOCAL_RULES]: localRule(''), [LOCAL_PAGE]: localPage('') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Det står ikke når dere sist leste regelen «demo-svar-raskt»');
  });

  it('stops on a local link to a tree step the package no longer has, and suggests the closest one', () => {
    const problems = checkWith({
      [LOCAL_RULES]: localRule(fresh),
      [LOCAL_PAGE]: localPage('Se [treet](/beslutningstre/demo/saken/).'),
      [TREE]: tree,
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "✖ lokalt/sider/testvik.mdx › linje 14: Lenken /beslutningstre/demo/saken/ går til et trinn i et beslutningstre som ikke finnes i pakken. Slik retter du det: mente du /beslutningstre/demo/sak/? Rett lenken.",
      ]
    `);
  });
});

describe('a page of the site’s own at an address the package has a page at', () => {
  const DEMO_PAGE = 'lokalt/sider/demo.mdx';
  const ownDemo = (mark: string) =>
    `---\ntitle: Vår demoside\naudience: [publiserer]\nsources: [demo]\n${mark}review:\n  lastReviewed: 2026-11-30\n  owner: Redaksjonen\n---\n\n` +
    `import { Rules } from 'handbok-sosiale-medier/components';\n\n` +
    // The replaced page's rules must be shown somewhere still: here.
    `Vår egen tekst.\n\n<Rules ids={["demo-svar-raskt", "demo-ikke-saksbehandling"]} />\n`;

  it('stops the check, naming both files, unless the page says it replaces the package’s', () => {
    expect(checkWith({ [DEMO_PAGE]: ownDemo('') })).toEqual([
      '✖ lokalt/sider/demo.mdx › replacesPackagePage: Siden har samme adresse (/demo/) som pakkens side content/docs/demo.mdx. ' +
        'Slik retter du det: vil du bruke din side i stedet for pakkens, skriv `replacesPackagePage: true` i frontmatter ' +
        '(da får nettstedet ikke lenger pakkens rettelser i den siden); ellers gi fila et annet navn.',
    ]);
  });

  it('takes the package page’s place when marked, and says so as a warning each time', () => {
    expect(checkWith({ [DEMO_PAGE]: ownDemo('replacesPackagePage: true\n') })).toEqual([
      '⚠ lokalt/sider/demo.mdx › replacesPackagePage: Siden erstatter pakkens side /demo/ (content/docs/demo.mdx). ' +
        'Det pakken retter i den siden, kommer ikke med her. Slik retter du det: les pakkens side etter hver oppdatering ' +
        '(se CHANGELOG.md) og ta med det som er nytt, eller slett denne siden for å bruke pakkens.',
    ]);
  });

  it('reports a mark on a page that replaces nothing', () => {
    expect(checkWith({ ['lokalt/sider/egen.mdx']: ownDemo('replacesPackagePage: true\n') })).toEqual([
      '✖ lokalt/sider/egen.mdx › replacesPackagePage: Siden skal erstatte en side i pakken, men pakken har ingen side på /egen/. ' +
        'Slik retter du det: fjern replacesPackagePage, eller gi fila samme sti under lokalt/sider/ som siden i pakkens content/docs/ har.',
    ]);
  });
});

describe('the pages Astro builds when a page of the site’s own replaces the package’s', () => {
  it('leaves the package’s page out of the glob, so there is one page per address', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { pageGlob } = await import('../../src/content-loading/page-glob.ts');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-replaced-'));
    try {
      fs.cpSync(new URL('../fixtures/valid', import.meta.url), dir, { recursive: true });
      fs.mkdirSync(path.join(dir, 'lokalt/sider'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'lokalt/sider/demo.mdx'),
        '---\ntitle: Vår\naudience: [publiserer]\nsources: [demo]\nreplacesPackagePage: true\nreview:\n  lastReviewed: 2026-11-30\n  owner: R\n---\n',
      );
      const glob = pageGlob(dir, { examples: true });
      expect(glob).toContain('!content/docs/demo.mdx');
      expect(glob).not.toContain('!lokalt/sider/demo.mdx');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
