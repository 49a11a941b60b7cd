/** The pieces the Content Security Policy is made from: hashes, policy strings, inline content, `_headers`. */
import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/build-setup/csp/hash.ts';
import { inlineScriptBodies, inlineScriptHashes } from '../../src/lib/build-setup/csp/inline-scripts.ts';
import { cspMetaOf, cspMetaRange, inlineContent } from '../../src/lib/post-build/csp/inline-content.ts';
import { formatPolicy, isHashSource, mergePolicies, parsePolicy } from '../../src/lib/post-build/csp/parse.ts';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/lib/post-build/csp/headers-file.ts';
import {
  metaPolicyPruner,
  pageCsp,
  prunedMetaPolicy,
  shippedPolicy,
} from '../../src/lib/post-build/csp/shipped-policy.ts';
import { cspConfig } from '../../src/lib/build-setup/csp/policy.ts';
import { ROOT } from '../build/dist.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 that browsers compare against', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    // The hash Chromium suggests in its console for `window.injected = true;`.
    expect(cspHash('window.injected = true;')).toBe('sha256-dFx2lw7WH12xHS5Wcjn8YALJDpkulJz3VWyb/WbaiqU=');
  });
});

describe('inline scripts in components', () => {
  it('takes the exact text of each is:inline script, and skips bundled ones', () => {
    const source =
      '---\n---\n<script is:inline>\n\ta();\n</script>\n<script>import "./b.ts";</script>\n<script is:inline aria-hidden="true">c()</script>';
    expect(inlineScriptBodies(source)).toEqual(['\n\ta();\n', 'c()']);
  });

  it("finds Starlight's theme script, whose hash the policy must carry", () => {
    const hashes = inlineScriptHashes(ROOT);
    expect(hashes.length).toBeGreaterThanOrEqual(5);
    expect(cspConfig(ROOT).scriptDirective.hashes).toEqual(hashes);
  });
});

describe('policy strings', () => {
  it('reads directives and sources, keeping the first of a repeated directive', () => {
    const policy = parsePolicy("default-src 'self';img-src 'self' data:; ; script-src 'self'; img-src *");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
      ['script-src', ["'self'"]],
    ]);
    expect(formatPolicy(policy)).toBe("default-src 'self'; img-src 'self' data:; script-src 'self'");
  });

  it('merges policies source by source', () => {
    const merged = mergePolicies([
      parsePolicy("script-src 'self' 'sha256-a='"),
      parsePolicy("script-src 'sha256-b=' 'self'; frame-ancestors 'none'"),
    ]);
    expect(formatPolicy(merged)).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'");
  });

  it('tells hash sources from others', () => {
    expect(isHashSource("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")).toBe(true);
    expect(isHashSource("'self'")).toBe(false);
    expect(isHashSource('sha256-abc=')).toBe(false);
  });
});

describe('inline content of a page', () => {
  const html = `<html><head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">
<script>a()</script><script type="module">b()</script><script type="module" src="/c.js"></script>
<script type="application/json">{"style":"x"}</script><style>p{}</style></head>
<body><p style="--depth: 0;">x</p><svg style="a: &quot;b&quot;"></svg><script>var s = '<i style="no">';</script></body></html>`;

  it('finds scripts that run, style elements and style attributes, but not markup inside scripts', () => {
    expect(inlineContent(html)).toEqual({
      scripts: ['a()', 'b()', `var s = '<i style="no">';`],
      styles: ['p{}'],
      styleAttributes: ['--depth: 0;', 'a: "b"'],
    });
  });

  it('reads a script inside a style element as the style’s text, and tags in any case', () => {
    const style = 'i::after { content: "<script>nei()</script>" }';
    expect(inlineContent(`<STYLE>${style}</STYLE><Script>ja()</SCRIPT><p style="a">x</p>`)).toEqual({
      scripts: ['ja()'],
      styles: [style],
      styleAttributes: ['a'],
    });
  });

  it('takes no text for an attribute', () => {
    expect(inlineContent('<p>Skriv style="color: red" i teksten.</p>').styleAttributes).toEqual([]);
  });

  it('reads the policy from the meta tag', () => {
    expect(cspMetaOf(html)).toBe("script-src 'self'");
    expect(cspMetaOf('<html></html>')).toBeUndefined();
  });

  it('finds the bytes of the policy in the meta tag, also after text that is not ASCII', () => {
    const page = Buffer.from(
      `<head><title>Vær så god ✔</title><meta http-equiv="content-security-policy" content="a &#39;b&#39;"></head>`,
    );
    const range = cspMetaRange(page)!;
    expect(page.subarray(range.start, range.end).toString()).toBe('a &#39;b&#39;');
    expect(
      cspMetaRange(Buffer.from('<head></head><meta http-equiv="content-security-policy" content="x">')),
    ).toBeUndefined();
  });
});

