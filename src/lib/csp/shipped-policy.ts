/**
 * The policy to send as an HTTP header, made from the meta policies Astro wrote into the built pages,
 * so the two never drift apart. It is the meta policy with two changes:
 * - Hashes that match nothing inline on any page are left out. Astro also hashes scripts and styles
 *   that end up as files (allowed by 'self' anyway); without those the header stays under
 *   Cloudflare Pages' limit of 2000 characters per line and allows nothing the pages do not use.
 * - Directives a browser only obeys in a header are added (see HEADER_ONLY_DIRECTIVES).
 */
import { cspHash } from './hash.ts';
import { cspMetaOf, inlineContent } from './inline-content.ts';
import { formatPolicy, isHashSource, mergePolicies, parsePolicy } from './parse.ts';
import { HEADER_ONLY_DIRECTIVES } from './policy.ts';

/** `pages`: page URL → built HTML. Throws if a page has no policy, because a header alone would then differ from the page. */
export function shippedPolicy(pages: Map<string, string>): string {
  const metas = [...pages].map(([url, html]) => {
    const meta = cspMetaOf(html);
    if (meta === undefined)
      throw new Error(
        `Siden ${url} mangler <meta http-equiv="content-security-policy">. Er security.csp slått av i astro.config.mjs?`,
      );
    return parsePolicy(meta);
  });
  const used = usedHashes(pages);
  const policy = mergePolicies([...metas, parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'))]);
  for (const [name, sources] of policy)
    policy.set(
      name,
      sources.filter((s) => !isHashSource(s) || used.has(s)),
    );
  return formatPolicy(policy);
}

/**
 * A page's meta policy without the hashes that match nothing inline on any page (see above). The
 * meta tag is in every page's first round trip, and those hashes made it 1.2 kB larger for nothing.
 */
export function prunedMetaPolicy(meta: string, pages: Map<string, string>, used = usedHashes(pages)): string {
  const policy = parsePolicy(meta);
  for (const [name, sources] of policy) policy.set(name, sources.filter((s) => !isHashSource(s) || used.has(s)));
  return formatPolicy(policy);
}

/** The hashes of every inline script, style and style attribute on the built pages. */
export function usedHashes(pages: Map<string, string>): Set<string> {
  return new Set(
    [...pages.values()].flatMap((html) => {
      const inline = inlineContent(html);
      return [...inline.scripts, ...inline.styles, ...inline.styleAttributes].map((text) => `'${cspHash(text)}'`);
    }),
  );
}
