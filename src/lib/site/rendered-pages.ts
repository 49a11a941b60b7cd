/**
 * Astro middleware (added by handbok(), see src/integration.ts) that hands each page a build renders to
 * the steps after the build, before Astro writes it to `dist/`. They take what they need from the page
 * (links, inline content, the content for the print page) and may give its meta tag a smaller Content
 * Security Policy, so `dist/` is neither read back nor written again for that page (ADR 0008).
 *
 * The steps run in Node, in the build's own module graph; this module runs in the bundle Astro renders
 * the pages with. They meet through one global, which the build sets (`setRenderedPageStep`) and which
 * is empty otherwise: the dev server, and a build that renders its pages elsewhere, pass pages through
 * untouched, and the steps after the build then read those pages from `dist/`.
 */
import type { MiddlewareHandler } from 'astro';

/** Takes a rendered page (its URL, base path included, and its bytes) and gives the bytes to write. */
export type RenderedPageStep = (url: string, page: Buffer<ArrayBuffer>) => Buffer<ArrayBuffer>;

const STEP = Symbol.for('handbok-sosiale-medier/rendered-page');
type WithStep = typeof globalThis & { [STEP]?: RenderedPageStep };

/** Sets the step for the pages rendered from now on, or removes it (`undefined`). */
export function setRenderedPageStep(step: RenderedPageStep | undefined): void {
  (globalThis as WithStep)[STEP] = step;
}

const isHtml = (response: Response) => response.headers.get('content-type')?.startsWith('text/html') ?? false;
const isRedirect = (response: Response) => response.status >= 300 && response.status < 400;

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const step = (globalThis as WithStep)[STEP];
  if (!step || !context.isPrerendered || !response.body || isRedirect(response) || !isHtml(response)) return response;
  // The URL as the built files name it: `/sær/`, not `/s%C3%A6r/`.
  const page = step(decodeURI(context.url.pathname), Buffer.from(await response.arrayBuffer()));
  const headers = new Headers(response.headers);
  headers.set('content-length', String(page.byteLength));
  return new Response(page, { status: response.status, statusText: response.statusText, headers });
};
