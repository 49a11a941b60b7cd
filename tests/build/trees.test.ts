/**
 * The decision trees as built: node by node, each option of each question links to the node it
 * declares, every step and outcome has its page, outcomes link to the rules they rest on, questions
 * stay out of search, and the tree script is only on tree pages and small.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, ROOT, builtContent, interfaceStrings } from './dist.ts';
import { isQuestion } from '../../src/schemas/tree.ts';
import { diagramUrl, nodeUrl } from '../../src/lib/shared/trees.ts';

const pages = builtPages();
const { content } = builtContent();
const trees = content.trees.map((t) => t.data);
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const stepOf = (html: string) => /<div data-step>([\s\S]*?)<\/div>\s*<p class="tree-actions">/.exec(html)?.[1] ?? '';

const options = trees.flatMap((tree) =>
  tree.nodes.filter(isQuestion).flatMap((node) =>
    node.options.map((option, index) => ({
      tree: tree.id,
      node: node.id,
      index,
      label: option.label,
      url: nodeUrl(tree, node.id),
      target: nodeUrl(tree, option.next),
    })),
  ),
);

describe('decision trees, node by node', () => {
  it('has six trees, with the questions and outcomes the issue asks for', () => {
    expect(trees.map((t) => t.id).sort()).toEqual([
      'er-innlegget-klart',
      'innbygger-har-skrevet',
      'kan-jeg-publisere',
      'kanalvelger',
      'ny-konto',
      'skal-dette-journalfores',
    ]);
  });

  it.each(options)('$tree › $node: «$label» leads to $target', ({ url, index, label, target }) => {
    const html = pages.get(url);
    expect(html, `${url} is built`).toBeDefined();
    const links = [...stepOf(html!).matchAll(/<a href="([^"]+)" data-tree-link="answer"[^>]*>([\s\S]*?)<\/a>/g)];
    expect(decode(links[index]![2]!.trim())).toBe(label);
    expect(links[index]![1]).toBe(target);
    expect(pages.has(target), `${target} is built`).toBe(true);
  });

  it('builds every outcome with its advice and links to each rule it rests on', () => {
    for (const tree of trees) {
      for (const node of tree.nodes) {
        if (isQuestion(node)) continue;
        const html = pages.get(nodeUrl(tree, node.id))!;
        expect(html, node.id).toContain(interfaceStrings()['handbok.tree.rulesHeading']!);
        for (const rule of node.rules) {
          const link = new RegExp(`href="([^"#]+)#${rule}"`).exec(html);
          expect(link, `${tree.id}/${node.id} links to ${rule}`).not.toBeNull();
          expect(pages.get(link![1]!), `${link![1]} exists`).toContain(`id="${rule}"`);
        }
      }
    }
  });

  it('keeps questions after the first out of search and lets outcomes and the first step be found', () => {
    for (const tree of trees) {
      for (const node of tree.nodes) {
        const html = pages.get(nodeUrl(tree, node.id))!;
        expect(html.includes('data-pagefind-body'), `${tree.id}/${node.id}`).toBe(
          !isQuestion(node) || node.id === tree.start,
        );
      }
      expect(pages.get(diagramUrl(tree.id))).not.toContain('data-pagefind-body');
    }
  });

  it('has a diagram of every tree naming every node', () => {
    for (const tree of trees) {
      const html = pages.get(diagramUrl(tree.id));
      expect(html, tree.id).toBeDefined();
      for (const node of tree.nodes)
        expect(html, `${tree.id}: ${node.id}`).toContain(`href="${nodeUrl(tree, node.id)}"`);
    }
  });

  it('loads the tree script only on tree pages, under 10 kB gzip', () => {
    const marker = 'customElements.define(`decision-tree`';
    for (const [url, html] of pages) {
      const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]
        .map((m) => m[1]!)
        .filter((s) => s.includes(marker));
      const isStep = url.startsWith('/beslutningstre/') && url !== '/beslutningstre/' && !url.endsWith('/diagram/');
      expect(scripts.length, url).toBe(isStep ? 1 : 0);
      if (isStep) expect(gzipSync(scripts[0]!).length).toBeLessThan(10 * 1024);
    }
  });
});
