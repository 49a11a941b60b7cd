/**
 * html-validate on every built page, with the project's .htmlvalidate.json (the recommended rules;
 * each change to them carries its reason in the config, which this test also checks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate';
import { builtPages, ROOT } from './dist.ts';

const CONFIG = path.join(ROOT, '.htmlvalidate.json');
const validator = new HtmlValidate(new FileSystemConfigLoader());
const REASON = /^\/\/ ([a-z-]+): /;

/** One line per problem: page, line:column, rule and message. */
function lines(url: string, report: Report): string[] {
  return report.results.flatMap((r) => r.messages.map((m) => `${url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('html-validate', () => {
  it('finds no problems on any built page', async () => {
    const pages = builtPages();
    expect(pages.size).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const [url, html] of pages) {
      // The filename decides which config applies: the one at the project root.
      problems.push(...lines(url, await validator.validateString(html, path.join(ROOT, 'dist', url, 'index.html'))));
    }
    expect(problems).toEqual([]);
  });

  it('still reports the rules it keeps', async () => {
    const html =
      '<!DOCTYPE html><html lang="nb"><head><title>Test</title></head><body><p id="a">1</p><p id="a">2</p><div role="region" aria-label="x" style="color: red">3</div></body></html>';
    const report = await validator.validateString(html, path.join(ROOT, 'dist', 'proeve.html'));
    expect(report.results[0]!.messages.map((m) => m.ruleId).sort()).toEqual([
      'no-dup-id',
      'no-inline-style',
      'prefer-native-element',
    ]);
  });

  it('gives a reason next to every rule it changes', () => {
    const keys = Object.keys(JSON.parse(fs.readFileSync(CONFIG, 'utf8')).rules as Record<string, unknown>);
    const changed = keys.filter((k) => !k.startsWith('//'));
    const reasons = keys.flatMap((k) => REASON.exec(k)?.[1] ?? []);
    expect(changed.length).toBeGreaterThan(0);
    for (const rule of changed) {
      // The reason is the key right above the rule.
      expect(
        REASON.exec(keys[keys.indexOf(rule) - 1] ?? '')?.[1],
        `${rule} har ingen begrunnelse rett over seg i .htmlvalidate.json`,
      ).toBe(rule);
    }
    expect(reasons.sort()).toEqual([...changed].sort());
  });
});
