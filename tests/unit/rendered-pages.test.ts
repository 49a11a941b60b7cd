/** The middleware that hands each page a build renders to the steps after the build (src/lib/site/rendered-pages.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import type { APIContext } from 'astro';
import { onRequest, PageResponse, setRenderedPageStep } from '../../src/lib/site/rendered-pages.ts';

const HTML = { 'content-type': 'text/html' };
const run = async (response: Response, { url = 'https://k.no/handbok/s%C3%A6r/', isPrerendered = true } = {}) => {
  const context = { url: new URL(url), isPrerendered } as APIContext;
  return (await onRequest(context, async () => response)) as Response;
};

afterEach(() => setRenderedPageStep(undefined));

describe('rendered pages', () => {
  it('gives the step each prerendered HTML page, with its URL decoded, and returns what the step makes of it', async () => {
    const seen: string[] = [];
    setRenderedPageStep((url, page) => {
      seen.push(`${url} ${page.toString()}`);
      return Buffer.from('<p>ny</p>');
    });
    const response = await run(
      new Response('<p>gammel</p>', { status: 404, headers: { ...HTML, 'content-length': '13' } }),
    );
    expect(seen).toEqual(['/handbok/sær/ <p>gammel</p>']);
    expect(await response.text()).toBe('<p>ny</p>');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-length')).toBe('9');
    expect(response.headers.get('content-type')).toBe('text/html');
  });

  it('passes on untouched what is not a prerendered HTML page, and every page when no build has set a step', async () => {
    const seen: string[] = [];
    const cases = [
      { response: new Response('{}', { headers: { 'content-type': 'application/json' } }) },
      { response: new Response(null, { status: 301, headers: { ...HTML, location: '/' } }) },
      { response: new Response('<p>x</p>', { headers: HTML }), isPrerendered: false },
    ];
    setRenderedPageStep((url, page) => (seen.push(url), page));
    for (const { response, isPrerendered } of cases) expect(await run(response, { isPrerendered })).toBe(response);
    setRenderedPageStep(undefined);
    const page = new Response('<p>x</p>', { headers: HTML });
    expect(await run(page)).toBe(page);
    expect(seen).toEqual([]);
  });

  it('gives a page back as a response would, whether it is taken whole or read as a stream', async () => {
    const page = () => new PageResponse(Buffer.from('<p>sær</p>'), { status: 404, headers: HTML });
    // Whole, as Astro takes it: the very bytes, once.
    const whole = page();
    expect(whole.body).not.toBeNull();
    expect(Buffer.from(await whole.arrayBuffer()).toString()).toBe('<p>sær</p>');
    expect(whole.bodyUsed).toBe(true);
    await expect(whole.text()).rejects.toThrow(TypeError);
    // A stream that someone has begun to read gives the same bytes, to the reader and to arrayBuffer().
    expect(await new Response(page().body).text()).toBe('<p>sær</p>');
    const reading = page();
    const reader = reading.body.getReader();
    reader.releaseLock();
    expect(reading.bodyUsed).toBe(false);
    expect(Buffer.from(await reading.arrayBuffer()).toString()).toBe('<p>sær</p>');
    // The other ways to read it, and a copy with its status and headers.
    expect(
      await page()
        .json()
        .catch((error: unknown) => error),
    ).toBeInstanceOf(SyntaxError);
    expect(new TextDecoder().decode(await page().bytes())).toBe('<p>sær</p>');
    expect(await (await page().blob()).text()).toBe('<p>sær</p>');
    const original = page();
    const copy = original.clone();
    expect([copy.status, copy.headers.get('content-type'), await copy.text()]).toEqual([
      404,
      'text/html',
      '<p>sær</p>',
    ]);
    expect(await original.text()).toBe('<p>sær</p>');
  });
});
