/**
 * The question bank of one test as GIFT, Moodle's plain-text question format
 * (docs.moodle.org, «GIFT format»), for a platform manager who builds the quiz by hand.
 *
 * Each question is `// [id:…] [tag:…]` (Moodle reads the id and the tags from that comment; the tags
 * are the rule ids), `::name::[html]question{answers####general feedback}`. Texts are HTML-escaped
 * (the format is [html], so the general feedback can link to the rules), then GIFT's own special
 * characters `~ = # { } :` and the backslash are escaped with a backslash, and a line break is `\n`.
 * Grades are from fractions.ts: `=` for the one right option of a single-answer question, `~%50%`
 * and `~%-50%` for the options of a multiple-answer question. True/false is `{TRUE#…#…}`, where the
 * first feedback is what Moodle shows for a wrong answer and the second for a right one.
 */
import { escapeText } from '../../../shared/escape-html.ts';
import type { ExportQuestion, ExportTest } from './export-test.ts';
import { answerFractions } from './fractions.ts';
import { generalFeedbackHtml, questionName } from './general-feedback.ts';
import { trueFalse } from './true-false.ts';

/** GIFT's escapes, after HTML escaping. The backslash goes first, so the others are not doubled. */
export const escapeGift = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/[~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, '\\n');

const html = (text: string) => escapeGift(escapeText(text));

function answers(q: ExportQuestion): string[] {
  if (q.type === 'truefalse') {
    const tf = trueFalse(q);
    const [wrong, right] = tf.isTrue ? [tf.falseFeedback, tf.trueFeedback] : [tf.trueFeedback, tf.falseFeedback];
    return [`${tf.isTrue ? 'TRUE' : 'FALSE'}#${html(wrong)}#${html(right)}`];
  }
  const fractions = answerFractions(q);
  return q.options.map((o, i) => {
    const grade = q.type === 'single' ? (o.correct ? '=' : '~') : `~%${fractions[i]}%`;
    return `${grade}${html(o.text)}#${html(o.feedback)}`;
  });
}

function question(q: ExportQuestion, readRule: string): string {
  answerFractions(q);
  const tags = q.rules.map((r) => ` [tag:${r.id}]`).join('');
  return [
    `// [id:${q.id}]${tags}`,
    `::${escapeGift(questionName(q))}::[html]${html(q.question)}{`,
    ...answers(q).map((a) => `\t${a}`),
    `\t####${escapeGift(generalFeedbackHtml(q, readRule))}`,
    '}',
  ].join('\n');
}

/** The GIFT file: a header comment, the category (the test's title) and every question of the pool. */
export function giftFile(test: ExportTest, readRule: string): string {
  const header = [
    `// ${test.title}. ${test.municipality}, spørsmålsbank ${test.version}. ${test.site}`,
    `// ${test.questions.length} spørsmål. Testen på nettstedet trekker ${test.questionCount} og krever ${test.passMark} % riktige.`,
    // A slash in a category name would make Moodle nest categories.
    `$CATEGORY: $course$/top/${test.title.replace(/\//g, '-')}`,
  ].join('\n');
  return `${[header, ...test.questions.map((q) => question(q, readRule))].join('\n\n')}\n`;
}
