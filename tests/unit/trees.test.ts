/**
 * The decision-tree graph check on small trees that break one rule each, and the pure helpers
 * the pages use. Real trees are tested node by node in tests/build/trees.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkTree } from '../../src/checks/trees.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { TreeSchema, type Tree } from '../../src/schemas/tree.ts';
import { adviceBlocks, nodeUrl, routesTo, TREE_BASE, treeIdOf, treeMap, treeUrl } from '../../src/lib/shared/trees.ts';

const RULES = new Set(['regel-a', 'regel-b']);
const FILE = 'content/trees/test.yaml';

const base = (): Tree =>
  TreeSchema.parse({
    id: 'test',
    title: 'Test',
    description: 'Et lite tre.',
    audience: ['ansatt'],
    sources: ['demo'],
    review: { lastReviewed: '2026-11-21', owner: 'Redaksjonen' },
    start: 'start',
    nodes: [
      { id: 'start', type: 'question', question: 'Hva gjelder det?', options: [{ label: 'A', next: 'mer' }, { label: 'B', next: 'svar-b' }] },
      { id: 'mer', type: 'question', question: 'Mer?', options: [{ label: 'Ja', next: 'svar-a' }, { label: 'Nei', next: 'svar-b' }] },
      { id: 'svar-a', type: 'outcome', title: 'Gjør A', advice: 'Gjør A.', rules: ['regel-a'] },
      { id: 'svar-b', type: 'outcome', title: 'Gjør B', advice: 'Gjør B.\n\n- én\n- to', rules: ['regel-b'] },
    ],
  });

const problems = (tree: Tree) => checkTree({ file: FILE, data: tree }, RULES).map(formatProblem);
const question = (tree: Tree, id: string) => tree.nodes.find((n) => n.id === id) as Extract<Tree['nodes'][number], { type: 'question' }>;

describe('checkTree', () => {
  it('accepts a sound tree', () => expect(problems(base())).toEqual([]));

  it.each([
    ['a dangling target', (t: Tree) => void (question(t, 'mer').options[0]!.next = 'finnes-ikke'), 'node mer, options[0].next'],
    ['an unreachable node', (t: Tree) => void t.nodes.push({ id: 'glemt', type: 'outcome', title: 'x', advice: 'x', rules: ['regel-a'] }), 'node glemt'],
    ['a cycle', (t: Tree) => void (question(t, 'mer').options[1]!.next = 'start'), 'node start'],
    ['a dead end (a question leading nowhere)', (t: Tree) => void (question(t, 'mer').options = [{ label: 'Ja', next: 'tom' }, { label: 'Nei', next: 'tom' }]), 'node mer, options[0].next'],
    ['an unknown rule', (t: Tree) => void ((t.nodes[2] as { rules: string[] }).rules = ['regel-x']), 'node svar-a, rules[0]'],
    ['a duplicate option label', (t: Tree) => void (question(t, 'mer').options[1]!.label = 'ja'), 'node mer, options[1]'],
    ['a duplicate node id', (t: Tree) => void t.nodes.push({ id: 'svar-a', type: 'outcome', title: 'y', advice: 'y', rules: ['regel-a'] }), 'node svar-a'],
    ['a missing start', (t: Tree) => void (t.start = 'begynn'), 'start'],
    ['a start that is an outcome', (t: Tree) => void (t.start = 'svar-a'), 'node svar-a'],
    ['a reserved node id', (t: Tree) => void (question(t, 'start').options[1]!.next = 'diagram', t.nodes.push({ id: 'diagram', type: 'outcome', title: 'd', advice: 'd', rules: ['regel-a'] })), 'node diagram'],
  ])('rejects %s, naming the tree file and node', (_name, breakIt, where) => {
    const tree = base();
    breakIt(tree);
    const found = problems(tree);
    expect(found.some((p) => p.startsWith(`✖ ${FILE} › ${where}:`)), found.join('\n')).toBe(true);
  });

  it('requires at least two options and at least one rule (schema)', () => {
    const raw = JSON.parse(JSON.stringify(base()));
    raw.nodes[1].options = [raw.nodes[1].options[0]];
    raw.nodes[2].rules = [];
    const result = TreeSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['nodes.1.options', 'nodes.2.rules']);
  });
});

describe('tree helpers', () => {
  const tree = base();

  it('gives the start node the tree URL and every other node its own', () => {
    expect(nodeUrl(tree, 'start')).toBe('/beslutningstre/test/');
    expect(nodeUrl(tree, 'svar-a')).toBe('/beslutningstre/test/svar-a/');
  });

  it('finds every route to an outcome', () => {
    expect(routesTo(tree, 'svar-b').map((r) => r.map((s) => s.answer))).toEqual([['A', 'Nei'], ['B']]);
    expect(routesTo(tree, 'svar-a')).toHaveLength(1);
  });

  it('splits advice into paragraphs and lists', () => {
    expect(adviceBlocks('Gjør B.\nNå.\n\n- én\n- to')).toEqual([
      { kind: 'paragraph', text: 'Gjør B. Nå.' },
      { kind: 'list', items: ['én', 'to'] },
    ]);
  });

  it('maps questions for the in-page script, without outcomes', () => {
    expect(treeMap(tree)).toEqual({
      id: 'test',
      start: 'start',
      questions: {
        start: { q: 'Hva gjelder det?', o: [['A', 'mer'], ['B', 'svar-b']] },
        mer: { q: 'Mer?', o: [['Ja', 'svar-a'], ['Nei', 'svar-b']] },
      },
    });
  });
});

describe('tree addresses', () => {
  it('are owned by one module: the tree of an address, or none', () => {
    expect(treeIdOf(treeUrl('ny-konto'))).toBe('ny-konto');
    expect(treeIdOf(`${treeUrl('ny-konto')}mal/`)).toBe('ny-konto');
    expect(treeIdOf(TREE_BASE)).toBeUndefined();
    expect(treeIdOf('/ks-veikart/')).toBeUndefined();
  });
});
