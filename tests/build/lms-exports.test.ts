/**
 * The exports for learning platforms as built, read back by real parsers and compared with the bank:
 * - Moodle XML (`/selvtest/<test>/moodle.xml`), parsed with fast-xml-parser: for every question the
 *   elements Moodle's qformat_xml import reads for multichoice and truefalse, grades Moodle accepts,
 *   and, read back, the same question as in the bank (text, options, right answers, feedback,
 *   explanation, rules);
 * - GIFT (`/selvtest/<test>/sporsmal.gift`), parsed with gift-pegjs, compared the same way;
 * - the SCORM package (`/selvtest/<test>/scorm.zip`), unzipped with fflate: `imsmanifest.xml` against
 *   the SCORM 1.2 structure, every file the launch page loads inside the package and listed, and the
 *   questions in the launch page the test's pool.
 * The bank is read from content/ here, with the demo site's `{{svartid}}` filled in, not from the code
 * that writes the exports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift, type GIFTQuestion, type MultipleChoice, type TrueFalse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, ROOT, builtContent } from './dist.ts';
import { bankVersion, poolFor } from '../../src/lib/site/selftest/bank.ts';
import { siteQuestion } from '../../src/lib/shared/selftest/site-question.ts';
import { responseTime } from '../../src/lib/site/municipality.ts';
import { handbook } from '../../src/config/index.ts';
import type { Question } from '../../src/schemas/question.ts';
import { unescapeHtml } from '../lms-export-fixture.ts';

const { content } = builtContent();
const questions = content.questions.map((q) => siteQuestion(q.data, { svartid: responseTime(handbook) }));
const tests = content.selfTests.map((t) => t.data);
const pages = builtPages();
const read = (url: string) => fs.readFileSync(path.join(DIST, url));

/** Moodle's grades (question_bank::fraction_options_full), in percent: an import stops at any other. */
const MOODLE_GRADES = [
  100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5,
  0,
];
/** The numbering styles qtype_multichoice knows. */
const ANSWER_NUMBERING = ['abc', 'ABCD', '123', 'iii', 'IIII', 'none'];

/** What a question is, as the bank has it and as an export must give it back. */
interface Comparable {
  id: string;
  type: Question['type'];
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
  explanation: string;
  rules: string[];
}
const comparable = (q: Question): Comparable => ({
  id: q.id,
  type: q.type,
  question: q.question,
  options: q.options.map(({ text, correct, feedback }) => ({ text, correct, feedback })),
  explanation: q.explanation,
  rules: q.rules,
});

/** The text of one `<p>`, as written for a plain text. */
function paragraph(html: string): string {
  const m = /^<p>([^<]*)<\/p>$/.exec(html);
  expect(m, html).not.toBeNull();
  return unescapeHtml(m![1]!);
}

/** The general feedback: the explanation, and links to the rules, each to its anchor on a built page of the site. */
function generalFeedback(html: string): { explanation: string; rules: string[] } {
  const m = /^<p>([^<]*)<\/p><p>Les regelen: (.*)<\/p>$/.exec(html);
  expect(m, html).not.toBeNull();
  const links = [...m![2]!.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)];
  expect(links.length).toBeGreaterThan(0);
  const rules = links.map(([, href]) => {
    const url = new URL(unescapeHtml(href!));
    expect(url.origin + '/').toBe(new URL(handbook.nettsted.url).origin + '/');
    const id = url.hash.slice(1);
    expect(pages.get(url.pathname), url.pathname).toContain(`id="${id}"`);
    return id;
  });
  return { explanation: unescapeHtml(m![1]!), rules };
}

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['question', 'answer', 'tag', 'file', 'organization', 'item', 'resource'].includes(name),
});

type Text = { text: string; '@format'?: string };
interface MoodleAnswer extends Text {
  '@fraction': string;
  feedback: Text;
}
interface MoodleQuestion {
  '@type': string;
  name: Text;
  questiontext: Text;
  generalfeedback: Text;
  idnumber: string;
  single?: string;
  shuffleanswers?: string;
  answernumbering?: string;
  answer: MoodleAnswer[];
  tags: { tag: Text[] };
}

