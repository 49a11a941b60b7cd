/** Placeholders in the self-test's questions: only those the site fills in (src/lib/shared/selftest/site-question.ts). */
import { entryWhere, type Content } from '../content-loading/load.ts';
import { QUESTION_PLACEHOLDERS } from '../lib/shared/selftest/site-question.ts';
import type { Problem } from '../problems/problem.ts';

const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;
const known = Object.keys(QUESTION_PLACEHOLDERS);

export function checkPlaceholders(content: Content): Problem[] {
  return content.questions.flatMap((entry) => {
    const q = entry.data;
    const texts: Array<[string, string]> = [
      ['question', q.question],
      ['explanation', q.explanation],
      ...q.options.flatMap((o, i): Array<[string, string]> => [
        [`options[${i}].text`, o.text],
        [`options[${i}].feedback`, o.feedback],
      ]),
    ];
    return texts.flatMap(([field, text]) =>
      [...text.matchAll(PLACEHOLDER)]
        .filter((m) => !known.includes(m[1]!))
        .map((m) => ({
          file: entry.file,
          where: entryWhere(entry, field),
          message: `Ukjent plassholder «${m[0]}».`,
          fix: `bruk ${known.map((k) => `{{${k}}} (${QUESTION_PLACEHOLDERS[k as keyof typeof QUESTION_PLACEHOLDERS]})`).join(', ')}, eller skriv teksten ut.`,
        })),
    );
  });
}
