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
const INDEX = 'content/docs/index.md';

/** The project's real interface texts, which the fixture does not carry. */
const realStrings = (lang: 'nb' | 'nn'): Record<string, string> =>
  JSON.parse(fs.readFileSync(new URL(`../../content/i18n/${lang}.json`, import.meta.url), 'utf8'));
const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;
const without = (data: Record<string, string>, key: string) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

/** The text in Latin-1 (ISO-8859-1), as an older Windows editor saves it. */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const BOM = '\uFEFF';
/** The demo page with its last line (line 16, a citation) replaced by `body`. */
const page = (body: string) => original(PAGE).replace('Noe tekst <Cite source="demo" section="punkt 1" />.', body);
const CITE = '<Cite source="demo" section="punkt 1" />';

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
  {
    name: 'an MDX syntax error (an expression left open)',
    changes: { [PAGE]: page(`Noe tekst ${CITE} {ikke lukket.`) },
    file: PAGE,
    field: '› linje 16: Siden kan ikke leses som MDX',
  },
  {
    name: 'an MDX syntax error in an import',
    changes: { [PAGE]: original(PAGE).replace("from 'handbok-sosiale-medier/components';", "from 'handbok-sosiale-medier/components;") },
    file: PAGE,
    field: '› linje 10: Siden kan ikke leses som MDX',
  },
  {
    name: 'an MDX syntax error (a tag left open)',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n<div>\n\nTekst.`) },
    file: PAGE,
    field: '› linje 18: Siden kan ikke leses som MDX',
  },
  {
    name: 'an unknown component',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n<Rulez id="demo-svar-raskt" />`) },
    file: PAGE,
    field: '› linje 18: Komponenten <Rulez> finnes ikke. Slik retter du det: mente du <Rule>?',
  },
  {
    name: 'a user component that is not imported',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n<ChangeNote title="Nytt" added="2026-01-05">Tekst.</ChangeNote>`) },
    file: PAGE,
    field: '› linje 18: <ChangeNote> er ikke importert',
  },
  {
    name: 'an import of a component that does not exist',
    changes: { [PAGE]: original(PAGE).replace('import { Rule, Rules,', 'import { Rule, Rulez, Rules,') },
    file: PAGE,
    field: '› linje 10: handbok-sosiale-medier/components har ingen komponent som heter «Rulez»',
  },
  {
    name: 'a misspelt prop',
    changes: { [PAGE]: page('Noe tekst <Cite sorce="demo" section="punkt 1" />.') },
    file: PAGE,
    field: '› linje 16: <Cite> har ingen egenskap som heter «sorce». Slik retter du det: mente du «source»?',
  },
  {
    name: 'a table without its caption (<Table>)',
    changes: {
      [PAGE]: page(`${CITE}.\n\n<Table>\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n</Table>`).replace('import { Rule, Rules,', 'import { Rule, Rules, Table,'),
    },
    file: PAGE,
    field: '<Table>',
  },
  {
    name: 'a prop of the wrong type (<Rule id={42}>)',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n<Rule id={42} />`) },
    file: PAGE,
    field: '› linje 18: <Rule>: egenskapen «id» er «42», men skal være tekst.',
  },
  {
    name: 'a list prop of the wrong type (<Rules ids="…">)',
    changes: {
      [PAGE]: original(PAGE).replace(
        'ids={["demo-svar-raskt", "demo-ikke-saksbehandling"]}',
        'ids="demo-svar-raskt, demo-ikke-saksbehandling"',
      ),
    },
    file: PAGE,
    field: '› linje 12: <Rules>: egenskapen «ids»',
  },
  {
    name: 'an impossible date in a ChangeNote',
    changes: {
      [PAGE]: page(`Noe tekst ${CITE}.\n\n<ChangeNote title="Nytt" added="2026-02-30">Tekst.</ChangeNote>`).replace(
        'Rule, Rules,',
        'Rule, Rules, ChangeNote,',
      ),
    },
    file: PAGE,
    field: '› linje 18: <ChangeNote>: egenskapen «added» er «2026-02-30» og er ikke en dato som finnes.',
  },
  {
    name: 'a <meta http-equiv="refresh"> to another site',
    changes: {
      [PAGE]: page(`Noe tekst ${CITE}.\n\n<meta http-equiv="refresh" content="0; url=https://eksempel.invalid/" />`),
    },
    file: PAGE,
    field: '› linje 18: HTML-elementet <meta> er ikke tillatt',
  },
  {
    name: 'a raw <script>',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n<script>{'alert(1)'}</script>`) },
    file: PAGE,
    field: '› linje 18: HTML-elementet <script> er ikke tillatt',
  },
  {
    name: 'a raw <iframe>',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n<iframe src="https://eksempel.invalid/" />`) },
    file: PAGE,
    field: '› linje 18: HTML-elementet <iframe> er ikke tillatt',
  },
  {
    name: 'an event attribute on allowed HTML',
    changes: { [PAGE]: page(`Noe tekst ${CITE} om <abbr title="KS" onmouseover="alert(1)">KS</abbr>.`) },
    file: PAGE,
    field: '› linje 16: Attributtet «onmouseover» på <abbr> er ikke tillatt.',
  },
  {
    name: 'a style attribute',
    changes: { [PAGE]: page(`Noe tekst ${CITE} <sup style="color: red">1</sup>.`) },
    file: PAGE,
    field: '› linje 16: Attributtet «style» på <sup> er ikke tillatt.',
  },
  {
    name: 'a raw <a> link',
    changes: { [PAGE]: page(`Noe tekst ${CITE}, se <a href="/roller/">rollene</a>.`) },
    file: PAGE,
    field: '› linje 16: HTML-elementet <a> er ikke tillatt i sidene. Tillatt HTML er',
  },
  {
    name: 'a javascript: link in Markdown',
    changes: { [PAGE]: page(`Noe tekst ${CITE}, se [rollene](javascript:alert(1)).`) },
    file: PAGE,
    field: '› linje 16: Lenken går til «javascript:alert(1)»',
  },
  {
    name: 'a raw <script> in a Markdown page',
    changes: { [INDEX]: `${original(INDEX)}\n<script>alert(1)</script>\n` },
    file: INDEX,
    field: '› linje 12: HTML-elementet <script> er ikke tillatt',
  },
  {
    name: 'an event attribute in a Markdown page',
    changes: { [INDEX]: `${original(INDEX)}\nLes om <abbr title="KS"\n  onclick="alert(1)">KS</abbr>.\n` },
    file: INDEX,
    field: '› linje 12: Attributtet «onclick» på <abbr> er ikke tillatt.',
  },
  {
    name: 'JavaScript in the text of a page',
    changes: { [PAGE]: page(`Noe tekst ${CITE}, bygget på {process.env.HOME}.`) },
    file: PAGE,
    field: '› linje 16: Teksten har JavaScript mellom { og }',
  },
  {
    name: 'a <script> inside an expression',
    changes: { [PAGE]: page(`Noe tekst ${CITE}.\n\n{<script>alert(1)</script>}`) },
    file: PAGE,
    field: '› linje 18: Teksten har JavaScript mellom { og }',
  },
  {
    name: 'an <iframe> inside a prop',
    changes: {
      [PAGE]: page(
        `Noe tekst ${CITE}.\n\n<Rule id="demo-svar-raskt" asItem={<iframe src="https://eksempel.invalid/" />} />`,
      ),
    },
    file: PAGE,
    field: '› linje 18: Egenskapen «asItem» på <Rule> inneholder HTML eller en komponent',
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

  it('accepts the allowed HTML and props it cannot read', () => {
    const body = `Noe tekst ${CITE} om <abbr title="Kommunesektorens organisasjon">KS</abbr>.<br />Trykk <kbd>Ctrl</kbd>, CO<sub>2</sub>, 10<sup>3</sup>.`;
    const dynamic =
      '\n\nexport const id = "demo-svar-raskt";\n\n{/* En kommentar. */} Et tegn: {\'{\'}.\n\n<Rule id={id} />';
    expect(checkWith({ [PAGE]: page(body + dynamic) })).toEqual([]);
    expect(checkWith({ [INDEX]: `${original(INDEX)}\nLes om <abbr title="KS">KS</abbr>.<br>\n` })).toEqual([]);
  });

  it('accepts a byte-order mark on the interface texts, and complete texts', () => {
    expect(checkWith({ [NB]: BOM + json(realStrings('nb')), [NN]: json(realStrings('nn')) })).toEqual([]);
  });
});
