/**
 * The Content Security Policy in the built site: every page carries one without 'unsafe-inline' or
 * 'unsafe-eval' for scripts; everything inline on a page has its hash in that page's policy; and
 * `dist/_headers` sends the same policy, plus the directives only a header can carry and the other
 * security headers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './dist.ts';
import { cspHash } from '../../src/lib/build-setup/csp/hash.ts';
import { cspMetaOf, inlineContent } from '../../src/lib/post-build/csp/inline-content.ts';
import { isHashSource, parsePolicy, type Policy } from '../../src/lib/post-build/csp/parse.ts';
import { parseHeadersFile, MAX_LINE_LENGTH } from '../../src/lib/post-build/csp/headers-file.ts';

const pages = builtPages();
const policies = new Map([...pages].map(([url, html]) => [url, parsePolicy(cspMetaOf(html) ?? '')]));
const headersText = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
const rules = parseHeadersFile(headersText);
const header = (name: string) => rules[0]?.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

/** The sources that decide for a kind of content: the specific directive, else its fallback. */
const sourcesFor = (policy: Policy, ...names: string[]) =>
  names.map((n) => policy.get(n)).find((s) => s !== undefined) ?? [];

const allInline = [...pages.values()].map(inlineContent);
const usedHashes = new Set(
  allInline.flatMap((c) => [...c.scripts, ...c.styles, ...c.styleAttributes]).map((t) => `'${cspHash(t)}'`),
);

describe('the policy in every page', () => {
  it('is there, on every page', () => {
    for (const [url, html] of pages) expect(cspMetaOf(html), url).toBeTruthy();
  });

  it('allows no inline script but by hash, no eval, and WebAssembly for the search', () => {
    for (const [url, policy] of policies) {
      const scripts = sourcesFor(policy, 'script-src-elem', 'script-src', 'default-src');
      expect(scripts, url).not.toContain("'unsafe-inline'");
      expect(scripts, url).not.toContain("'unsafe-eval'");
      expect(scripts, url).not.toContain("'strict-dynamic'");
      expect(
        scripts.filter((s) => !isHashSource(s)),
        url,
      ).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy.get('script-src-attr') ?? [], url).not.toContain("'unsafe-inline'");
    }
  });

  it('allows no inline style but by hash', () => {
    for (const [url, policy] of policies) {
      for (const name of ['style-src', 'style-src-elem', 'style-src-attr'])
        expect(policy.get(name) ?? [], `${url} ${name}`).not.toContain("'unsafe-inline'");
    }
  });

  it('has a hash for every inline script, style element and style attribute on the page', () => {
    const missing: string[] = [];
    for (const [url, html] of pages) {
      const policy = policies.get(url)!;
      const { scripts, styles, styleAttributes } = inlineContent(html);
      const check = (texts: string[], sources: string[], what: string, fix: string) => {
        for (const text of new Set(texts))
          if (!sources.includes(`'${cspHash(text)}'`))
            missing.push(`${url}: ${what} «${text.trim().slice(0, 60)}» har ingen hash i policyen. ${fix}`);
      };
      check(
        scripts,
        sourcesFor(policy, 'script-src-elem', 'script-src'),
        'skript',
        'Flytt det til en fil, eller gi det en hash i src/lib/build-setup/csp/.',
      );
      check(styles, sourcesFor(policy, 'style-src-elem', 'style-src'), '<style>', 'Flytt stilen til en CSS-fil.');
      check(
        styleAttributes,
        sourcesFor(policy, 'style-src-attr', 'style-src'),
        'style-attributtet',
        'Bruk en klasse, eller legg verdien til i src/lib/build-setup/csp/style-attributes.ts.',
      );
    }
    expect(missing).toEqual([]);
  });
});

describe('the shipped headers (dist/_headers)', () => {
  it('is one rule for every path, with no line too long for Cloudflare Pages', () => {
    expect(rules.map((r) => r.pattern)).toEqual(['/*']);
    for (const line of headersText.split('\n'))
      expect(line.length, line.slice(0, 40)).toBeLessThanOrEqual(MAX_LINE_LENGTH);
  });

  it("sends one policy that allows what every page's own policy allows, and nothing the site does not use", () => {
    const shipped = parsePolicy(header('Content-Security-Policy') ?? '');
    for (const [url, policy] of policies) {
      expect([...shipped.keys()].sort(), url).toEqual([...policy.keys(), 'frame-ancestors'].sort());
      for (const [name, sources] of policy) {
        // The same sources but hashes; each page's hashes are those of its own inline content, all in the header.
        expect(
          shipped.get(name)!.filter((s) => !isHashSource(s)),
          `${url} ${name}`,
        ).toEqual(sources.filter((s) => !isHashSource(s)));
        for (const hash of sources.filter(isHashSource)) expect(shipped.get(name), `${url} ${name}`).toContain(hash);
      }
    }
    for (const sources of shipped.values())
      for (const hash of sources.filter(isHashSource)) expect(usedHashes.has(hash), hash).toBe(true);
    // Leaving out unused hashes must not empty the lists: the hashes still there are the ones in use.
    expect(shipped.get('script-src')!.filter(isHashSource).length).toBeGreaterThan(0);
    expect(shipped.get('style-src-attr')!.filter(isHashSource).length).toBeGreaterThan(0);
  });

  it('adds what only a header can say: no framing by other sites', () => {
    expect(parsePolicy(header('Content-Security-Policy') ?? '').get('frame-ancestors')).toEqual(["'none'"]);
    expect(header('X-Frame-Options')).toBe('DENY');
  });

  it('sends the other security headers with sensible values', () => {
    expect(header('Referrer-Policy')).toBe('no-referrer');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Cross-Origin-Opener-Policy')).toBe('same-origin');
    const permissions = header('Permissions-Policy') ?? '';
    // Features the site never uses; the browser tests fail if Chromium does not know one of them.
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment'])
      expect(permissions).toContain(`${feature}=()`);
  });
});
