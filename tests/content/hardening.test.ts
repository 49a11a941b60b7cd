/**
 * Fault injection (issue 16): content that once passed `npm run check` and then shipped wrong or
 * broke the build. Each case breaks the valid fixture in one way; the check must stop it with an
 * error naming the file and the field or line, and the fix. Messages are snapshotted.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWith, original, type Changes } from './fixture.ts';

const RULES = 'content/rules/demo.yaml';
const PAGE = 'content/docs/demo.mdx';
const SOURCE = 'content/sources/demo.yaml';
const QUESTIONS = 'content/questions/demo.yaml';
const NB = 'content/i18n/nb.json';
const NN = 'content/i18n/nn.json';

/** The project's real interface texts, which the fixture does not carry. */
const realStrings = (lang: 'nb' | 'nn'): Record<string, string> =>
  JSON.parse(fs.readFileSync(new URL(`../../content/i18n/${lang}.json`, import.meta.url), 'utf8'));
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
const without = (data: Record<string, string>, key: string) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

/** The text in Latin-1 (ISO-8859-1), as an older Windows editor saves it. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const BOM = '\uFEFF';
const page = (body: string) => original(PAGE).replace('Noe tekst <Cite source="demo" section="punkt 1" />.', body);

const cases: Array<{ name: string; changes: Changes; file: string; field: string }> = [
  {
    name: 'an impossible date in a source (30 February)',
    changes: { [SOURCE]: original(SOURCE).replace('date: 2020-01-02\napproval', 'date: 2012-02-30\napproval') },
    file: SOURCE,
    field: '› date:',
  },
  {
    name: 'an impossible review date on a page (month 13)',
    changes: { [PAGE]: original(PAGE).replace('lastReviewed: 2026-11-21', 'lastReviewed: 2026-13-45') },
    file: PAGE,
    field: '› review.lastReviewed:',
  },
  {
    name: 'a rule file saved as Latin-1',
    changes: { [RULES]: latin1(original(RULES).replace('title: Svar raskt', 'title: Svar raskt på én arbeidsdag')) },
    file: RULES,
    field: '› linje 2:',
  },
  {
    name: 'a page saved as Latin-1',
    changes: { [PAGE]: latin1(original(PAGE).replace('Noe tekst', 'Noe tekst på særlig høflig måte')) },
    file: PAGE,
    field: '› linje 16:',
  },
  {
    name: 'a bokmål interface text removed',
    changes: { [NB]: json(without(realStrings('nb'), 'handbok.selftest.privacy')), [NN]: json(realStrings('nn')) },
    file: NB,
    field: '› handbok.selftest.privacy:',
  },
  {
    name: 'an empty nynorsk interface text',
    changes: {
      [NB]: json(realStrings('nb')),
      [NN]: json({ ...realStrings('nn'), 'handbok.page.sourcesHeading': ' ' }),
    },
    file: NN,
    field: '› handbok.page.sourcesHeading:',
  },
  {
    name: 'a dangling symlink among the rules',
    changes: { 'content/rules/borte.yaml': { symlink: 'finnes-ikke.yaml' } },
    file: 'content/rules/borte.yaml',
    field: 'finnes-ikke.yaml',
  },
  {
    name: 'a symlink loop among the pages',
    changes: { 'content/docs/ring/tilbake': { symlink: '..' } },
    file: 'content/docs/ring/tilbake',
    field: 'går i ring',
  },
  {
    name: 'a dangling symlink in lokalt/',
    changes: { 'lokalt/sider/borte.mdx': { symlink: '/finnes/ikke.mdx' } },
    file: 'lokalt/sider/borte.mdx',
    field: '/finnes/ikke.mdx',
  },
  {
    name: 'a rule with its strength left out',
    changes: { [RULES]: original(RULES).replace('  strength: skal\n- id: demo-ikke', '- id: demo-ikke') },
    file: RULES,
    field: '[0].strength: Feltet «[0].strength» mangler.',
  },
  {
    name: 'a question with one option',
    changes: {
      [QUESTIONS]: original(QUESTIONS).replace(
        '    - text: Neste uke.\n      correct: false\n      feedback: Det er for sent.\n',
        '',
      ),
    },
    file: QUESTIONS,
    field: '[0].options: Feltet «[0].options» har bare 1 verdi',
  },
];

describe('the content check against injected faults', () => {
  it.each(cases)('stops $name', ({ changes, file, field }) => {
    const problems = checkWith(changes);
    const match = problems.find((line) => line.startsWith(`✖ ${file}`) && line.includes(field));
    expect(match, `expected an error in ${file} naming ${field}, got:\n${problems.join('\n')}`).toBeDefined();
    expect(match).toContain('Slik retter du det:');
    expect(problems).toMatchSnapshot();
  });

  it.each([
    ['an MDX page', PAGE],
    ['a YAML file', RULES],
  ])('accepts a UTF-8 byte-order mark on %s', (_, file) => {
    expect(checkWith({ [file]: BOM + original(file) })).toEqual([]);
  });

  it('accepts a byte-order mark on the interface texts, and complete texts', () => {
    expect(checkWith({ [NB]: BOM + json(realStrings('nb')), [NN]: json(realStrings('nn')) })).toEqual([]);
  });
});

