/**
 * The question bank of one test as Moodle XML, the format Moodle's question bank imports
 * (question/format/xml, `qformat_xml`), for a platform manager who builds the quiz in Moodle or KS Læring.
 *
 * First a category question (the test's title), so the import lands in a category of its own. Then,
 * for each question, the elements qformat_xml reads:
 * - multichoice (single and multiple): `single`, `shuffleanswers`, `answernumbering`, the combined
 *   feedback, and each `answer` with its `fraction` (fractions.ts) and `feedback`;
 * - truefalse: an `answer` «true» and one «false», each with its fraction and feedback;
 * - both: `name`, `questiontext`, `generalfeedback` (the explanation and links to the rules),
 *   `defaultgrade`, `penalty`, `idnumber` (the question's id) and `tags` (the ids of its rules).
 * Texts are HTML (format="html"), escaped, inside CDATA as Moodle's own export writes them.
 */
import { escapeText } from '../../../shared/escape-html.ts';
import type { ExportQuestion, ExportTest } from './export-test.ts';
import { answerFractions } from './fractions.ts';
import { generalFeedbackHtml, questionName } from './general-feedback.ts';
import { trueFalse } from './true-false.ts';

/** As XML element text or attribute value. */
const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** HTML inside CDATA. HTML escaping leaves no `>`, so the text can never hold the `]]>` that ends CDATA. */
const cdata = (htmlText: string) => `<![CDATA[${htmlText}]]>`;

const text = (htmlText: string) => `<text>${cdata(htmlText)}</text>`;
const para = (plain: string) => `<p>${escapeText(plain)}</p>`;

function answer(fraction: number, body: string, feedback: string, format = 'html'): string {
  return `    <answer fraction="${fraction}" format="${format}">
      <text>${body}</text>
      <feedback format="html">${text(para(feedback))}</feedback>
    </answer>`;
}

function answersOf(q: ExportQuestion): string[] {
  if (q.type === 'truefalse') {
    const tf = trueFalse(q);
    return [
      answer(tf.isTrue ? 100 : 0, 'true', tf.trueFeedback, 'moodle_auto_format'),
      answer(tf.isTrue ? 0 : 100, 'false', tf.falseFeedback, 'moodle_auto_format'),
    ];
  }
  const fractions = answerFractions(q);
  return q.options.map((o, i) => answer(fractions[i]!, cdata(para(o.text)), o.feedback));
}

/** What only multichoice has: one or several answers, shuffled, numbered a, b, c. */
function multichoiceSettings(q: ExportQuestion): string[] {
  if (q.type === 'truefalse') return [];
  return [
    `    <single>${q.type === 'single' ? 'true' : 'false'}</single>`,
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    '    <showstandardinstruction>1</showstandardinstruction>',
    `    <correctfeedback format="html">${text('')}</correctfeedback>`,
    `    <partiallycorrectfeedback format="html">${text('')}</partiallycorrectfeedback>`,
    `    <incorrectfeedback format="html">${text('')}</incorrectfeedback>`,
    '    <shownumcorrect/>',
  ];
}

function question(q: ExportQuestion, readRule: string): string {
  answerFractions(q);
  return [
    `  <question type="${q.type === 'truefalse' ? 'truefalse' : 'multichoice'}">`,
    `    <name><text>${xml(questionName(q))}</text></name>`,
    `    <questiontext format="html">${text(para(q.question))}</questiontext>`,
    `    <generalfeedback format="html">${text(generalFeedbackHtml(q, readRule))}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    // No second try in a self-test round, so no penalty for one.
    '    <penalty>0</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${xml(q.id)}</idnumber>`,
    ...multichoiceSettings(q),
    ...answersOf(q),
    `    <tags>${q.rules.map((r) => `<tag><text>${xml(r.id)}</text></tag>`).join('')}</tags>`,
    '  </question>',
  ].join('\n');
}

export function moodleXml(test: ExportTest, readRule: string): string {
  const info = `${test.title}. ${test.municipality}, spørsmålsbank ${test.version}. ${test.site}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- ${xml(info).replace(/--/g, '- -')} -->
<quiz>
  <question type="category">
    <category><text>${xml(`$course$/top/${test.title.replace(/\//g, '-')}`)}</text></category>
    <info format="html">${text(para(info))}</info>
  </question>
${test.questions.map((q) => question(q, readRule)).join('\n')}
</quiz>
`;
}
