/** `npm run sporsmal:gjennomgatt` records the current rule texts, after which the check is quiet again. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { checkContent } from '../../src/checks/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The changed rule also puts its nynorsk behind; that warning has tests of its own (translations.test.ts).
const ONLY_BOKMAL = { examples: true, translations: false };

it('marks a question as reviewed against a changed rule, and refuses an unknown id', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-review-'));
  fs.cpSync(path.join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
  const rules = path.join(dir, 'content/rules/demo.yaml');
  fs.writeFileSync(rules, fs.readFileSync(rules, 'utf8').replace('Svar innen en arbeidsdag.', 'Svar innen to timer.'));
  expect(checkContent(dir, ONLY_BOKMAL).problems.map((p) => p.severity)).toEqual(['warning']);

  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/review-questions.ts'), ...args], { cwd: dir, encoding: 'utf8' });
  const ok = run('demo-svar');
  expect(ok.status, ok.stderr).toBe(0);
  expect(ok.stdout).toContain('1 spørsmål er merket som gjennomgått');
  expect(checkContent(dir, ONLY_BOKMAL).problems).toEqual([]);

  const unknown = run('finnes-ikke');
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain('Fant ikke spørsmålet «finnes-ikke»');
  fs.rmSync(dir, { recursive: true });
});
