/** Placeholders in the self-test's questions: only those the site fills in (src/lib/shared/selftest/site-question.ts). */
import { entryWhere, type Content } from '../content-loading/load.ts';
import { QUESTION_PLACEHOLDERS } from '../lib/shared/selftest/site-question.ts';
import type { Problem } from '../problems/problem.ts';

/** `{{name}}`, with the name as its group. */
export const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;

/**
 * A problem for each `{{…}}` in `text` that is not one of `placeholders` (name → what it stands for).
 * Shared with the reply templates (src/checks/reply-templates.ts), which allow more of them.
 */
export function unknownPlaceholders(
  file: string,
  where: string,
  text: string,
  placeholders: Readonly<Record<string, string>>,
): Problem[] {
  const known = Object.keys(placeholders);
  return [...text.matchAll(PLACEHOLDER)]
    .filter((m) => !known.includes(m[1]!))
    .map((m) => ({
      file,
      where,
      message: `Ukjent plassholder «${m[0]}».`,
      fix: `bruk ${known.map((k) => `{{${k}}} (${placeholders[k]})`).join(', ')}, eller skriv teksten ut.`,
    }));
}

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
      unknownPlaceholders(entry.file, entryWhere(entry, field), text, QUESTION_PLACEHOLDERS),
    );
  });
}
