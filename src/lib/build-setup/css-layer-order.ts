/**
 * Keeps Starlight's cascade-layer order in the site's one stylesheet. Starlight declares the order of
 * its layers (base, reset, core, content, components, utils) in style/layers.css, and a browser takes
 * the order from the first time it meets each layer. The handbook bundles all its CSS into one file
 * (`cssCodeSplit: false` in astro.config.mjs), which begins with a component's rules (the icon's, in
 * `starlight.components`); without the declaration first, that layer would lose to all the others.
 * This Vite plugin puts Starlight's declaration first in every stylesheet the build writes that uses
 * Starlight's layers. It is read from Starlight on every build, so an upgrade that changes it is followed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { starlightDist } from './starlight-dist.ts';

/** Starlight's `@layer …;` statement. */
export function starlightLayerOrder(root: string): string {
  const file = path.join(starlightDist(root), 'style/layers.css');
  const statement = fs.existsSync(file) ? /@layer\s[^;{]+;/.exec(fs.readFileSync(file, 'utf8'))?.[0] : undefined;
  if (!statement)
    throw new Error(`Fant ikke rekkefølgen på Starlights CSS-lag (@layer …;) i ${file}. Har Starlight endret seg?`);
  return statement;
}

/** `css` with `order` first, unless it already begins with it or uses none of Starlight's layers. */
export function withLayerOrder(css: string, order: string): string {
  if (css.startsWith(order) || !css.includes('@layer starlight.')) return css;
  return order + css;
}

/** The Vite plugin; runs last, on the finished stylesheets. */
export function cssLayerOrder(root: string) {
  const order = starlightLayerOrder(root);
  return {
    name: 'handbok:css-layer-order',
    enforce: 'post' as const,
    generateBundle(
      _options: unknown,
      bundle: Record<string, { type: string; fileName: string; source?: string | Uint8Array }>,
    ) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string')
          file.source = withLayerOrder(file.source, order);
      }
    },
  };
}