/** Checks the grades of a question's answers as Moodle does, and gives back which answers are right. */
function checkFractions(type: Question['type'], fractions: number[]): boolean[] {
  for (const f of fractions) expect(MOODLE_GRADES, String(f)).toContain(Math.abs(f));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (type === 'multiple') {
    expect(sum(fractions.filter((f) => f > 0))).toBeCloseTo(100, 3);
    const wrong = fractions.filter((f) => f <= 0);
    // Every wrong option costs something, and all of them together take away a whole right answer.
    for (const f of wrong) expect(f).toBeLessThan(0);
    if (wrong.length) expect(sum(wrong)).toBeCloseTo(-100, 3);
    return fractions.map((f) => f > 0);
  }
  expect(fractions.filter((f) => f === 100)).toHaveLength(1);
  expect(fractions.filter((f) => f !== 100).every((f) => f === 0)).toBe(true);
  return fractions.map((f) => f === 100);
}

function fromMoodle(q: MoodleQuestion): Comparable {
  const feedback = generalFeedback(q.generalfeedback.text);
  expect(q.generalfeedback['@format']).toBe('html');
  expect(q.questiontext['@format']).toBe('html');
  expect(q.name.text.length).toBeGreaterThan(0);
  const tags = q.tags.tag.map((t) => t.text);
  expect(tags).toEqual(feedback.rules);
  const base = {
    id: q.idnumber,
    question: paragraph(q.questiontext.text),
    explanation: feedback.explanation,
    rules: tags,
  };
  for (const a of q.answer) {
    expect(a['@fraction'], JSON.stringify(a)).toMatch(/^-?\d+(\.\d+)?$/);
    expect(a.feedback.text.length).toBeGreaterThan(0);
  }
  if (q['@type'] === 'truefalse') {
    expect(q.answer.map((a) => a.text)).toEqual(['true', 'false']);
    const right = checkFractions(
      'truefalse',
      q.answer.map((a) => Number(a['@fraction'])),
    );
    const options = q.answer.map((a, i) => ({
      text: i === 0 ? 'Sant' : 'Usant',
      correct: right[i]!,
      feedback: paragraph(a.feedback.text),
    }));
    return { ...base, type: 'truefalse', options };
  }
  expect(q['@type']).toBe('multichoice');
  expect(['true', 'false']).toContain(q.single);
  expect(q.shuffleanswers).toBe('true');
  expect(ANSWER_NUMBERING).toContain(q.answernumbering);
  const type = q.single === 'true' ? 'single' : 'multiple';
  const right = checkFractions(
    type,
    q.answer.map((a) => Number(a['@fraction'])),
  );
  const options = q.answer.map((a, i) => ({
    text: paragraph(a.text),
    correct: right[i]!,
    feedback: paragraph(a.feedback.text),
  }));
  return { ...base, type, options };
}

function fromGift(q: GIFTQuestion): Comparable {
  expect(['MC', 'TF']).toContain(q.type);
  const question = q as MultipleChoice | TrueFalse;
  expect(question.stem.format).toBe('html');
  const feedback = generalFeedback(question.globalFeedback!.text);
  expect(question.tags).toEqual(feedback.rules);
  const base = {
    id: question.id!,
    question: unescapeHtml(question.stem.text),
    explanation: feedback.explanation,
    rules: question.tags!,
  };
  if (question.type === 'TF') {
    // Moodle reads {TRUE#a#b} as: a for a wrong answer, b for a right one (qformat_gift, split_truefalse_comment).
    // gift-pegjs names them trueFeedback and falseFeedback in that order.
    const [wrong, right] = [unescapeHtml(question.trueFeedback!.text), unescapeHtml(question.falseFeedback!.text)];
    const options = [
      { text: 'Sant', correct: question.isTrue, feedback: question.isTrue ? right : wrong },
      { text: 'Usant', correct: !question.isTrue, feedback: question.isTrue ? wrong : right },
    ];
    return { ...base, type: 'truefalse', options };
  }
  const weighted = question.choices.some((c) => c.weight !== null);
  const type = weighted ? 'multiple' : 'single';
  const correct = weighted
    ? checkFractions(
        'multiple',
        question.choices.map((c) => c.weight!),
      )
    : question.choices.map((c) => c.isCorrect);
  if (!weighted) expect(correct.filter(Boolean)).toHaveLength(1);
  const options = question.choices.map((c, i) => {
    expect(c.feedback?.text, c.text.text).toBeTruthy();
    return { text: unescapeHtml(c.text.text), correct: correct[i]!, feedback: unescapeHtml(c.feedback!.text) };
  });
  return { ...base, type, options };
}

