/** Shared by the tests of the exports for learning platforms: a test around given questions, and reading HTML text back. */
import type { ExportQuestion, ExportTest } from '../src/lib/site/selftest/lms/export-test.ts';

/** A self-test with these questions and made-up settings, as the exporters take it. */
export const exportTestOf = (questions: ExportQuestion[]): ExportTest => ({
  id: 'test',
  title: 'Test: en prøve',
  description: 'Beskrivelse',
  questionCount: 1,
  passMark: 80,
  municipality: 'Testvik kommune',
  version: 'abcd1234',
  site: 'https://example.no/',
  lang: 'nb',
  questions,
  quiz: [],
});

/** HTML text as written by src/lib/shared/escape-html.ts, read back. */
export const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
