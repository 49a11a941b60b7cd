/**
 * The pieces of the exports for learning platforms, on their own: GIFT and Moodle XML with every
 * character that means something in them, read back by the same parsers as the build test; the grades
 * of multiple-answer questions of every size; the zip writer read by another zip reader; and the SCORM
 * store and API search against a stand-in for a platform's API.
 */
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseGift, type MultipleChoice, type TrueFalse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { ExportQuestion } from '../../src/lib/site/selftest/lms/export-test.ts';
import { exportTestOf as exportTest, unescapeHtml } from '../lms-export-fixture.ts';
import { answerFractions, MOODLE_GRADES } from '../../src/lib/site/selftest/lms/fractions.ts';
import { escapeGift, giftFile } from '../../src/lib/site/selftest/lms/gift.ts';
import { moodleXml } from '../../src/lib/site/selftest/lms/moodle-xml.ts';
import { zip } from '../../src/lib/site/selftest/lms/zip.ts';
import { findScormApi, openLmsStore, timespan, type Scorm12Api } from '../../src/lib/browser/selftest/lms.ts';
import type { Saved } from '../../src/lib/browser/selftest/restore.ts';

/** Every character GIFT, HTML or XML gives a meaning to, and a line break. */
const NASTY = 'a~b=c#d{e}f:g\\h <script>&amp; "q" \'s\' ]]> -- ::x:: // y\nz';

const question = (over: Partial<ExportQuestion> = {}): ExportQuestion => ({
  id: 'spm-1',
  type: 'single',
  question: `Spørsmål ${NASTY}`,
  options: [
    { text: `Riktig ${NASTY}`, correct: true, feedback: `Bra ${NASTY}` },
    { text: `Feil ${NASTY}`, correct: false, feedback: `Nei ${NASTY}` },
  ],
  explanation: `Fordi ${NASTY}`,
  rules: [{ id: 'regel-a', title: `Regel ${NASTY}`, href: 'https://example.no/side/?a=1&b=2#regel-a' }],
  ...over,
});

describe('GIFT', () => {
  it('escapes its special characters so gift-pegjs reads every text back unchanged', () => {
    const single = question();
    const multiple = question({
      id: 'spm-2',
      type: 'multiple',
      options: [...single.options, { text: `Også riktig ${NASTY}`, correct: true, feedback: `Ja ${NASTY}` }],
    });
    const tf = question({
      id: 'spm-3',
      type: 'truefalse',
      options: [
        { text: 'Sant', correct: false, feedback: `Feil ${NASTY}` },
        { text: 'Usant', correct: true, feedback: `Riktig ${NASTY}` },
      ],
    });
    const [, a, b, c] = parseGift(giftFile(exportTest([single, multiple, tf]), 'Les regelen:'));
    const mc = a as MultipleChoice;
    expect(unescapeHtml(mc.stem.text)).toBe(single.question);
    expect(mc.choices.map((ch) => [unescapeHtml(ch.text.text), ch.isCorrect, unescapeHtml(ch.feedback!.text)])).toEqual(
      single.options.map((o) => [o.text, o.correct, o.feedback]),
    );
    expect(mc.globalFeedback!.text).toContain(`<p>${'Fordi '}`);
    expect(unescapeHtml(mc.globalFeedback!.text)).toContain(single.explanation);
    expect(mc.globalFeedback!.text).toContain('href="https://example.no/side/?a=1&amp;b=2#regel-a"');
    expect(mc.id).toBe('spm-1');
    expect(mc.tags).toEqual(['regel-a']);
    expect((b as MultipleChoice).choices.map((ch) => ch.weight)).toEqual([50, -100, 50]);
    const t = c as TrueFalse;
    expect(t.isTrue).toBe(false);
    // First the feedback for a wrong answer («Sant»), then for the right one.
    expect([unescapeHtml(t.trueFeedback!.text), unescapeHtml(t.falseFeedback!.text)]).toEqual([
      `Feil ${NASTY}`,
      `Riktig ${NASTY}`,
    ]);
  });

  it('escapes the backslash first, so an escape in the text is not taken for one of GIFT’s', () => {
    expect(escapeGift('\\=')).toBe('\\\\\\=');
    expect(escapeGift('a\nb')).toBe('a\\nb');
  });
});

