/**
 * What protects the bank also protects the exports for learning platforms: a question with no right
 * answer (or a single-answer question with two) is stopped by `npm run check`, which the build runs
 * first, and if one ever reached the exporters they stop as well rather than write it. Both messages
 * are snapshotted.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, original } from './fixture.ts';
import { giftFile } from '../../src/lib/site/selftest/lms/gift.ts';
import { moodleXml } from '../../src/lib/site/selftest/lms/moodle-xml.ts';
import type { ExportQuestion, ExportTest } from '../../src/lib/site/selftest/lms/export-test.ts';
import { exportTestOf } from '../lms-export-fixture.ts';

const QUESTIONS = 'content/questions/demo.yaml';
const noRightAnswer = original(QUESTIONS).replace(
  'correct: true\n      feedback: Riktig.\n    - text: Neste',
  'correct: false\n      feedback: Riktig.\n    - text: Neste',
);

const broken = (over: Partial<ExportQuestion>): ExportTest =>
  exportTestOf([
    {
      id: 'demo-svar',
      type: 'single',
      question: 'En innbygger spør om åpningstider. Når svarer du?',
      options: [
        { text: 'Innen en arbeidsdag.', correct: false, feedback: 'Riktig.' },
        { text: 'Neste uke.', correct: false, feedback: 'Det er for sent.' },
      ],
      explanation: 'Svar innen en arbeidsdag.',
      rules: [{ id: 'demo-svar-raskt', title: 'Svar raskt', href: 'https://example.no/#demo-svar-raskt' }],
      ...over,
    },
  ]);

describe('an exported question always has a right answer', () => {
  it('npm run check stops a question with no right answer', () => {
    expect(checkWith({ [QUESTIONS]: noRightAnswer })).toMatchInlineSnapshot(`
      [
        "✖ content/questions/demo.yaml › [0].options (id demo-svar): Ingen av svarene er merket som riktige. Slik retter du det: sett correct: true på det riktige svaret.",
      ]
    `);
  });

  it.each([
    ['GIFT', giftFile],
    ['Moodle XML', moodleXml],
  ])('the %s export stops at one too, and names it', (_, write) => {
    expect(() => write(broken({}), 'Les regelen:')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Spørsmålet «demo-svar» har ikke noe riktig svar, og kan ikke eksporteres. Kjør \`npm run check\`.]`,
    );
    expect(() => write(broken({ type: 'multiple' }), 'Les regelen:')).toThrow(/demo-svar/);
    const twoRight = broken({}).questions[0]!.options.map((o) => ({ ...o, correct: true }));
    expect(() => write(broken({ options: twoRight }), 'Les regelen:')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Spørsmålet «demo-svar» har 2 riktige svar, men typen «single» skal ha nøyaktig ett. Kjør \`npm run check\`.]`,
    );
  });
});
