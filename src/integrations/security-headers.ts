/**
 * After a build, writes `dist/_headers` (Netlify, Cloudflare Pages): the Content Security Policy from
 * the pages' meta tags, plus the other security headers. Made from the built pages each time, so the
 * header and the meta tag say the same. See docs/sikkerhet.md for other hosts.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeadersFile, MAX_LINE_LENGTH } from '../lib/post-build/csp/headers-file.ts';
import { SECURITY_HEADERS } from '../lib/build-setup/csp/policy.ts';
import { metaPolicyPruner, shippedPolicy, usedHashes, type PageCsp } from '../lib/post-build/csp/shipped-policy.ts';
import { cspMetaRange } from '../lib/post-build/csp/inline-content.ts';
import { treeIdOf, treeUrl } from '../lib/shared/trees.ts';
import { sharedPageSummaries } from '../lib/post-build/built-pages.ts';
import { setRenderedPageStep } from '../lib/site/rendered-pages.ts';
import { PRINT_PAGE } from '../lib/shared/print/url.ts';

const COMMENT = `Laget av src/integrations/security-headers.ts ved hver bygging. Ikke rediger denne fila.
Gjelder Netlify og Cloudflare Pages. Andre verter: se docs/sikkerhet.md.`;

/**
 * The pages whose inline content may end up on a page: the page itself, and for a decision-tree step
 * every step of the same tree, because the tree's script shows the next step in place. `path` is the
 * page's URL under the base path; the family is named by the tree's folder, or the page itself.
 */
const familyOf = (path: string) => {
  const tree = treeIdOf(path);
  return tree ? treeUrl(tree) : path;
};

/**
 * Replaces the policy in a built page's meta tag. Only the bytes from the tag on are written again,
 * in place: cheaper than writing the whole file anew. Pages are read into one buffer, reused from
 * page to page. The policy holds no double quotes or angle brackets (only single quotes), so it is
 * written as it is.
 */
function metaPolicyWriter(): (file: string, policy: string) => void {
  let buffer = Buffer.alloc(1 << 20);
  return (file, policy) => {
    const fd = fs.openSync(file, 'r+');
    try {
      const size = fs.fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.alloc(size * 2);
      const page = buffer.subarray(0, fs.readSync(fd, buffer, 0, size, 0));
      const range = cspMetaRange(page);
      if (!range) throw new Error(`Fant ikke <meta http-equiv="content-security-policy"> i <head> i ${file}.`);
      const value = Buffer.from(policy, 'utf8');
      const tail = page.subarray(range.end);
      fs.writevSync(fd, [value, tail], range.start);
      fs.ftruncateSync(fd, range.start + value.length + tail.length);
    } finally {
      fs.closeSync(fd);
    }
  };
}

/**
 * `builtPages`: the reader of the built pages, shared with the link check so `dist/` is read once.
 * `site`: for the second edition of a site in both målformer (src/config/edition.ts), the whole
 * site's folder and base path: `_headers` goes there, with one policy for the pages of both editions.
 */
export function securityHeaders(
  builtPages = sharedPageSummaries(),
  site?: { dir: string; base: string },
): AstroIntegration {
  let base = '/';
  // Shared by the pages pruned as they render and those pruned after the build.
  const prunedMetaPolicy = metaPolicyPruner();
  return {
    name: 'handbok:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        // A page whose inline content is all its own gets its pruned policy as it renders, so it is not
        // written twice. A tree step's policy covers its whole tree, and the print page gets its content
        // after the build: those are pruned below, once all of it is known.
        setRenderedPageStep(
          builtPages.renderedPageStep((url, csp) => {
            const path = url.slice(base.length - 1);
            if (familyOf(path) !== path || path === PRINT_PAGE) return undefined;
            return prunedMetaPolicy(csp.meta!, csp.hashes);
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        setRenderedPageStep(undefined);
        // The second edition reads the whole site, so one policy covers both editions' pages.
        const out = site?.dir ?? fileURLToPath(dir);
        const pages = await builtPages(out, site?.base ?? base);
        // This build's own pages: all of them, but in the second edition only those under its base path.
        const own = (url: string) => url.startsWith(base);
        const family = (url: string) => familyOf(url.slice(base.length - 1));
        const families = new Map<string, PageCsp[]>();
        for (const [url, page] of pages) {
          if (!own(url)) continue;
          const members = families.get(family(url)) ?? families.set(family(url), []).get(family(url))!;
          members.push(page.csp);
        }
        const familyHashes = new Map([...families].map(([name, members]) => [name, usedHashes(members)]));
        // Each page's meta policy with only the hashes of its own inline scripts and styles: Astro lists
        // those of the whole site and of bundled files ('self' allows those), which made every page 1.7 kB heavier.
        const shipped = new Map<string, PageCsp>();
        const writeMetaPolicy = metaPolicyWriter();
        for (const [url, { file, csp }] of pages) {
          shipped.set(url, csp);
          // The main edition's pages had their meta policies pruned by its own build.
          if (csp.meta === undefined || !own(url)) continue;
          const pruned = prunedMetaPolicy(csp.meta, familyHashes.get(family(url))!);
          if (pruned === csp.meta) continue;
          writeMetaPolicy(path.join(out, file), pruned);
          shipped.set(url, { ...csp, meta: pruned });
        }
        const policy = shippedPolicy(shipped);
        const headers: Array<[string, string]> = [
          ['Content-Security-Policy', policy],
          ...Object.entries(SECURITY_HEADERS),
        ];
        const text = formatHeadersFile([{ pattern: '/*', headers }], COMMENT);
        const tooLong = text.split('\n').find((line) => line.length > MAX_LINE_LENGTH);
        if (tooLong)
          throw new Error(
            `En linje i _headers er ${tooLong.length} tegn; Cloudflare Pages godtar høyst ${MAX_LINE_LENGTH}: ${tooLong.slice(0, 60)}…`,
          );
        fs.writeFileSync(path.join(out, '_headers'), text);
        logger.info(`_headers skrevet (Content-Security-Policy: ${policy.length} tegn)`);
      },
    },
  };
}