describe('Moodle XML', () => {
  it('reads back every text unchanged, even one with CDATA’s end and markup in it', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      parseTagValue: false,
      isArray: (n) => ['question', 'answer'].includes(n),
    });
    const q = question();
    const parsed = parser.parse(moodleXml(exportTest([q]), 'Les regelen:'));
    const [, out] = parsed.quiz.question;
    expect(out.questiontext.text).toBe(
      `<p>${q.question.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`,
    );
    expect(unescapeHtml(out.questiontext.text.slice(3, -4))).toBe(q.question);
    expect(out.answer.map((a: { text: string }) => unescapeHtml(a.text.slice(3, -4)))).toEqual(
      q.options.map((o) => o.text),
    );
    expect(out.answer.map((a: { feedback: { text: string } }) => unescapeHtml(a.feedback.text.slice(3, -4)))).toEqual(
      q.options.map((o) => o.feedback),
    );
    expect(out.name.text.length).toBeLessThanOrEqual(80);
  });
});

describe('grades for Moodle', () => {
  it('are Moodle’s own for every multiple-answer question the schema allows (two to six options)', () => {
    for (let n = 2; n <= 6; n++) {
      for (let right = 1; right <= n; right++) {
        const options = Array.from({ length: n }, (_, i) => ({ text: String(i), correct: i < right, feedback: 'x' }));
        const fractions = answerFractions({ id: 'q', type: 'multiple', options });
        for (const f of fractions) expect(MOODLE_GRADES, `${right} av ${n}: ${f}`).toContain(Math.abs(f));
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(fractions.filter((f) => f > 0))).toBeCloseTo(100, 3);
        if (right < n) expect(sum(fractions.filter((f) => f < 0))).toBeCloseTo(-100, 3);
      }
    }
  });
});

describe('the zip writer', () => {
  it('writes an archive another reader opens, with the same bytes every time', () => {
    const files = [
      { name: 'imsmanifest.xml', data: '<manifest/>' },
      { name: 'mappe/æøå.js', data: 'x'.repeat(5000) },
    ];
    const archive = zip(files);
    const read = unzipSync(new Uint8Array(archive));
    expect(Object.keys(read)).toEqual(files.map((f) => f.name));
    expect(strFromU8(read['mappe/æøå.js']!)).toBe('x'.repeat(5000));
    expect(archive.length).toBeLessThan(5000);
    expect(zip(files).equals(archive)).toBe(true);
  });
});

/** A stand-in for a platform's SCORM 1.2 API: values in a map, every call recorded. */
function fakeApi({ initialize = 'true', suspend = '', status = 'not attempted', refuse = [] as string[] } = {}) {
  const values = new Map<string, string>([
    ['cmi.suspend_data', suspend],
    ['cmi.core.lesson_status', status],
  ]);
  const calls: string[] = [];
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), initialize),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetValue: (e) => values.get(e) ?? '',
    LMSSetValue: (e, v) => {
      if (refuse.includes(e)) return 'false';
      values.set(e, v);
      return 'true';
    },
  };
  return { api, values, calls };
}

const state = (result?: Saved['result']): Saved => ({
  v: 1,
  bank: 'abcd1234',
  round: { seed: 1, order: ['a'], optionOrder: { a: [0, 1] } },
  answers: result ? { a: [0] } : {},
  position: 0,
  ...(result && { result }),
});

