/**
 * The site's Content Security Policy, in one place. Astro writes it into every page as
 * `<meta http-equiv="content-security-policy">`, with the hashes of the scripts and styles it bundles;
 * the security-headers integration copies that policy into `dist/_headers` for hosts that send headers.
 *
 * Scripts: only our own files, hashed inline scripts, and `'wasm-unsafe-eval'`, which Pagefind needs to
 * start its WebAssembly search engine. Never `'unsafe-inline'` or `'unsafe-eval'`.
 * Styles: our own files and hashed `<style>` blocks; style attributes only by exact hash (see
 * style-attributes.ts). Everything else the site loads comes from its own origin.
 */
import { cspHash } from './hash.ts';
import { inlineScriptHashes } from './inline-scripts.ts';
import { ALLOWED_STYLE_ATTRIBUTES } from './style-attributes.ts';

/** Directives besides script-src and style-src, which Astro adds itself. Sent in the meta tag and the header. */
export const DIRECTIVES = [
  "default-src 'self'",
  // Starlight draws some icons with CSS masks from data: URLs.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index and WebAssembly from /pagefind/.
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * Directives a browser ignores in a meta tag, so they can only come as an HTTP header.
 * frame-ancestors 'none': no other site may show the handbook in a frame (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The value for Astro's `security.csp`. `root` is the project folder, for finding inline scripts. */
export function cspConfig(root: string) {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: inlineScriptHashes(root) as `sha256-${string}`[],
    },
    styleDirective: {
      resources: [
        { resource: "'self'", kind: 'element' as const },
        { resource: "'unsafe-hashes'", kind: 'attribute' as const },
      ],
      hashes: ALLOWED_STYLE_ATTRIBUTES.map((value) => ({ hash: cspHash(value), kind: 'attribute' as const })),
    },
  };
}

/** Other security headers for every response. Values a browser understands today, nothing more. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // The handbook links to other sites; they need not learn which page the reader came from.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // Older browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The site uses none of these; no script on it may ask for them.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
};
