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
