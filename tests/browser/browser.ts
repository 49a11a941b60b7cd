/**
 * Starting Debian's Chromium through playwright-core, and serving the built site on localhost with
 * the headers the site ships in `dist/_headers`, so its Content Security Policy is enforced twice:
 * from the meta tag and from the header. Every test fails on a CSP violation, a request to another
 * origin or a cookie (see guard.ts).
 * No browser is downloaded: if none is installed the suite fails and says how to install one.
 */
import fs from 'node:fs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { DIST, requireDist } from '../build/dist.ts';
import { headersFor, parseHeadersFile } from '../../src/lib/post-build/csp/headers-file.ts';
import { Guard } from './guard.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      'Fant ingen Chromium for nettlesertestene. Installer den med `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), eller pek på en Chromium/Chrome med miljøvariabelen CHROMIUM_PATH.',
    );
  }
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** The rules in `<dir>/_headers`, which the build writes. */
function shippedHeaders(dir: string) {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) throw new Error(`Fant ikke ${file}. Kjør \`npm run build\`; integrasjonen security-headers skriver den.`);
  return parseHeadersFile(fs.readFileSync(file, 'utf8'));
}

/** Text types a web host compresses; the size budgets are in gzip bytes for that reason. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml']);

export interface ServeOptions {
  /** Send text files gzip-compressed when the browser accepts it, as web hosts do (for Lighthouse). Default false. */
  gzip?: boolean;
  /** A site without `_headers` (plain Starlight in the benchmark) is served without extra headers. Default: `_headers` must exist. */
  headersOptional?: boolean;
}

/** A static server for `dist/` (or another built site in `dir`), on a free port on 127.0.0.1, sending the headers from its `_headers`. */
export async function serveDist(
  dir = DIST,
  { gzip = false, headersOptional = false }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  if (dir === DIST) requireDist();
  const rules = headersOptional && !fs.existsSync(path.join(dir, '_headers')) ? [] : shippedHeaders(dir);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of headersFor(pathname, rules)) res.setHeader(name, value);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      return void res.end(fs.readFileSync(path.join(dir, '404.html')));
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      return void res.end(gzipSync(fs.readFileSync(file)));
    }
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Site {
  /** Chromium, watched: every context and page it opens is guarded (see guard.ts). */
  browser: Browser;
  url: string;
  /** What the guard has seen since the last call (CSP violations, foreign requests, cookies); forgets it. */
  problems: () => Promise<string[]>;
}

async function failOnProblems(guard: Guard, when: string): Promise<void> {
  const problems = await guard.take();
  if (problems.length) throw new Error(`${when}:\n${problems.map((p) => `  ✖ ${p}`).join('\n')}`);
}

/**
 * For a test file: serves `dist/` and starts Chromium before its tests, and closes both after.
 * Use the returned object's `browser` and `url` inside tests (they are set once `beforeAll` has run).
 * A test fails if any page it opened broke the CSP, sent a request elsewhere or set a cookie.
 */
export function useSite(): Site {
  let close: (() => Promise<void>) | undefined;
  let raw: Browser | undefined;
  const guard = new Guard(() => site.url);
  const site: Site = { browser: undefined as unknown as Browser, url: '', problems: () => guard.take() };
  beforeAll(async () => {
    const server = await serveDist();
    close = server.close;
    site.url = server.url;
    raw = await launch();
    site.browser = guard.wrap(raw);
  });
  afterEach(() => failOnProblems(guard, 'Siden brøt personvern- eller sikkerhetsreglene'));
  afterAll(async () => {
    try {
      await failOnProblems(guard, 'Etter siste test brøt en side personvern- eller sikkerhetsreglene');
    } finally {
      await raw?.close();
      await close?.();
    }
  });
  return site;
}