describe('the shipped policy', () => {
  const page = (policy: string, body: string) =>
    `<meta http-equiv="content-security-policy" content="${policy}">${body}`;
  const used = cspHash('a()');

  it("is the pages' policy without unused hashes, plus frame-ancestors", () => {
    const pages = new Map([
      ['/', pageCsp(page(`script-src 'self' '${used}' '${cspHash('unused')}'`, '<script>a()</script>'))],
    ]);
    expect(shippedPolicy(pages)).toBe(`script-src 'self' '${used}'; frame-ancestors 'none'`);
  });

  it("keeps in a page's meta policy only the hashes it is given", () => {
    expect(
      prunedMetaPolicy(`script-src 'self' '${used}' '${cspHash('b()')}'; img-src 'self'`, new Set([`'${used}'`])),
    ).toBe(`script-src 'self' '${used}'; img-src 'self'`);
  });

  it('prunes each meta policy once for all pages with the same hashes, and keeps other pages apart', () => {
    const prune = metaPolicyPruner();
    const other = `'${cspHash('b()')}'`;
    const meta = `script-src 'self' '${used}' ${other}; img-src 'self'`;
    for (const hashes of [[`'${used}'`], [other], [`'${used}'`, other], [other, `'${used}'`], []])
      expect(prune(meta, new Set(hashes)), hashes.join(' ')).toBe(prunedMetaPolicy(meta, new Set(hashes)));
    expect(prune(`style-src '${used}'`, new Set([`'${used}'`]))).toBe(`style-src '${used}'`);
    expect(prune(`style-src '${used}'`, new Set())).toBe('style-src');
  });

  it('gives a pruned policy back unchanged when pruned again with the same hashes', () => {
    // The security headers rely on it: a page pruned as it rendered is not written again after the build.
    const other = `'${cspHash('b()')}'`;
    const meta = `default-src 'self';script-src 'self' '${used}' ${other};style-src 'self' ${other}; img-src 'self';`;
    for (const hashes of [[`'${used}'`], [other], []]) {
      const pruned = prunedMetaPolicy(meta, new Set(hashes));
      expect(prunedMetaPolicy(pruned, new Set(hashes)), hashes.join(' ')).toBe(pruned);
    }
  });

  it('stops when a page has no policy, naming the page', () => {
    expect(() => shippedPolicy(new Map([['/uten/', pageCsp('<p>x</p>')]]))).toThrow(/Siden \/uten\/ mangler/);
  });
});

describe('the _headers file', () => {
  const text = formatHeadersFile(
    [
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      { pattern: '/pagefind/*', headers: [['Cache-Control', 'no-cache']] },
    ],
    'Laget automatisk.\nIkke rediger.',
  );

  it('is written in the Netlify and Cloudflare format and read back the same', () => {
    expect(text).toBe(
      '# Laget automatisk.\n# Ikke rediger.\n/*\n  X-Content-Type-Options: nosniff\n/pagefind/*\n  Cache-Control: no-cache\n',
    );
    expect(parseHeadersFile(text)).toEqual([
      { pattern: '/*', headers: [['X-Content-Type-Options', 'nosniff']] },
      { pattern: '/pagefind/*', headers: [['Cache-Control', 'no-cache']] },
    ]);
  });

  it('gives a path the headers of every rule that matches it', () => {
    const rules = parseHeadersFile(text);
    expect(headersFor('/ordliste/', rules)).toEqual([['X-Content-Type-Options', 'nosniff']]);
    expect(headersFor('/pagefind/pagefind.js', rules)).toHaveLength(2);
  });

  it('rejects a header line outside a rule', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/Ugyldig linje/);
  });
});
