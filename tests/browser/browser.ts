/**
 * Starting Debian's Chromium through playwright-core, and serving the built site on localhost.
 * No browser is downloaded: if none is installed the suite fails and says how to install one.
 */
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { DIST, requireDist } from '../build/dist.ts';

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

/** A static server for `dist/` (or another built site in `dir`), on a free port on 127.0.0.1. */
export async function serveDist(dir = DIST): Promise<{ url: string; close: () => Promise<void> }> {
  if (dir === DIST) requireDist();
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      return void res.end(fs.readFileSync(path.join(dir, '404.html')));
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * For a test file: serves `dist/` and starts Chromium before its tests, and closes both after.
 * Use the returned object's `browser` and `url` inside tests (they are set once `beforeAll` has run).
 */
export function useSite(): { browser: Browser; url: string } {
  const site = {} as { browser: Browser; url: string };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveDist();
    close = server.close;
    site.url = server.url;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
