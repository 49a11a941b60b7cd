/**
 * A Sätteri Markdown-tree plugin that drops `<WithExamples>` from MDX pages when the example
 * guidelines are left out, and `<WithoutExamples>` when they are included, before the page is
 * compiled. Dropping them here, not in the components, matters for two reasons:
 * - Astro renders a component's children before the component decides to show them, so a
 *   `<Cite source="sunndal" />` inside a hidden block would still fail the build.
 * - Headings inside a hidden block would still be listed in the page's table of contents.
 * The components (src/user-components/WithExamples.astro …) still check the setting themselves.
 */
import { defineMdastPlugin } from 'satteri';

/** The name of the block that is left out: `WithExamples` without the examples, else `WithoutExamples`. */
export const hiddenBlock = (examples: boolean) => (examples ? 'WithoutExamples' : 'WithExamples');

export function exampleBlocksPlugin(examples: boolean) {
  const hidden = hiddenBlock(examples);
  return defineMdastPlugin({
    name: 'handbok-example-blocks',
    mdxJsxFlowElement: (node, ctx) => {
      if (node.name === hidden) ctx.removeNode(node);
    },
    mdxJsxTextElement: (node, ctx) => {
      if (node.name === hidden) ctx.removeNode(node);
    },
  });
}
