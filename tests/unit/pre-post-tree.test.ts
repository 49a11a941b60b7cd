/**
 * The sixth tree, «Er innlegget klart?», node by node: each option of each question leads to the node
 * this table names, every path from the start ends in an outcome, each outcome rests on rules that
 * exist, and the checks run on it find nothing. The wording of questions and advice is not asserted.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/checks/index.ts';
import { checkTree } from '../../src/checks/trees.ts';
import { knownRuleIds } from '../../src/content-loading/load.ts';
import { isOutcome, isQuestion, type Tree } from '../../src/schemas/tree.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { content } = checkContent(ROOT);
const located = content.trees.find((t) => t.data.id === 'er-innlegget-klart');
const tree = located?.data as Tree;
const node = (id: string) => tree.nodes.find((n) => n.id === id);

// Question → the node each of its options leads to, in the order they are shown.
const ROUTES: Record<string, string[]> = {
  personer: ['taushet', 'taushet', 'avklar-personvern'],
  taushet: ['bilder', 'fjern-det-som-er-unntatt'],
  bilder: ['video', 'video', 'legg-til-alt-tekst', 'tekst-i-bildet'],
  video: ['tone', 'tone', 'tekst-videoen', 'synstolk-videoen'],
  tone: ['kanal', 'publiser-som-kommunen', 'skriv-enklere'],
  kanal: ['arkiv', 'legg-det-pa-nettstedet', 'ikke-saksbehandling'],
  arkiv: ['klart', 'journalfor', 'sjekk-journalforing'],
};

// Outcome → the rules it must cite (at least these): what the issue asks the tree to check.
const OUTCOME_RULES: Record<string, string[]> = {
  'avklar-personvern': ['digdir-ikke-del-det-som-er-unntatt'],
  'fjern-det-som-er-unntatt': ['digdir-ikke-del-det-som-er-unntatt'],
  'legg-til-alt-tekst': ['uu-alt-tekst'],
  'tekst-i-bildet': ['uu-ikke-bilder-av-tekst'],
  'tekst-videoen': ['uu-tekst-video'],
  'synstolk-videoen': ['uu-synstolking'],
  'publiser-som-kommunen': ['ks-veikart-opptre-som-kommunen'],
  'skriv-enklere': ['ks-rapport-personlig-tone'],
  'legg-det-pa-nettstedet': ['uu-nettstedet-er-hovedkanalen'],
  'ikke-saksbehandling': ['ks-sosiale-medier-til-informasjon'],
  journalfor: ['digdir-tre-vilkar-for-journalforing'],
  'sjekk-journalforing': ['digdir-innholdet-avgjor-arkivering'],
  klart: ['digdir-uu-ansvar'],
};

describe('the tree «Er innlegget klart?»', () => {
  it('exists, for publishers, and starts with privacy', () => {
    expect(tree, 'content/trees/er-innlegget-klart.yaml').toBeDefined();
    expect(tree.title).toBe('Er innlegget klart?');
    expect(tree.audience).toContain('publiserer');
    expect(tree.start).toBe('personer');
  });

  it('passes the tree check: every answer leads somewhere, every node is reached, no cycle', () => {
    expect(checkTree(located!, knownRuleIds(content))).toEqual([]);
  });

  it('has exactly the questions and outcomes of the tables', () => {
    expect(
      tree.nodes
        .filter(isQuestion)
        .map((n) => n.id)
        .sort(),
    ).toEqual(Object.keys(ROUTES).sort());
    expect(
      tree.nodes
        .filter(isOutcome)
        .map((n) => n.id)
        .sort(),
    ).toEqual(Object.keys(OUTCOME_RULES).sort());
  });

  it.each(Object.entries(ROUTES).flatMap(([id, targets]) => targets.map((target, index) => ({ id, index, target }))))(
    '$id: option $index leads to $target',
    ({ id, index, target }) => {
      const question = node(id);
      expect(question && isQuestion(question), `${id} is a question`).toBe(true);
      if (!question || !isQuestion(question)) return;
      expect(question.options).toHaveLength(ROUTES[id]!.length);
      expect(question.options[index]!.next).toBe(target);
      expect(node(target), `${target} exists`).toBeDefined();
    },
  );

  it('reaches an outcome on every path from the start', () => {
    const ends = new Set<string>();
    const walk = (id: string, seen: string[]): void => {
      const current = node(id)!;
      expect(seen, `cycle at ${id}`).not.toContain(id);
      if (isOutcome(current)) return void ends.add(id);
      for (const option of current.options) walk(option.next, [...seen, id]);
    };
    walk(tree.start, []);
    expect([...ends].sort()).toEqual(Object.keys(OUTCOME_RULES).sort());
  });

  it.each(Object.entries(OUTCOME_RULES))('outcome %s names what to fix and cites rules that exist', (id, rules) => {
    const outcome = node(id);
    expect(outcome && isOutcome(outcome), `${id} is an outcome`).toBe(true);
    if (!outcome || !isOutcome(outcome)) return;
    expect(outcome.rules).toEqual(expect.arrayContaining(rules));
    const known = new Set(content.rules.map((r) => r.data.id));
    for (const rule of outcome.rules) expect(known.has(rule), `${id} cites ${rule}`).toBe(true);
    // Every outcome but the last tells the reader what to change.
    if (id !== 'klart' && id !== 'sjekk-journalforing') expect(outcome.advice).toMatch(/^- /m);
  });

  it('builds on the sources of the rules it cites', () => {
    const sourceOf = new Map(content.rules.map((r) => [r.data.id, r.data.source]));
    const cited = new Set(tree.nodes.filter(isOutcome).flatMap((n) => n.rules.map((r) => sourceOf.get(r)!)));
    expect([...cited].filter((s) => !tree.sources.includes(s))).toEqual([]);
  });
});
