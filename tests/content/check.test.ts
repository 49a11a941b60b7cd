/**
 * The content check fed bad input: each case breaks the valid fixture in one way and asserts the
 * problem names the file and the field (or id), in bokmål, with a fix. Messages are snapshotted.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, original } from './fixture.ts';

const RULES = 'content/rules/demo.yaml';
const PAGE = 'content/docs/demo.mdx';
const SOURCE = 'content/sources/demo.yaml';
const QUESTIONS = 'content/questions/demo.yaml';
// A later web page as a source (kind nettside), added to the valid fixture by the cases that need one.
const WEB_SOURCE = 'content/sources/demo-nettside.yaml';
const WEB = [
  'id: demo-nettside',
  'title: Sosiale medier og universell utforming',
  'shortName: Demotilsynet',
  'publisher: Demotilsynet',
  'kind: nettside',
  'date: 2023-02-01',
  'url: https://www.demotilsynet.no/sosiale-medier',
  'read: 2026-12-01',
  'covers: En nettside som bare finnes i testene.',
  'page: /demo/',
  '',
].join('\n');

describe('the content check', () => {
  it('accepts the valid fixture', () => {
    expect(checkWith()).toEqual([]);
  });

  it('accepts a later web page as a source, and a rule that cites it', () => {
    const rule = original(RULES)
      .split('- id: demo-ikke')[0]!
      .replace('id: demo-svar-raskt', 'id: demo-nettside-regel')
      .replace('source: demo\n', 'source: demo-nettside\n');
    const page = original(PAGE)
      .replace('sources: [demo]', 'sources: [demo, demo-nettside]')
      .replace('"demo-svar-raskt", ', '"demo-svar-raskt", "demo-nettside-regel", ');
    expect(checkWith({ [WEB_SOURCE]: WEB, 'content/rules/nettside.yaml': rule, [PAGE]: page })).toEqual([]);
  });

  const cases: Array<{ name: string; changes: Record<string, string | null>; file: string; field: string }> = [
    {
      name: 'missing page title',
      changes: { [PAGE]: original(PAGE).replace('title: Demo kommune\n', '') },
      file: PAGE,
      field: '› title:',
    },
    {
      name: 'wrong type (audience is not a list)',
      changes: { [RULES]: original(RULES).replace('audience: [publiserer]', 'audience: publiserer') },
      file: RULES,
      field: '[0].audience',
    },
    {
      name: 'unknown strength',
      changes: { [RULES]: original(RULES).replace('strength: skal', 'strength: må') },
      file: RULES,
      field: '[0].strength',
    },
    {
      name: 'unknown audience',
      changes: { [RULES]: original(RULES).replace('audience: [publiserer]', 'audience: [ansatte]') },
      file: RULES,
      field: '[0].audience[0]',
    },
    {
      name: 'unknown topic',
      changes: { [RULES]: original(RULES).replace('topics: [svartid]', 'topics: [svartider]') },
      file: RULES,
      field: '[0].topics[0]',
    },
    {
      name: 'dangling source id on a rule',
      changes: {
        [RULES]: original(RULES).replace('source: demo\n  section: Punkt 1', 'source: demoo\n  section: Punkt 1'),
      },
      file: RULES,
      field: '[0].source (id demo-svar-raskt)',
    },
    {
      name: 'dangling rule id on a page',
      changes: { [PAGE]: original(PAGE).replace('"demo-svar-raskt", ', '"demo-svar-rask", "demo-svar-raskt", ') },
      file: PAGE,
      field: 'linje 12',
    },
    {
      name: 'duplicate rule id across files',
      changes: { 'content/rules/annen.yaml': original(RULES).split('- id: demo-ikke')[0]! },
      file: RULES,
      field: '[0].id (id demo-svar-raskt): Regelen «demo-svar-raskt» finnes fra før i content/rules/annen.yaml',
    },
    {
      name: 'malformed YAML',
      changes: { [RULES]: original(RULES).replace('  title: Svar raskt', '  title: Svar: raskt: nå\n    - feil') },
      file: RULES,
      field: 'linje',
    },
    {
      name: 'malformed frontmatter (not closed)',
      changes: { [PAGE]: original(PAGE).replace('---\n\nimport', '\nimport') },
      file: PAGE,
      field: 'linje 1',
    },
    {
      name: 'malformed frontmatter (bad YAML)',
      changes: { [PAGE]: original(PAGE).replace('audience: [publiserer]', 'audience: [publiserer') },
      file: PAGE,
      field: 'linje',
    },
    {
      name: 'empty rule text',
      changes: { [RULES]: original(RULES).replace('text: Svar innen en arbeidsdag.', "text: ''") },
      file: RULES,
      field: '[0].text',
    },
    {
      name: 'misspelt field in a rule',
      changes: {
        [RULES]: original(RULES).replace('strength: skal\n- id: demo-ikke', 'strenght: skal\n- id: demo-ikke'),
      },
      file: RULES,
      field: '[0].strenght',
    },
    {
      name: 'misspelt frontmatter field',
      changes: { [PAGE]: original(PAGE).replace('audience:', 'audiences: [ansatt]\naudience:') },
      file: PAGE,
      field: '› audiences:',
    },
    {
      name: 'rule shown on no page',
      changes: { [PAGE]: original(PAGE).replace(', "demo-ikke-saksbehandling"', '') },
      file: RULES,
      field: '[1] (id demo-ikke-saksbehandling)',
    },
    {
      name: 'source id does not match file name',
      changes: { [SOURCE]: original(SOURCE).replace('id: demo', 'id: demo-kommune') },
      file: SOURCE,
      field: '› id:',
    },
    {
      name: 'invalid date',
      changes: { [SOURCE]: original(SOURCE).replace('date: 2020-01-02\napproval', 'date: 2. januar 2020\napproval') },
      file: SOURCE,
      field: '› date:',
    },
    {
      name: 'dangling chart id',
      changes: { [PAGE]: original(PAGE).replace('id="demo-svar"', 'id="demo-svarr"') },
      file: PAGE,
      field: 'linje 14',
    },
    {
      name: 'page cites a source it does not list',
      changes: {
        'content/docs/index.md': original('content/docs/index.md').replace(
          'sources: [demo]',
          'sources: [demo, ukjent]',
        ),
      },
      file: 'content/docs/index.md',
      field: 'sources[1]',
    },
    {
      name: 'review date missing',
      changes: { [PAGE]: original(PAGE).replace('  lastReviewed: 2026-11-21\n', '') },
      file: PAGE,
      field: 'review.lastReviewed',
    },
    {
      name: 'rule file that is not a list',
      changes: { 'content/rules/tom.yaml': 'id: demo-tom\n' },
      file: 'content/rules/tom.yaml',
      field: 'liste',
    },
    {
      name: 'dangling related term in the glossary',
      changes: {
        'content/glossary.yaml': original('content/glossary.yaml').replace(
          'related: [saksbehandling]',
          'related: [saksbehandlng]',
        ),
      },
      file: 'content/glossary.yaml',
      field: '[0].related[0]',
    },
    {
      name: 'a question with no right option',
      changes: {
        [QUESTIONS]: original(QUESTIONS).replace(
          'correct: true\n      feedback: Riktig.\n    - text: Neste',
          'correct: false\n      feedback: Riktig.\n    - text: Neste',
        ),
      },
      file: QUESTIONS,
      field: '[0].options (id demo-svar): Ingen av svarene',
    },
    {
      name: 'a true/false question with two right options',
      changes: {
        [QUESTIONS]: original(QUESTIONS).replace(
          'correct: false\n      feedback: Nei.',
          'correct: true\n      feedback: Nei.',
        ),
      },
      file: QUESTIONS,
      field: '[1].options (id demo-sant): 2 svar',
    },
    {
      name: 'a question citing an unknown rule',
      changes: { [QUESTIONS]: original(QUESTIONS).replace('rules: [demo-svar-raskt]', 'rules: [demo-svar-rask]') },
      file: QUESTIONS,
      field: '[0].rules[0] (id demo-svar)',
    },
    {
      name: 'a duplicate question id',
      changes: { [QUESTIONS]: original(QUESTIONS).replace('id: demo-sant', 'id: demo-svar') },
      file: QUESTIONS,
      field: '[1].id (id demo-svar)',
    },
    {
      name: 'a duplicate option in a question',
      changes: { [QUESTIONS]: original(QUESTIONS).replace('- text: Neste uke.', '- text: Innen en arbeidsdag.') },
      file: QUESTIONS,
      field: '[0].options[1] (id demo-svar)',
    },
    {
      name: 'a question with no review record for its rule',
      changes: { [QUESTIONS]: original(QUESTIONS).replace('  reviewed: {demo-svar-raskt: 5e3ff5ef}\n', '') },
      file: QUESTIONS,
      field: '[0].reviewed.demo-svar-raskt (id demo-svar)',
    },
    {
      name: 'a rule that points to a page in words',
      changes: { [RULES]: original(RULES).replace('Svar innen en arbeidsdag.', 'Svar innen en arbeidsdag. Se siden om svartid.') },
      file: RULES,
      field: '[0].text (id demo-svar-raskt): Regelen viser til en side med ord («Se siden»)',
    },
    {
      name: 'a citation by page of a source that does not say how its pages are counted',
      changes: {
        [SOURCE]: original(SOURCE).replace('pdfPages:\n  lastPage: 2\n', ''),
        [RULES]: original(RULES).replace('section: Punkt 1', 'section: Punkt 1, side 2'),
      },
      file: RULES,
      field: '[0].section (id demo-svar-raskt): «Punkt 1, side 2» viser til sidetall i «demo»',
    },
    {
      name: 'a citation of a page the handbook does not have',
      changes: {
        [SOURCE]: original(SOURCE).replace('lastPage: 2\n', 'lastPage: 2\n  printedLower: 1\n'),
        [RULES]: original(RULES).replace('section: Punkt 1', 'section: Punkt 1, side 3'),
      },
      file: RULES,
      field: '[0].section (id demo-svar-raskt): Side 3 er ikke blant sidene',
    },
    {
      name: 'a web source without an address',
      changes: { [WEB_SOURCE]: WEB.replace('url: https://www.demotilsynet.no/sosiale-medier\n', '') },
      file: WEB_SOURCE,
      field: '› url:',
    },
    {
      name: 'a web source whose address is not a web address',
      changes: { [WEB_SOURCE]: WEB.replace('url: https://', 'url: ftp://') },
      file: WEB_SOURCE,
      field: '› url:',
    },
    {
      name: 'a web source without the date it was read',
      changes: { [WEB_SOURCE]: WEB.replace('read: 2026-12-01\n', '') },
      file: WEB_SOURCE,
      field: '› read:',
    },
    {
      name: 'a web source with neither a date nor a note on the date',
      changes: { [WEB_SOURCE]: WEB.replace('date: 2023-02-01\n', '') },
      file: WEB_SOURCE,
      field: '› date:',
    },
    {
      name: 'a web source with an approval, which only a source document has',
      changes: { [WEB_SOURCE]: WEB.replace('covers:', 'approval:\n  by: Ledelsen\n  date: 2024\ncovers:') },
      file: WEB_SOURCE,
      field: '› approval:',
    },
    {
      name: 'an unknown source kind',
      changes: { [WEB_SOURCE]: WEB.replace('kind: nettside', 'kind: nettsted') },
      file: WEB_SOURCE,
      field: '› kind:',
    },
  ];

  it('lists, as a warning, the questions that cite a rule whose text has changed', () => {
    const problems = checkWith({
      [RULES]: original(RULES).replace('Svar innen en arbeidsdag.', 'Svar innen to timer.'),
    });
    expect(problems).toEqual([
      '⚠ content/questions/demo.yaml › [0].reviewed.demo-svar-raskt (id demo-svar): Regelen «demo-svar-raskt» er endret siden spørsmålet ble gjennomgått. ' +
        'Slik retter du det: les spørsmålet mot den nye regelteksten, rett det om nødvendig, og kjør `npm run sporsmal:gjennomgatt -- demo-svar`.',
    ]);
  });

  it.each(cases)('rejects $name, naming the file and the field', ({ changes, file, field }) => {
    const problems = checkWith(changes);
    expect(problems.length).toBeGreaterThan(0);
    const match = problems.find((line) => line.startsWith(`✖ ${file}`) && line.includes(field));
    expect(match, `expected a problem in ${file} naming ${field}, got:\n${problems.join('\n')}`).toBeDefined();
    expect(match).toContain('Slik retter du det:');
    expect(problems).toMatchSnapshot();
  });
});
