/** Content YAML is read quickly (js-yaml) and still as YAML 1.2, with errors that say where the file broke (yaml). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parsePage, parseYaml } from '../../src/content-loading/parse.ts';
import { readPageBody } from '../../src/content-loading/page-body.ts';

it('reads YAML 1.2 as the error-reporting parser does: dates and «no» stay text, numbers are numbers', () => {
  const text = [
    'lastReviewed: 2026-11-21',
    'answer: no',
    'on: yes',
    'count: 012',
    'share: 0.5',
    'empty:',
    'list: [a, "b: c"]',
    'nested:',
    '  - id: x',
    '    text: |',
    '      To linjer',
    '      her.',
  ].join('\n');
  const parsed = parseYaml('demo.yaml', text);
  expect(parsed).toEqual({ ok: true, data: parseDocument(text).toJS() });
  expect(parsed.ok && parsed.data).toMatchObject({
    lastReviewed: '2026-11-21',
    answer: 'no',
    on: 'yes',
    count: 12,
    empty: null,
  });
});

it('says on which line a file broke', () => {
  const parsed = parseYaml('demo.yaml', 'id: a\ntext: en: to\n');
  expect(parsed.ok).toBe(false);
  expect(!parsed.ok && parsed.problem).toMatchObject({ file: 'demo.yaml', where: 'linje 2' });
});

it('refuses a field written twice', () => {
  expect(parseYaml('demo.yaml', 'id: a\nid: b\n').ok).toBe(false);
});

it('treats an empty frontmatter as no fields', () => {
  const page = parsePage('demo.mdx', '---\n\n---\nTekst\n');
  expect(page.ok).toBe(false);
  expect(!page.ok && page.problem.message).toBe('Frontmatter er ikke et sett med felt.');
});

it('cuts a page as parsePage does when the checks read its body again (readPageBody)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-body-'));
  const texts = [
    '---\ntitle: A\n---\nTekst\n',
    '---\r\ntitle: B\r\nsources: []\r\n---\r\n\r\n## Del\r\n',
    '---\ntitle: C\n---',
  ];
  texts.forEach((text, i) => {
    fs.writeFileSync(path.join(dir, `${i}.mdx`), text);
    const parsed = parsePage(`${i}.mdx`, text);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(readPageBody(dir, { file: `${i}.mdx` })).toEqual({ body: parsed.data.body, bodyLine: parsed.data.bodyLine });
  });
  fs.writeFileSync(path.join(dir, 'none.mdx'), 'Ingen frontmatter\n');
  expect(readPageBody(dir, { file: 'none.mdx' })).toBeUndefined();
  fs.rmSync(dir, { recursive: true });
});
