/**
 * The later web pages as a source kind of their own (`kind: nettside`): what the schema takes and
 * refuses, that the five source documents still validate as they are, and that the comparison
 * matrix keeps comparing the source documents only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { isWebSource, SourceSchema, type Source } from '../../src/schemas/source.ts';
import { buildMatrix } from '../../src/lib/site/matrix.ts';
import type { Rule } from '../../src/schemas/rule.ts';

const SOURCES = fileURLToPath(new URL('../../content/sources/', import.meta.url));
const read = (file: string) => parse(fs.readFileSync(path.join(SOURCES, file), 'utf8')) as Record<string, unknown>;
const files = fs.readdirSync(SOURCES).filter((f) => f.endsWith('.yaml'));

const web = {
  id: 'uutilsynet-sosiale-medier',
  title: 'Sosiale medier og universell utforming',
  shortName: 'Uutilsynet',
  publisher: 'Uutilsynet',
  kind: 'nettside',
  date: '2023-02-01',
  url: 'https://uutilsynet.no/regelverk/sosiale-medier-og-universell-utforming/202',
  read: '2026-12-01',
  covers: 'Universell utforming i sosiale medier.',
  page: '/nyere-kilder/universell-utforming/',
};
const issues = (input: unknown) =>
  SourceSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the source schema', () => {
  it('still takes the five source documents as they are written', () => {
    const documents = ['ks-rapport', 'ks-veikart', 'sogne', 'sunndal', 'tolga'];
    for (const id of documents) expect(issues(read(`${id}.yaml`)), id).toEqual([]);
    expect(documents.map((id) => isWebSource(SourceSchema.parse(read(`${id}.yaml`))))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('takes a web page with publisher, title, date, address and the date it was read', () => {
    const parsed = SourceSchema.parse(web);
    expect(isWebSource(parsed)).toBe(true);
    expect(parsed).toMatchObject({ kind: 'nettside', url: web.url, read: '2026-12-01', date: '2023-02-01' });
  });

  it('takes a web page without a date when the note says why', () => {
    const { date: _date, ...undated } = web;
    expect(issues({ ...undated, dateNote: 'siden oppgir ingen dato' })).toEqual([]);
  });

  it('has a valid file for every later source, each a web page with its address', () => {
    const later = files.map((f) => SourceSchema.parse(read(f))).filter(isWebSource);
    expect(later.length).toBeGreaterThanOrEqual(12);
    for (const source of later) expect(source.url, source.id).toMatch(/^https?:\/\/[a-z0-9.-]+\.no\//);
  });

  it.each([
    ['without an address', { url: undefined }, 'url: web-url'],
    ['with an address that is not a web address', { url: 'ftp://uutilsynet.no/side' }, 'url: web-url'],
    ['without the date it was read', { read: undefined }, 'read: Invalid input: expected string'],
    ['with a read date that does not exist', { read: '2026-02-30' }, 'read: calendar-date'],
    ['with neither a date nor a note on the date', { date: undefined }, 'date: web-date-or-note'],
    [
      'with an approval, which only a source document has',
      { approval: { by: 'Ledelsen', date: '2024' } },
      'Unrecognized key: "approval"',
    ],
  ])('refuses a web page %s', (_name, change, expected) => {
    const found = issues({ ...web, ...change });
    expect(
      found.some((line) => line.includes(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  it('refuses an address on a source document, and names the kinds it knows', () => {
    expect(issues({ ...read('tolga.yaml'), url: web.url })).toEqual([': Unrecognized key: "url"']);
    const kind = SourceSchema.safeParse({ ...web, kind: 'nettsted' }).error!.issues[0]!;
    expect(kind.path).toEqual(['kind']);
    expect('options' in kind && kind.options).toEqual(['veikart', 'rapport', 'retningslinjer', 'nettside']);
  });
});

describe('the comparison matrix', () => {
  const rule = (id: string, source: string): Rule => ({
    id,
    title: id,
    text: id,
    source,
    section: '1',
    audience: ['publiserer'],
    topics: ['innhold'],
    strength: 'skal',
  });
  const tolga: Source = {
    id: 'tolga',
    title: 'Tolga',
    lang: 'nb',
    shortName: 'Tolga',
    publisher: 'Tolga kommune',
    kind: 'retningslinjer',
    covers: 'x',
    page: '/tolga/',
  };

  it('gives a column to the source documents, not to the later web pages', () => {
    const matrix = buildMatrix(
      [rule('t1', 'tolga'), rule('u1', web.id)],
      [tolga, SourceSchema.parse(web)],
      ['innhold'],
    );
    expect(matrix.sources.map((s) => s.id)).toEqual(['tolga']);
    expect(matrix.rows[0]!.cells.map((cell) => cell.map((r) => r.id))).toEqual([['t1']]);
  });
});
