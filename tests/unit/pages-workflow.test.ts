/** This project's own Pages workflow (the demo site) uses the same Node 24 actions a municipality's site gets. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/scaffold/workflow.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe("the demo site's Pages workflow", () => {
  it('uses the actions of the scaffold’s workflow, in the same order', () => {
    const workflow = parse(fs.readFileSync(path.join(ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { uses?: string }[] }>;
    };
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses).toEqual(Object.values(ACTIONS));
  });
});