describe.each(tests)('the exports of $id', (test) => {
  const pool = poolFor(test, questions).map(comparable);
  const byId = (list: Comparable[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

  it('Moodle XML: every question with the elements Moodle imports, and read back the same as the bank', () => {
    const parsed = xmlParser.parse(read(`/selvtest/${test.id}/moodle.xml`).toString('utf8')) as {
      quiz: { question: MoodleQuestion[] };
    };
    const [category, ...rest] = parsed.quiz.question;
    expect(category!['@type']).toBe('category');
    expect((category as unknown as { category: Text }).category.text).toBe(`$course$/top/${test.title}`);
    expect(rest).toHaveLength(pool.length);
    expect(byId(rest.map(fromMoodle))).toEqual(byId(pool));
  });

  it('GIFT: parsed by gift-pegjs, every question the same as in the bank', () => {
    const parsed = parseGift(read(`/selvtest/${test.id}/sporsmal.gift`).toString('utf8'));
    const [category, ...rest] = parsed;
    expect(category).toMatchObject({ type: 'Category', title: `$course$/top/${test.title}` });
    expect(rest).toHaveLength(pool.length);
    expect(byId(rest.map(fromGift))).toEqual(byId(pool));
  });

  it('SCORM: a SCORM 1.2 manifest that lists every file the launch page loads, all inside the package', () => {
    const files = unzipSync(new Uint8Array(read(`/selvtest/${test.id}/scorm.zip`)));
    const names = Object.keys(files);
    expect(names).toContain('imsmanifest.xml');
    const { manifest } = xmlParser.parse(strFromU8(files['imsmanifest.xml']!)) as { manifest: Record<string, any> };
    expect(manifest['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(manifest['@identifier']).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(manifest['@version']).toBe(bankVersion(questions));
    expect(manifest.metadata.schema).toBe('ADL SCORM');
    expect(manifest.metadata.schemaversion).toBe('1.2');
    expect(JSON.stringify(manifest.metadata['imsmd:lom'])).toContain(bankVersion(questions));
    expect(JSON.stringify(manifest.metadata['imsmd:lom'])).toContain(handbook.kommune.navn);

    const { organizations, resources } = manifest;
    const organization = organizations.organization.find((o: any) => o['@identifier'] === organizations['@default']);
    expect(organization, 'organizations@default names an organization').toBeDefined();
    expect(organization.title).toContain(test.title);
    expect(organization.title).toContain(handbook.kommune.navn);
    expect(organization.item).toHaveLength(1);
    const [item] = organization.item;
    expect(item['adlcp:masteryscore']).toBe(String(test.passMark));
    const resource = resources.resource.find((r: any) => r['@identifier'] === item['@identifierref']);
    expect(resource, 'the item points to a resource').toBeDefined();
    expect(resource['@adlcp:scormtype']).toBe('sco');
    expect(resource['@type']).toBe('webcontent');
    const listed = resource.file.map((f: any) => f['@href']);
    expect(listed).toContain(resource['@href']);
    // Every file in the package is listed, and every listed file is in the package.
    expect([...listed].sort()).toEqual(names.filter((n) => n !== 'imsmanifest.xml').sort());

    // What the launch page loads: only files of the package, each listed.
    const launch = strFromU8(files[resource['@href']]!);
    const loads = [
      ...launch.matchAll(/<(?:script|img|iframe|source)\b[^>]*\bsrc="([^"]+)"|<link\b[^>]*\bhref="([^"]+)"/g),
    ].map((m) => m[1] ?? m[2]!);
    expect(loads.length).toBeGreaterThanOrEqual(2);
    for (const file of loads) expect(listed, file).toContain(file);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(launch);
    expect(unescapeHtml(csp![1]!)).toContain("connect-src 'none'");
    expect(launch).not.toMatch(/\burl\(|@import/);
    expect(strFromU8(files['selvtest.css']!)).not.toMatch(/url\(|@import/);

    // The questions in the launch page are the test's pool, with every feedback and explanation.
    const bank = JSON.parse(/<script type="application\/json" data-bank>([^<]*)<\/script>/.exec(launch)![1]!) as Array<
      Omit<Comparable, 'rules'> & { rules: [string, string][] }
    >;
    const inPackage = bank.map((q) => ({ ...q, rules: q.rules.map(([, href]) => new URL(href).hash.slice(1)) }));
    expect(byId(inPackage.map(({ topic: _t, ...q }: any) => q))).toEqual(byId(pool));
    expect(launch).toContain(`data-count="${test.questionCount}"`);
    expect(launch).toContain(`data-pass="${test.passMark}"`);
  });
});
