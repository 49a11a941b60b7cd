/**
 * What Moodle shows after every answer, whatever was chosen (its «general feedback»): the question's
 * explanation and links to the rules it tests on the published handbook, as HTML.
 */
import { escapeAttribute, escapeText } from '../../../shared/escape-html.ts';
import type { ExportQuestion } from './export-test.ts';

export function generalFeedbackHtml(q: Pick<ExportQuestion, 'explanation' | 'rules'>, readRule: string): string {
  const links = q.rules.map((r) => `<a href="${escapeAttribute(r.href)}">${escapeText(r.title)}</a>`).join(', ');
  return `<p>${escapeText(q.explanation)}</p><p>${escapeText(readRule)} ${links}</p>`;
}

/** Moodle's question name: the start of the question, so the question bank lists something readable. */
export function questionName(q: Pick<ExportQuestion, 'question'>, max = 80): string {
  const text = q.question.replace(/\s+/g, ' ').trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
