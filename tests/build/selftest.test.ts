/**
 * The self-test as built: every test's whole pool is on its bank pages as fieldsets with legends and
 * answers in disclosures, and in the JSON the in-page test fetches; the test page carries the bank
 * version and a link to the bank, and a quiz script that is on self-test pages only and under 10 kB
 * gzip (including what it imports).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT, builtContent, interfaceStrings } from './dist.ts';
import { bankDataUrl, bankPageUrl, bankVersion, poolFor } from '../../src/lib/site/selftest/bank.ts';
import { siteQuestion } from '../../src/lib/shared/selftest/site-question.ts';
import { responseTime } from '../../src/lib/site/municipality.ts';
import { handbook } from '../../src/config/index.ts';

const pages = builtPages();
const { content } = builtContent();
// The questions as this site asks them: {{svartid}} filled in from the demo site's config.
const questions = content.questions.map((q) => siteQuestion(q.data, { svartid: responseTime(handbook) }));
const scriptsOf = (html: string) => [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
const isQuiz = (src: string) =>
  fs.readFileSync(path.join(DIST, src), 'utf8').includes('customElements.define(`self-test`');

describe('the self-test pages', () => {
  it('offer at least two tests, for all employees and for those who publish', () => {
    const ids = content.selfTests.map((t) => t.data.id);
    expect(ids).toEqual(expect.arrayContaining(['alle-ansatte', 'publiserer']));
    for (const id of ids) expect(pages.get('/selvtest/'), id).toContain(`href="/selvtest/${id}/"`);
  });

  it('have a bank of at least 40 questions covering every source with rules and every audience', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    const rules = new Map(content.rules.map((r) => [r.data.id, r.data]));
    const sources = new Set(questions.flatMap((q) => q.rules.map((id) => rules.get(id)!.source)));
    // A source cited only on pages (a practice example with no rule of its own) has nothing to ask about.
    const withRules = new Set(content.rules.map((r) => r.data.source));
    expect([...sources].sort()).toEqual([...withRules].sort());
    expect(new Set(questions.flatMap((q) => q.audience))).toEqual(
      new Set(['ansatt', 'publiserer', 'leder', 'politiker']),
    );
  });

  it.each(content.selfTests.map((t) => t.data))(
    '$id: shows its pool readable without JavaScript, with the bank version',
    (test) => {
      const html = pages.get(`/selvtest/${test.id}/`)!;
      const pool = poolFor(test, questions);
      expect(html).toContain(`href="${bankPageUrl(test.id, 1)}"`);
      const bank = [...pages].filter(([url]) => url.startsWith(bankPageUrl(test.id, 1))).map(([, page]) => page);
      expect(bank.length).toBeGreaterThanOrEqual(1);
      const answer = `<summary>${interfaceStrings()['handbok.selftest.seeAnswer']}</summary>`;
      for (const page of bank) expect(page.match(/<legend>/g)?.length).toBe(page.split(answer).length - 1);
      const shown = bank.flatMap((page) =>
        [...page.matchAll(/<fieldset class="quiz-question" data-question="([^"]+)"/g)].map((m) => m[1]),
      );
      expect(shown.sort()).toEqual(pool.map((q) => q.id).sort());
      const data = JSON.parse(fs.readFileSync(path.join(DIST, bankDataUrl(test.id)), 'utf8')) as Array<{
        id: string;
        rules: [string, string][];
      }>;
      expect(data.map((q) => q.id).sort()).toEqual(pool.map((q) => q.id).sort());
      expect(
        data.every((q) => q.rules.length > 0 && q.rules.every(([title, href]) => title && href.includes('#'))),
      ).toBe(true);
      expect(html).toContain(`data-bank="${bankVersion(questions)}"`);
      expect(html).toContain(`data-count="${test.questionCount}"`);
      expect(html).toContain(`data-pass="${test.passMark}"`);
    },
  );

  it('load the quiz script only on self-test pages, under 10 kB gzip', () => {
    let found = 0;
    for (const [url, html] of pages) {
      const quiz = scriptsOf(html).filter(isQuiz);
      const isTest = /^\/selvtest\/[^/]+\/$/.test(url);
      expect(quiz.length, url).toBe(isTest ? 1 : 0);
      if (!isTest) continue;
      found++;
      // The script and every module it imports.
      const files = new Set<string>([quiz[0]!]);
      for (const file of files) {
        for (const [, dep] of fs.readFileSync(path.join(DIST, file), 'utf8').matchAll(/from\s*["']\.\/([^"']+)["']/g))
          files.add(`/_astro/${dep}`);
      }
      const gzip = [...files].reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(DIST, f))).length, 0);
      expect(gzip, `${url}: ${[...files].join(', ')}`).toBeLessThan(10 * 1024);
    }
    expect(found).toBe(content.selfTests.length);
  });
});

describe('the questions as this site asks them', () => {
  it('use the response time the config promises, and leave no placeholder', () => {
    const promise = responseTime(handbook);
    const raw = content.questions.find((q) => q.data.explanation.includes('{{svartid}}'));
    expect(raw, 'a question that uses {{svartid}}').toBeDefined();
    const bank = fs.readFileSync(path.join(DIST, bankDataUrl('publiserer')), 'utf8');
    expect(bank).toContain(promise);
    for (const [url, html] of pages) expect(html, url).not.toContain('{{svartid}}');
    expect(bank).not.toContain('{{');
  });
});
