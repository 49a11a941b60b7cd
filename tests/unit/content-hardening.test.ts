/**
 * The pieces of the content check's hardening (issue 16) on their own: calendar dates, UTF-8
 * decoding, the literal props it can read in MDX, and one prop schema per user component.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/schemas/vocabulary.ts';
import { decodeUtf8, firstInvalidUtf8 } from '../../src/content-loading/read-text.ts';
import { NOT_LITERAL, parseLiteral } from '../../src/checks/mdx/literal.ts';
import { USER_COMPONENT_PROPS } from '../../src/schemas/components.ts';
import { validateConfig } from '../../src/config/validate.ts';
import { formatProblem } from '../../src/problems/problem.ts';

describe('isCalendarDate', () => {
  it.each(['2012', '2012-02', '2012-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (date) =>
    expect(isCalendarDate(date)).toBe(true),
  );
  it.each(['2012-02-30', '2013-02-29', '2026-13-45', '2026-00', '2026-04-31', '2026-01-00'])('rejects %s', (date) =>
    expect(isCalendarDate(date)).toBe(false),
  );
});

describe('dates in handbok.config.ts', () => {
  const config = (vedtatt: string) => ({
    kommune: { navn: 'Testvik kommune', kortnavn: 'Testvik' },
    nettsted: { url: 'https://testvik.example', base: '/' },
    kontakt: { epost: 'post@testvik.example', nettsted: 'https://testvik.example' },
    redaksjon: 'Kommunikasjonsavdelingen',
    retningslinjer: { vedtattAv: 'Kommunestyret', vedtatt, nesteRevisjon: '2028-05-01' },
  });

  it('rejects an adoption date that does not exist', () => {
    expect(validateConfig(config('2026-02-30')).problems.map(formatProblem)).toEqual([
      '✖ handbok.config.ts › retningslinjer.vedtatt: Feltet «retningslinjer.vedtatt» er «2026-02-30» og er ikke en dato som finnes. ' +
        'Slik retter du det: sjekk måned og dag: måneden er 01–12, og dagen må finnes i måneden (februar har 28 eller 29 dager), for eksempel 2012-02-29.',
    ]);
    expect(validateConfig(config('2026-02-28')).problems).toEqual([]);
  });
});

describe('decodeUtf8', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('leaves out a byte-order mark', () => expect(decodeUtf8(bytes('\uFEFFæøå'))).toEqual({ text: 'æøå' }));
  it('names the line of the first byte that is not UTF-8', () => {
    const latin1 = Uint8Array.from('a\nb\nç', (c) => c.charCodeAt(0));
    expect(decodeUtf8(latin1)).toEqual({ line: 3 });
    expect(firstInvalidUtf8(latin1)).toBe(4);
  });
  it('finds a multi-byte sequence cut short', () => expect(firstInvalidUtf8(Uint8Array.of(0x61, 0xc3, 0x41))).toBe(1));
  it('finds nothing wrong in UTF-8', () => expect(firstInvalidUtf8(bytes('Sjå på æ, ø og å – og 😀'))).toBe(-1));
});

describe('parseLiteral', () => {
  it.each([
    ['42', 42],
    ['-1.5', -1.5],
    ['true', true],
    ["'a'", 'a'],
    ['"b"', 'b'],
    ['"c\\"d"', 'c"d'],
    ["['a', 'b']", ['a', 'b']],
    ['["a", [1, 2], ]', ['a', [1, 2]]],
    ['[]', []],
  ])('reads %s', (expression, value) => expect(parseLiteral(expression)).toEqual(value));

  it.each(['id', 'ids.map(x => x)', '{a: 1}', '`${x}`', "['a', b]", "'a' + 'b'"])('leaves %s unread', (expression) =>
    expect(parseLiteral(expression)).toBe(NOT_LITERAL),
  );
});

describe('USER_COMPONENT_PROPS', () => {
  it('has a prop schema for every component in src/user-components/index.ts, and no other', () => {
    const index = fs.readFileSync(new URL('../../src/user-components/index.ts', import.meta.url), 'utf8');
    const exported = [...index.matchAll(/export \{ default as (\w+) \}/g)].map((m) => m[1]);
    expect(exported.length).toBeGreaterThan(10);
    expect(Object.keys(USER_COMPONENT_PROPS).sort()).toEqual(exported.sort());
  });

  it('takes each component’s Props type from its schema', () => {
    for (const name of Object.keys(USER_COMPONENT_PROPS)) {
      const source = fs.readFileSync(new URL(`../../src/user-components/${name}.astro`, import.meta.url), 'utf8');
      if (!/Astro\.props/.test(source)) continue;
      expect(source, name).toMatch(new RegExp(`type Props = z\\.input<typeof ${name}PropsSchema>`));
      expect(source, name).not.toMatch(/interface Props/);
    }
  });
});
