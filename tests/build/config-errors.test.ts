/**
 * A wrong handbok.config.ts, as an author meets it: from `npm run check` and from `npm run build`.
 * Each prints the bokmål problem with the field and the fix, and no stack trace (a communications
 * officer cannot act on one). The messages themselves are pinned in tests/unit/config.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from './project-copy.ts';
import { ROOT } from './dist.ts';

let copy: string;
const CONFIG = 'handbok.config.ts';
let original: string;

beforeAll(() => {
  copy = copyProject('handbok-config-errors-');
  original = fs.readFileSync(path.join(copy, CONFIG), 'utf8');
});
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

function handbok(command: string, config: string) {
  fs.writeFileSync(path.join(copy, CONFIG), config);
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(NODE_ENV|VITEST.*|MODE|DEV|PROD|SSR|TEST)$/.test(key)) delete env[key];
  const result = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/handbok.mjs'), command], {
    cwd: copy,
    encoding: 'utf8',
    env,
    timeout: 300_000,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Node's and Vite's stack lines: «    at fn (file:line:col)». */
const STACK = /^\s+at\s.+[:(]\d+/m;

const cases: Array<[string, (config: string) => string, string]> = [
  [
    'a misspelt field',
    (c) => c.replace("malform: 'nb'", "malfrom: 'nb'"),
    '✖ handbok.config.ts › malfrom: Ukjent felt «malfrom». Slik retter du det: mente du «malform»?',
  ],
  [
    'a colour too pale to read',
    (c) => c.replace("lys: '#1d4fb8'", "lys: '#ffcc00'"),
    '✖ handbok.config.ts › farger.lys: Fargen #ffcc00 har for lav kontrast',
  ],
];

describe('a wrong config', () => {
  for (const command of ['check', 'build']) {
    for (const [name, change, message] of cases) {
      it(`stops \`${command}\` on ${name} with the field and the fix, and no stack trace`, () => {
        const { status, output } = handbok(command, change(original));
        expect(status, output).not.toBe(0);
        expect(output).toContain(message);
        expect(output).toContain('Slik retter du det:');
        expect(output).not.toMatch(STACK);
      });
    }
  }

  it.each(['check', 'build'])(
    'stops `%s` on a TypeScript syntax error with the line and what to look for, in bokmål',
    (command) => {
      const { status, output } = handbok(
        command,
        original.replace("redaksjon: 'Kommunikasjonsavdelingen',", "redaksjon: 'Kommunikasjonsavdelingen'',"),
      );
      expect(status, output).not.toBe(0);
      expect(output).toMatch(
        /✖ handbok\.config\.ts: Filen har en skrivefeil på linje \d+ \(TypeScript melder: «.+»\)\. Slik retter du det: se etter et komma/,
      );
      expect(output).not.toMatch(STACK);
    },
  );
});
