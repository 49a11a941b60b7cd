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
  return new PageResponse(page, { status: response.status, statusText: response.statusText, headers });
};

/**
 * A response with a page's bytes that gives them back as they are. Astro takes a page it writes with
 * `arrayBuffer()`; a `Response` made from bytes would first copy them into a stream and then read that
 * stream back, about 0.15 ms for each page with a large sidebar (ADR 0008). The stream is still there
 * for whoever reads `body`, made when first asked for; after that the bytes come from it, as they would
 * from any response.
 */
export class PageResponse extends Response {
  readonly #page: Buffer<ArrayBuffer>;
  #stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;
  #used = false;

  constructor(page: Buffer<ArrayBuffer>, init: ResponseInit) {
    super(null, init);
    this.#page = page;
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const page = this.#page;
    this.#stream ??= new ReadableStream({
      pull(controller) {
        controller.enqueue(page);
        controller.close();
      },
    });
    return this.#stream;
  }

  override get bodyUsed(): boolean {
    return this.#used || (this.#stream?.locked ?? false);
  }

  /** The bytes, once, as a response gives them; from the stream once someone has begun to read it. */
  #take(): Promise<Buffer<ArrayBuffer>> {
    if (this.#stream?.locked) return new Response(this.#stream).arrayBuffer().then((bytes) => Buffer.from(bytes));
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    return Promise.resolve(this.#page);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    const page = await this.#take();
    const { buffer, byteOffset, byteLength } = page;
    return byteOffset === 0 && byteLength === buffer.byteLength
      ? buffer
      : buffer.slice(byteOffset, byteOffset + byteLength);
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.arrayBuffer());
  }

  override async text(): Promise<string> {
    return (await this.#take()).toString('utf8');
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  override async blob(): Promise<Blob> {
    return new Blob([await this.arrayBuffer()], { type: this.headers.get('content-type') ?? '' });
  }

  override clone(): PageResponse {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const { status, statusText, headers } = this;
    return new PageResponse(Buffer.from(this.#page), { status, statusText, headers: new Headers(headers) });
  }
}