describe('the SCORM store', () => {
  it('starts the session, marks a first launch incomplete, and resumes from suspend_data', () => {
    const { api, values } = fakeApi();
    const store = openLmsStore(api, 'k', () => {})!;
    expect(store.initial).toBeNull();
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    const again = fakeApi({ suspend: '{"v":1}', status: 'incomplete' });
    expect(openLmsStore(again.api, 'k', () => {})!.initial).toBe('{"v":1}');
  });

  it('reports a round in progress as incomplete and suspended, and a result as passed or failed with the score', () => {
    const { api, values, calls } = fakeApi();
    const store = openLmsStore(api, 'k', () => {})!;
    expect(store.save(state())).toBe(true);
    expect(JSON.parse(values.get('cmi.suspend_data')!)).toEqual(state());
    expect(values.get('cmi.core.exit')).toBe('suspend');
    expect(calls.at(-1)).toBe('LMSCommit');
    const passed = { correct: 10, total: 12, percent: 83, passed: true, missed: [], date: '2026-12-01' };
    store.save(state(passed));
    expect([
      values.get('cmi.core.lesson_status'),
      values.get('cmi.core.score.raw'),
      values.get('cmi.core.score.min'),
      values.get('cmi.core.score.max'),
    ]).toEqual(['passed', '83', '0', '100']);
    expect(values.get('cmi.core.exit')).toBe('');
    const failed = { ...passed, correct: 9, percent: 75, passed: false };
    const other = fakeApi();
    const second = openLmsStore(other.api, 'k', () => {})!;
    second.save(state(failed));
    expect([other.values.get('cmi.core.lesson_status'), other.values.get('cmi.core.score.raw')]).toEqual([
      'failed',
      '75',
    ]);
  });

  it('keeps the best result of an attempt: a pass and its score stand when the learner takes the test again', () => {
    const { api, values } = fakeApi();
    const store = openLmsStore(api, 'k', () => {})!;
    const result = { correct: 10, total: 12, percent: 83, passed: true, missed: [], date: '2026-12-01' };
    store.save(state(result));
    store.save(state());
    expect(values.get('cmi.core.lesson_status')).toBe('passed');
    store.save(state({ ...result, correct: 6, percent: 50, passed: false }));
    expect([values.get('cmi.core.lesson_status'), values.get('cmi.core.score.raw')]).toEqual(['passed', '83']);
    store.save(state({ ...result, correct: 12, percent: 100 }));
    expect(values.get('cmi.core.score.raw')).toBe('100');
  });

  it('says a state was not saved when the platform refuses it (suspend data over its limit)', () => {
    const { api } = fakeApi({ refuse: ['cmi.suspend_data'] });
    expect(openLmsStore(api, 'k', () => {})!.save(state())).toBe(false);
  });

  it('finishes the session once when the page is left, and gives no store when the platform will not start one', () => {
    const { api, calls, values } = fakeApi();
    let leave = () => {};
    openLmsStore(api, 'k', (finish) => (leave = finish));
    leave();
    leave();
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    expect(values.get('cmi.core.session_time')).toMatch(/^\d{2,4}:\d{2}:\d{2}$/);
    expect(openLmsStore(fakeApi({ initialize: 'false' }).api, 'k', () => {})).toBeNull();
  });
});

describe('session time', () => {
  it('is written as SCORM 1.2’s HH:MM:SS', () => {
    expect(timespan(0)).toBe('00:00:00');
    expect(timespan(3_723_400)).toBe('01:02:03');
    expect(timespan(200 * 3600 * 1000)).toBe('200:00:00');
  });
});

describe('finding the platform’s API', () => {
  type Win = { API?: Scorm12Api; parent: Win | null; opener?: Win | null };
  const { api } = fakeApi();
  const top = (): Win => {
    const w: Win = { parent: null };
    w.parent = w;
    return w;
  };

  it('looks in the window, then up through its parents, then from the window that opened it', () => {
    const lms = { ...top(), API: api };
    lms.parent = lms;
    const middle: Win = { parent: lms };
    expect(findScormApi({ parent: middle })).toBe(api);
    const popup = top();
    popup.opener = { parent: lms };
    expect(findScormApi(popup)).toBe(api);
    expect(findScormApi(top())).toBeNull();
  });

  it('gives up past seven windows up, and at a window of another origin', () => {
    const lms: Win = { ...top(), API: api };
    lms.parent = lms;
    let win: Win = lms;
    for (let i = 0; i < 9; i++) win = { parent: win };
    expect(findScormApi(win)).toBeNull();
    const foreign = {
      get API(): Scorm12Api {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      parent: null,
    };
    expect(findScormApi({ parent: foreign as Win })).toBeNull();
  });
});
