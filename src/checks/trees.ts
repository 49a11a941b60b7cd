/**
 * The graph check for decision trees, as a pure function: every target exists, every node can be
 * reached from the start, no cycles (so every path ends in an outcome), no duplicate node ids or
 * option labels, and every outcome rests on rules that exist. Each problem names the tree file and node.
 */
import type { Located } from '../content-loading/load.ts';
import { isOutcome, isQuestion, type Tree, type TreeNode } from '../schemas/tree.ts';
import { unknownIdFix } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';

/** Node ids that would clash with the tree's own pages. */
export const RESERVED_NODE_IDS = new Set(['diagram']);

export function checkTree(tree: Located<Tree>, ruleIds: Set<string>): Problem[] {
  const { file, data } = tree;
  const problems: Problem[] = [];
  const at = (node: string) => `node ${node}`;
  const nodes = new Map<string, TreeNode>();

  for (const node of data.nodes) {
    if (nodes.has(node.id)) {
      problems.push({ file, where: at(node.id), message: `Noden «${node.id}» finnes to ganger i treet.`, fix: 'gi den ene noden en annen id.' });
    }
    if (RESERVED_NODE_IDS.has(node.id)) {
      problems.push({ file, where: at(node.id), message: `«${node.id}» er reservert for en egen side i treet.`, fix: 'gi noden en annen id.' });
    }
    nodes.set(node.id, node);
  }

  const start = nodes.get(data.start);
  if (!start) {
    problems.push({ file, where: 'start', message: `Startnoden «${data.start}» finnes ikke.`, fix: unknownIdFix(data.start, nodes.keys(), 'nodes i samme fil') });
    return problems;
  }
  if (!isQuestion(start)) {
    problems.push({ file, where: at(start.id), message: 'Treet starter med et utfall, ikke et spørsmål.', fix: 'la «start» peke på det første spørsmålet.' });
  }

  for (const node of nodes.values()) {
    if (isQuestion(node)) {
      const labels = new Set<string>();
      node.options.forEach((option, i) => {
        const label = option.label.toLocaleLowerCase('nb');
        if (labels.has(label)) {
          problems.push({ file, where: `${at(node.id)}, options[${i}]`, message: `Svaralternativet «${option.label}» står to ganger.`, fix: 'skriv alternativene slik at de er ulike, eller slå dem sammen.' });
        }
        labels.add(label);
        if (!nodes.has(option.next)) {
          problems.push({
            file,
            where: `${at(node.id)}, options[${i}].next`,
            message: `Svaret «${option.label}» leder til «${option.next}», som ikke finnes.`,
            fix: unknownIdFix(option.next, nodes.keys(), 'nodes i samme fil'),
          });
        }
      });
    }
    if (isOutcome(node)) {
      node.rules.forEach((id, i) => {
        if (ruleIds.has(id)) return;
        problems.push({ file, where: `${at(node.id)}, rules[${i}]`, message: `Regelen «${id}» finnes ikke.`, fix: unknownIdFix(id, ruleIds, 'content/rules/') });
      });
    }
  }

  // Depth-first from the start: finds cycles (a node met again on the current path) and what is reachable.
  const reached = new Set<string>();
  const onPath = new Set<string>();
  const cycles = new Set<string>();
  const visit = (id: string) => {
    const node = nodes.get(id);
    if (!node) return;
    if (onPath.has(id)) {
      cycles.add(id);
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    onPath.add(id);
    if (isQuestion(node)) for (const option of node.options) visit(option.next);
    onPath.delete(id);
  };
  visit(start.id);

  for (const id of cycles) {
    problems.push({ file, where: at(id), message: `Treet går i ring: en vei fører tilbake til «${id}».`, fix: 'la svarene lede videre til nye spørsmål eller til et utfall, ikke tilbake.' });
  }
  for (const id of nodes.keys()) {
    if (reached.has(id)) continue;
    problems.push({ file, where: at(id), message: `Noden «${id}» kan ikke nås fra starten.`, fix: 'la et svar lede hit, eller fjern noden.' });
  }
  return problems;
}

export function checkTrees(trees: Located<Tree>[], ruleIds: Set<string>): Problem[] {
  return trees.flatMap((tree) => checkTree(tree, ruleIds));
}
