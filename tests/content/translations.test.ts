/**
 * The nynorsk edition kept in step (ADR 0011): the valid fixture has a nynorsk text for everything;
 * each case breaks it one way and asserts the message names the nynorsk file, where, and the fix.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkWith, original, type Changes } from './fixture.ts';
import { checkContent } from '../../src/checks/index.ts';
import { formatProblem } from '../../src/problems/problem.ts';

const check = (changes: Changes) => checkWith(changes, { translations: true });
const NN_RULES = 'content/nn/rules/demo.yaml';
const NN_QUESTIONS = 'content/nn/questions/demo.yaml';

describe('the nynorsk check', () => {
  it('accepts the valid fixture, where every shared text has its nynorsk', () => {
    expect(check({})).toEqual([]);
  });

  const errors: Array<[string, Changes, string]> = [
    ['a missing nynorsk file', { [NN_RULES]: null }, NN_RULES],
    [
      'a missing entry',
      { [NN_RULES]: original(NN_RULES).replace(/- id: demo-ikke-saksbehandling[\s\S]*$/, '') },
      'demo-ikke-saksbehandling',
    ],
    [
      'a missing field',
      { [NN_RULES]: original(NN_RULES).replace('  text: Svar innan ein arbeidsdag.\n', '') },
      'text (id demo-svar-raskt)',
    ],
    [
      'structure in the nynorsk file',
      { [NN_QUESTIONS]: original(NN_QUESTIONS).replace('feedback: Nei.', 'feedback: Nei.\n      correct: true') },
      'correct',
    ],
    [
      'a list of another length',
      {
        [NN_QUESTIONS]: original(NN_QUESTIONS).replace(
          /    - text: Neste veke\.\n      feedback: Det er for seint\.\n/,
          '',
        ),
      },
      'options (id demo-svar)',
    ],
    [
      'an id the bokmål lacks',
      {
        'content/nn/glossary.yaml':
          original('content/nn/glossary.yaml') + '- id: ukjend\n  term: Ukjend\n  definition: Finst ikkje.\n',
      },
      'ukjend',
    ],
    ['a missing fra', { [NN_RULES]: original(NN_RULES).replace(/  fra: \w+\n/, '') }, 'fra'],
    ['a missing nynorsk page', { 'content/nn/docs/index.md': null }, 'content/nn/docs/index.md'],
    [
      'a nynorsk page that leaves out a chart',
      { 'content/nn/docs/demo.mdx': original('content/nn/docs/demo.mdx').replace('<BarChart id="demo-svar" />', '') },
      'demo-svar',
    ],
  ];
  it.each(errors)('stops %s, naming the file and the fix', (_name, changes, named) => {
    const problems = check(changes);
    const match = problems.find((p) => p.startsWith('✖') && p.includes(named));
    expect(match, `expected an error naming ${named}, got:\n${problems.join('\n')}`).toBeDefined();
    expect(match).toContain('Slik retter du det:');
    expect(problems).toMatchSnapshot();
  });

  it('stops a nynorsk page that does not compile, as `npm run check` and a nynorsk site check it', () => {
    const broken = { 'content/nn/docs/demo.mdx': original('content/nn/docs/demo.mdx').replace('<BarChart id="demo-svar" />', '<BarChart id="demo-svar"') };
    for (const options of [{ nynorskPages: true }, { malform: 'nn' as const }]) {
      const problems = checkWith(broken, { translations: true, ...options });
      expect(problems.find((p) => p.startsWith('✖ content/nn/docs/demo.mdx › linje')), problems.join('\n')).toBeDefined();
    }
  });

  it('warns about a nynorsk file left behind by a removed bokmål file', () => {
    const problems = check({ 'content/nn/rules/gammal.yaml': '- id: gammal\n  title: Gammal\n  text: Gammal.\n' });
    expect(problems).toEqual([expect.stringMatching(/^⚠ content\/nn\/rules\/gammal\.yaml: /)]);
  });
});

describe('a changed bokmål text', () => {
  const ROOT = fileURLToPath(new URL('../..', import.meta.url));
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/translation-reviewed.ts'), ...args], {
      cwd: dir,
      encoding: 'utf8',
    });

  it('puts its nynorsk behind, with a warning naming the command, until the command marks it read', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-omsetjing-'));
    try {
      fs.cpSync(path.join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
      const edit = (file: string, from: string, to: string) =>
        fs.writeFileSync(path.join(dir, file), fs.readFileSync(path.join(dir, file), 'utf8').replace(from, to));
      edit('content/rules/demo.yaml', 'Svar innen en arbeidsdag.', 'Svar innen to timer.');
      edit('content/docs/index.md', 'Velkommen.', 'Velkommen hit.');
      // The changed rule also flags the question that tests it; that warning is review-questions.test.ts's.
      const problems = () =>
        checkContent(dir, { examples: true, translations: true, today: '2026-12-01' })
          .problems.map(formatProblem)
          .filter((p) => p.includes('content/nn/'));
      expect(problems()).toMatchSnapshot();

      expect(run(dir, NN_RULES, 'demo-svar-raskt').status).toBe(0);
      expect(problems()).toEqual([expect.stringContaining('content/nn/docs/index.md')]);
      expect(run(dir, 'content/nn/docs/index.md').status).toBe(0);
      expect(problems()).toEqual([]);
      // The mark is one line beside the id; the author's text is left as written.
      expect(fs.readFileSync(path.join(dir, NN_RULES), 'utf8')).toBe(
        original(NN_RULES).replace(
          /(id: demo-svar-raskt\n  fra: )\w+/,
          `$1${/fra: (\w+)/.exec(fs.readFileSync(path.join(dir, NN_RULES), 'utf8'))![1]}`,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not marked read while a text is missing on nynorsk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-omsetjing-'));
    try {
      fs.cpSync(path.join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, NN_RULES),
        original(NN_RULES).replace('  text: Svar innan ein arbeidsdag.\n', ''),
      );
      const result = run(dir, NN_RULES, 'demo-svar-raskt');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('ikke merket');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
