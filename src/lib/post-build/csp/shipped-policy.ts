/**
 * The policy to send as an HTTP header, made from the meta policies Astro wrote into the built pages,
 * so the two never drift apart. It is the meta policy with two changes:
 * - Hashes that match nothing inline on any page are left out. Astro also hashes scripts and styles
 *   that end up as files (allowed by 'self' anyway); without those the header stays under
 *   Cloudflare Pages' limit of 2000 characters per line and allows nothing the pages do not use.
 * - Directives a browser only obeys in a header are added (see HEADER_ONLY_DIRECTIVES).
 */
import { cspHash } from '../../build-setup/csp/hash.ts';
import { cspMetaOf, inlineContent } from './inline-content.ts';
import { formatPolicy, isHashSource, mergePolicies, parsePolicy, type Policy } from './parse.ts';
import { HEADER_ONLY_DIRECTIVES } from '../../build-setup/csp/policy.ts';

/** What the policy needs from one built page, small enough to keep for every page at once. */
export interface PageCsp {
  /** The policy in the page's meta tag, if it has one. */
  meta: string | undefined;
  /** `'sha256-…'` of each inline script, style and style attribute on the page. */
  hashes: Set<string>;
}

/** A hash source as the policy lists it: `'sha256-…'`, quotes included. */
export const quotedCspHash = (text: string, encoding: 'utf8' | 'latin1' = 'utf8') => `'${cspHash(text, encoding)}'`;

/**
 * `encoding`: how `html` holds the page's bytes (see cspHash). `hashOf`: quotedCspHash in that
 * encoding, or a copy that remembers the hashes of the texts every page repeats (see built-pages.ts).
 */
export function pageCsp(
  html: string,
  encoding: 'utf8' | 'latin1' = 'utf8',
  hashOf = (text: string) => quotedCspHash(text, encoding),
): PageCsp {
  const inline = inlineContent(html);
  const texts = new Set([...inline.scripts, ...inline.styles, ...inline.styleAttributes]);
  return { meta: cspMetaOf(html), hashes: new Set([...texts].map(hashOf)) };
}

/** `pages`: page URL → its policy and hashes. Throws if a page has no policy, because a header alone would then differ from the page. */
export function shippedPolicy(pages: Map<string, PageCsp>): string {
  const metas = new Set<string>();
  for (const [url, { meta }] of pages) {
    if (meta === undefined)
      throw new Error(
        `Siden ${url} mangler <meta http-equiv="content-security-policy">. Er security.csp slått av i astro.config.mjs?`,
      );
    metas.add(meta);
  }
  const policy = mergePolicies([...[...metas].map(parsePolicy), parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'))]);
  return formatPolicy(withoutUnusedHashes(policy, usedHashes(pages.values())));
}

/**
 * A page's meta policy with only the hashes in `used` (see above). The meta tag is in every page's
 * first round trip, and unused hashes made it 1.2 kB larger for nothing.
 */
export function prunedMetaPolicy(meta: string, used: Set<string>): string {
  return formatPolicy(withoutUnusedHashes(parsePolicy(meta), used));
}

/**
 * prunedMetaPolicy, remembering each answer: most pages have the same meta policy and the same
 * inline content (Starlight's own scripts and styles), so the policy is parsed and pruned once for them.
 */
export function metaPolicyPruner(): (meta: string, used: Set<string>) => string {
  const pruned = new Map<string, string>();
  return (meta, used) => {
    const key = `${[...used].sort().join(' ')}\n${meta}`;
    let policy = pruned.get(key);
    if (policy === undefined) pruned.set(key, (policy = prunedMetaPolicy(meta, used)));
    return policy;
  };
}

/** The hashes of every inline script, style and style attribute on the given pages. */
export function usedHashes(pages: Iterable<PageCsp>): Set<string> {
  const used = new Set<string>();
  for (const { hashes } of pages) for (const hash of hashes) used.add(hash);
  return used;
}

function withoutUnusedHashes(policy: Policy, used: Set<string>): Policy {
  for (const [name, sources] of policy)
    policy.set(
      name,
      sources.filter((s) => !isHashSource(s) || used.has(s)),
    );
  return policy;
}
