/**
 * Pure functions over a decision tree: URLs of its steps, the routes that lead to a node, the
 * advice text as blocks, and the compact map the in-page script needs to show «Dine svar».
 */
import { isQuestion, type Tree, type TreeNode } from '../../schemas/tree.ts';

export const TREE_BASE = '/beslutningstre/';

export const treeUrl = (treeId: string) => `${TREE_BASE}${treeId}/`;

/** The tree an address belongs to: `beslutningstre/ny-konto/mal/` → `ny-konto`; undefined for any other address. */
export const treeIdOf = (path: string): string | undefined =>
  path.startsWith(TREE_BASE) ? path.slice(TREE_BASE.length).split('/')[0] || undefined : undefined;

/** The start node lives at the tree's own URL; every other node at `<tree>/<node>/`. */
export const nodeUrl = (tree: Pick<Tree, 'id' | 'start'>, nodeId: string) =>
  nodeId === tree.start ? treeUrl(tree.id) : `${treeUrl(tree.id)}${nodeId}/`;

export const diagramUrl = (treeId: string) => `${treeUrl(treeId)}diagram/`;

export function nodeMap(tree: Tree): Map<string, TreeNode> {
  return new Map(tree.nodes.map((n) => [n.id, n]));
}

export interface Step {
  question: string;
  answer: string;
  nodeId: string;
}

/** Every route from the start to `target`, as the questions and answers on the way. At most `limit` routes. */
export function routesTo(tree: Tree, target: string, limit = 10): Step[][] {
  const nodes = nodeMap(tree);
  const routes: Step[][] = [];
  const walk = (id: string, path: Step[]) => {
    if (routes.length >= limit) return;
    if (id === target) return void routes.push(path);
    const node = nodes.get(id);
    if (!node || !isQuestion(node)) return;
    for (const option of node.options) {
      if (path.some((s) => s.nodeId === option.next)) continue; // never loop, even on bad data
      walk(option.next, [...path, { question: node.question, answer: option.label, nodeId: node.id }]);
    }
  };
  walk(tree.start, []);
  return routes;
}

export type AdviceBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Advice text → paragraphs and lists: blank lines separate blocks, lines starting with «- » are list items. */
export function adviceBlocks(advice: string): AdviceBlock[] {
  return advice
    .trim()
    .split(/\n\s*\n/)
    .map((block): AdviceBlock => {
      const lines = block.split('\n').map((l) => l.trim());
      if (lines.every((l) => l.startsWith('- '))) return { kind: 'list', items: lines.map((l) => l.slice(2).trim()) };
      return { kind: 'paragraph', text: lines.join(' ') };
    });
}

/**
 * What the in-page script needs to rebuild «Dine svar» from the URL: each question's text and its
 * options' labels and targets. Outcomes are not included; their pages are fetched.
 */
export interface TreeMap {
  id: string;
  start: string;
  questions: Record<string, { q: string; o: [label: string, next: string][] }>;
}

export function treeMap(tree: Tree): TreeMap {
  const questions: TreeMap['questions'] = {};
  for (const node of tree.nodes) {
    if (isQuestion(node)) questions[node.id] = { q: node.question, o: node.options.map((o) => [o.label, o.next]) };
  }
  return { id: tree.id, start: tree.start, questions };
}
