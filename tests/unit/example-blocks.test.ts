/** The MDX plugin that leaves out the example blocks that do not apply, before a page is compiled. */
import { describe, expect, it } from 'vitest';
import { exampleBlocksPlugin, hiddenBlock } from '../../src/lib/build-setup/example-blocks-plugin.ts';

/** Runs the plugin's visitor over JSX nodes by name and returns the names it removed. */
function removed(examples: boolean, names: (string | null)[]): (string | null)[] {
  const plugin = exampleBlocksPlugin(examples);
  const out: (string | null)[] = [];
  // Only the node's name and the context's removeNode are used: the rest of Sätteri's types stay out.
  const ctx = { removeNode: (node: { name: string | null }) => out.push(node.name) } as never;
  for (const name of names) {
    plugin.mdxJsxFlowElement({ name } as never, ctx);
    plugin.mdxJsxTextElement({ name } as never, ctx);
  }
  return out;
}

const names = ['WithExamples', 'WithoutExamples', 'Cite', null];

describe('the example blocks plugin', () => {
  it('drops WithExamples, block and inline, when the examples are left out', () => {
    expect(hiddenBlock(false)).toBe('WithExamples');
    expect(removed(false, names)).toEqual(['WithExamples', 'WithExamples']);
  });

  it('drops WithoutExamples when the examples are included', () => {
    expect(hiddenBlock(true)).toBe('WithoutExamples');
    expect(removed(true, names)).toEqual(['WithoutExamples', 'WithoutExamples']);
  });
});
