/**
 * `npm run oversett`: a nynorsk draft of a site's own rule file or page, made by Apertium, with every
 * drafted text marked «UTKAST:» so publishing stops until a person has read it; the bokmål is kept.
 * Without Apertium it says what to install and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDrafts } from '../../src/checks/drafts.ts';
import { protect } from '../../src/translation/draft.ts';

const CLI = path.resolve(import.meta.dirname, '../../src/cli/translate-draft.ts');
const RULES = `# Våre egne regler
- id: egen-svartid
  title: Vi svarer innen en arbeidsdag
  text: >-
    Svar på spørsmål fra innbyggere innen en arbeidsdag. Hvis du ikke vet svaret, si når de får det.
  source: eksempelvik
  section: punkt 2
  audience: [publiserer]
  topics: [svartid]
  strength: skal
`;
const PAGE = `---
title: Våre rutiner
description: Hvordan vi jobber hver dag.
audience: [publiserer]
---

import { Rule } from 'handbok-sosiale-medier/components';

## Hvem gjør hva

Kommunikasjonsenheten har ansvaret.
Spør [redaksjonen](/roller/publiserer/) om hjelp.

- Ikke slett kritikk.

<Rule id="egen-svartid" />
`;

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function site(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-oversett-'));
  fs.mkdirSync(path.join(dir, 'lokalt/regler'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'lokalt/sider'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'lokalt/regler/egne.yaml'), RULES);
  fs.writeFileSync(path.join(dir, 'lokalt/sider/rutiner.mdx'), PAGE);
  return dir;
}
const run = (cwd: string, file: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [CLI, file], { cwd, encoding: 'utf8', env });
const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

it('drafts a rule file in nynorsk, marks every text and keeps the bokmål', () => {
  const result = run(site(), 'lokalt/regler/egne.yaml');
  expect(result.status, result.stderr).toBe(0);
  const [rule] = parse(read('lokalt/regler/egne.yaml'));
  expect(rule.text).toMatch(
    /^UTKAST: Svar på spørsmål frå innbyggjarar innan ein arbeidsdag\. Viss du ikkje veit svaret/,
  );
  expect(rule.title).toBe('Vi svarer innan ein arbeidsdag');
  expect(read('lokalt/regler/egne.yaml')).toMatch(/title: Vi svarer innan ein arbeidsdag # UTKAST:/);
  // Structure is untouched, and the comment at the top stays.
  expect({ ...rule, title: undefined, text: undefined }).toEqual({
    ...parse(RULES)[0],
    title: undefined,
    text: undefined,
  });
  expect(read('lokalt/regler/egne.yaml')).toMatch(/^# Våre egne regler\n/);
  expect(read('lokalt/regler/_egne.bokmal.yaml')).toBe(RULES);
  // Publishing stops on both marks; drafting only warns.
  const marks = checkDrafts(dir, true).filter((p) => p.file === 'lokalt/regler/egne.yaml');
  expect(marks.map((p) => [p.where, p.severity])).toEqual([
    ['linje 3', 'error'],
    ['linje 5', 'error'],
  ]);
});

it('drafts a page: frontmatter texts and prose, not imports, tags or link addresses', () => {
  const result = run(site(), 'lokalt/sider/rutiner.mdx');
  expect(result.status, result.stderr).toBe(0);
  const page = read('lokalt/sider/rutiner.mdx');
  expect(page).toContain('title: "UTKAST: Rutinane våre"');
  expect(page).toContain('## UTKAST: Kven gjer kva');
  expect(page).toContain(
    'UTKAST: Kommunikasjonseininga har ansvaret.\nSpør [redaksjonen](/roller/publiserer/) om hjelp.',
  );
  expect(page).toContain('- UTKAST: Ikkje slett kritikk.');
  expect(page).toContain("import { Rule } from 'handbok-sosiale-medier/components';");
  expect(page).toContain('<Rule id="egen-svartid" />');
  expect(page).toContain('audience: [publiserer]');
  expect(read('lokalt/sider/_rutiner.bokmal.mdx')).toBe(PAGE);
});

it('without Apertium says what to install and writes nothing', () => {
  const cwd = site();
  const result = run(cwd, 'lokalt/regler/egne.yaml', { ...process.env, PATH: path.dirname(process.execPath) });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('apt-get install apertium apertium-nno-nob');
  expect(read('lokalt/regler/egne.yaml')).toBe(RULES);
  expect(fs.existsSync(path.join(cwd, 'lokalt/regler/_egne.bokmal.yaml'))).toBe(false);
});

it('refuses shared content and a file drafted before', () => {
  const cwd = site();
  expect(run(cwd, 'content/rules/sogne.yaml').stderr).toContain('er ikke en av kommunens egne filer');
  expect(run(cwd, 'lokalt/regler/egne.yaml').status).toBe(0);
  const again = run(cwd, 'lokalt/regler/egne.yaml');
  expect(again.status).toBe(1);
  expect(again.stderr).toContain('finnes fra før');
});

it('keeps tags, addresses, placeholders and brackets away from the translator', () => {
  const text =
    'Se <Rule id="sogne-x" /> og [lenka](/roller/publiserer/), skriv til {{epost}} [navn] eller `npm run x`.';
  const { text: guarded, restore } = protect(text);
  expect(guarded).not.toMatch(/sogne|roller|epost|navn|npm/);
  expect(restore(guarded)).toBe(text);
});
