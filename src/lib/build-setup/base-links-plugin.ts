/**
 * A Sätteri HTML-tree plugin (Astro 7's Markdown processor) that puts the site's base path in front
 * of root-relative links in Markdown and MDX content: `[tekst](/ks-veikart/)` becomes
 * `/handbok/ks-veikart/` under base `/handbok/`. Authors keep writing `/ks-veikart/`. Components
 * with an `href` prop (LinkCard) go through `url()` in src/lib/site/urls.ts instead.
 */
import { defineHastPlugin } from 'satteri';
import { withBase } from '../shared/base-path.ts';

export function baseLinksPlugin(base: string) {
  return defineHastPlugin({
    name: 'handbok-base-links',
    element: [
      {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const fixed = withBase(base, href);
          if (fixed !== href) ctx.setProperty(node, 'href', fixed);
        },
      },
    ],
  });
}
