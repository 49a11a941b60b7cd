/**
 * Builds a throwaway content tree from the valid fixture plus the changes a test names,
 * runs the content check on it and returns the formatted problem lines.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckOptions } from '../../src/checks/index.ts';
import { formatProblem } from '../../src/problems/problem.ts';

const VALID = fileURLToPath(new URL('../fixtures/valid', import.meta.url));

/**
 * Path → new text (or bytes, for encodings), null to delete the file, or a symlink to make there.
 * Paths are relative to the fixture root.
 */
export type Changes = Record<string, string | Uint8Array | null | { symlink: string }>;

/** The day the fixture is checked on: fixed, so no check of dates (reviews, revisions) depends on when the tests run. */
export const FIXTURE_TODAY = '2026-12-01';

export function checkWith(changes: Changes = {}, options: Partial<CheckOptions> = {}): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-check-'));
  try {
    fs.cpSync(VALID, dir, { recursive: true });
    for (const [file, text] of Object.entries(changes)) {
      const target = path.join(dir, file);
      if (text === null) fs.rmSync(target);
      else if (typeof text === 'object' && 'symlink' in text) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.symlinkSync(text.symlink, target);
      } else {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
      }
    }
    // The nynorsk check has tests of its own (translations.test.ts); here it would add to every case that edits the bokmål.
    return checkContent(dir, { examples: true, today: FIXTURE_TODAY, translations: false, ...options }).problems.map(formatProblem);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The valid fixture's text of a file, to edit with `.replace`. */
export const original = (file: string) => fs.readFileSync(path.join(VALID, file), 'utf8');

/**
 * A small decision tree on the fixture's rules, for `content/trees/demo.yaml`: a question with two
 * outcomes, `sak` and `svar`. `sakFields` are extra YAML lines for the outcome `sak`.
 */
export const demoTree = (sakFields = '') => `id: demo
title: Demo
description: Et lite tre.
order: 1
audience: [publiserer]
sources: [demo]
review:
  lastReviewed: 2026-11-30
  owner: Redaksjonen
start: start
nodes:
  - id: start
    type: question
    question: Er det en sak?
    options:
      - { label: Ja, next: sak }
      - { label: Nei, next: svar }
  - id: sak
    type: outcome
    title: Saksbehandling
    advice: Be om e-post.
    rules: [demo-ikke-saksbehandling]
${sakFields}  - id: svar
    type: outcome
    title: Svar
    advice: Svar raskt.
    rules: [demo-svar-raskt]
`;
