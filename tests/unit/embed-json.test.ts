/** JSON embedded in a page: nothing in it can end its script element or start markup, and it reads back the same. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedJson } from '../../src/lib/site/embed-json.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ATTACK = '</script><meta http-equiv="refresh" content="0;url=https://example.org"><!-- & \u2028\u2029 </SCRIPT >';

describe('embedJson', () => {
  it('escapes <, >, &, U+2028 and U+2029', () => {
    expect(embedJson({ q: '</script>&\u2028\u2029' })).toBe('{"q":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}');
    expect(embedJson({ q: ATTACK })).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('parses back to the same value', () => {
    const value = { question: ATTACK, list: [1, 'æøå', null, true], nested: { '<key>': '"quoted" \\ back' } };
    expect(JSON.parse(embedJson(value))).toEqual(value);
  });

  it('refuses a value with no JSON form', () => {
    expect(() => embedJson(undefined)).toThrow(/no JSON form/);
  });
});

/** Every `.astro` file under src/, as [path, source]. */
function astroSources(): Array<[string, string]> {
  const dir = path.join(ROOT, 'src');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.astro'))
    .map((f) => [path.join('src', f), fs.readFileSync(path.join(dir, f), 'utf8')]);
}

describe('embedded JSON in our components', () => {
  it('goes through embedJson, never JSON.stringify, into set:html', () => {
    const sources = astroSources();
    expect(sources.length).toBeGreaterThan(10);
    const raw = sources.filter(([, source]) => /set:html=\{\s*JSON\.stringify/.test(source)).map(([file]) => file);
    expect(raw, 'Bruk embedJson (src/lib/site/embed-json.ts) for JSON i siden').toEqual([]);
    expect(sources.filter(([, source]) => /set:html=\{\s*embedJson\(/.test(source)).length).toBeGreaterThanOrEqual(2);
  });
});
