/**
 * A Sätteri HTML-tree plugin (Astro 7's Markdown processor) that puts the site's base path in front
 * of root-relative links in Markdown and MDX content: `[tekst](/ks-veikart/)` becomes
 * `/handbok/ks-veikart/` under base `/handbok/`. Authors keep writing `/ks-veikart/`. Components
 * with an `href` prop (LinkCard) go through `url()` in src/lib/urls.ts instead.
 */
import { withBase } from './base-path.ts';

interface HastElement {
  properties?: Record<string, unknown>;
}
interface Context {
  setProperty(node: HastElement, key: string, value: unknown): void;
}

export function baseLinksPlugin(base: string) {
  return {
    name: 'handbok-base-links',
    element: [
      {
        filter: ['a'],
        visit(node: HastElement, ctx: Context) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const fixed = withBase(base, href);
          if (fixed !== href) ctx.setProperty(node, 'href', fixed);
        },
      },
    ],
  };
}
