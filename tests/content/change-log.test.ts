/**
 * The change log (content/endringer.yaml) in the content check: every rule and page it names must
 * exist, and a rule whose title or text changed without an entry is a warning. Each case breaks the
 * valid fixture's log or rules in one way; the messages are snapshotted.
 */
import { describe, expect, it } from 'vitest';
import { checkWith as checkFixture, original as fixtureText, type Changes } from './fixture.ts';

const LOG = 'content/endringer.yaml';
const RULES = 'content/rules/demo.yaml';

/** The valid fixture's change log. It lives here, not in the fixture: a log holds every rule to it, and the other tests change rules freely. */
const VALID_LOG = [
  '- id: demo-saksbehandling\n',
  '  date: 2026-11-21\n',
  '  title: Regel om saksbehandling\n',
  '  summary: Kommentarfeltet er ikke stedet for saksbehandling.\n',
  '  added:\n',
  "    demo-ikke-saksbehandling: '2f35554d'\n",
  '  pages:\n',
  '    - /demo/\n',
  '- id: demo-forste\n',
  '  date: 2026-11-21\n',
  '  title: Første regel\n',
  '  summary: Regelen om svartid er lagt inn.\n',
  '  added:\n',
  "    demo-svar-raskt: '5e3ff5ef'\n",
].join('');

const checkWith = (changes: Changes = {}) => checkFixture({ [LOG]: VALID_LOG, ...changes });
const original = (file: string) => (file === LOG ? VALID_LOG : fixtureText(file));

describe('the change log in the content check', () => {
  it('accepts a log that names every rule with its current fingerprint', () => {
    expect(checkWith()).toEqual([]);
  });

  const errors: Array<{ name: string; changes: Record<string, string>; field: string }> = [
    {
      name: 'an added rule that does not exist',
      changes: { [LOG]: original(LOG).replace("demo-svar-raskt: '5e3ff5ef'", "demo-svar-rask: '5e3ff5ef'") },
      field: '[1].added.demo-svar-rask (id demo-forste)',
    },
    {
      name: 'a changed rule that does not exist',
      changes: { [LOG]: `${original(LOG)}  changed:\n    demo-svar-ukjent: '5e3ff5ef'\n` },
      field: '[1].changed.demo-svar-ukjent (id demo-forste)',
    },
    {
      name: 'a removed rule that still exists',
      changes: { [LOG]: `${original(LOG)}  removed: [demo-svar-raskt]\n` },
      field: '[1].removed[0] (id demo-forste)',
    },
    {
      name: 'a page that does not exist',
      changes: { [LOG]: original(LOG).replace('    - /demo/', '    - /demoo/') },
      field: '[0].pages[0] (id demo-saksbehandling)',
    },
    {
      name: 'two entries with one id',
      changes: { [LOG]: original(LOG).replace('id: demo-forste', 'id: demo-saksbehandling') },
      field: '[1].id (id demo-saksbehandling)',
    },
    {
      name: 'a fingerprint that is not one',
      changes: { [LOG]: original(LOG).replace("'5e3ff5ef'", "'5e3ff5e'") },
      field: '[1].added.demo-svar-raskt',
    },
    {
      name: 'an entry without a date',
      changes: { [LOG]: original(LOG).replace('  date: 2026-11-21\n  title: Første regel', '  title: Første regel') },
      field: '[1].date',
    },
  ];

  it.each(errors)('rejects $name, naming the file and the field', ({ changes, field }) => {
    const problems = checkWith(changes);
    const match = problems.find((line) => line.startsWith(`✖ ${LOG} › ${field}`));
    expect(match, `expected a problem in ${LOG} naming ${field}, got:\n${problems.join('\n')}`).toBeDefined();
    expect(match).toContain('Slik retter du det:');
    expect(problems).toMatchSnapshot();
  });

  it('warns about a rule whose text changed without an entry, with the fingerprint to record', () => {
    const problems = checkWith({
      [RULES]: original(RULES).replace('Svar innen en arbeidsdag.', 'Svar innen to timer.'),
    });
    expect(problems.filter((p) => p.includes(RULES))).toEqual([
      `⚠ ${RULES} › [0] (id demo-svar-raskt): Tittelen eller teksten til regelen er endret siden endringen 2026-11-21 i ${LOG}, men endringen står ikke der. ` +
        `Slik retter du det: legg til en endring øverst i ${LOG} med dagens dato, en tittel, et sammendrag og changed: {demo-svar-raskt: '6987e9e8'}.`,
    ]);
  });

  it('is satisfied once a newer entry records the changed text', () => {
    const text = original(RULES).replace('Svar innen en arbeidsdag.', 'Svar innen to timer.');
    const entry =
      "- id: demo-to-timer\n  date: 2026-11-30\n  title: Kortere svartid\n  summary: Svar innen to timer.\n  changed:\n    demo-svar-raskt: '6987e9e8'\n";
    const problems = checkWith({ [RULES]: text, [LOG]: entry + original(LOG) });
    // The self-test's question on the rule is flagged by its own check; the log has nothing to say.
    expect(problems.filter((p) => p.includes(RULES) || p.includes(LOG))).toEqual([]);
  });

  it('warns about a rule that is not in the log at all', () => {
    const problems = checkWith({ [LOG]: original(LOG).split('- id: demo-forste')[0]! });
    expect(problems).toEqual([
      `⚠ ${RULES} › [0] (id demo-svar-raskt): Regelen står ikke i ${LOG}. ` +
        `Slik retter du det: legg til en endring øverst i ${LOG} med dagens dato, en tittel, et sammendrag og added: {demo-svar-raskt: '5e3ff5ef'}.`,
    ]);
  });

  it('holds a site to its own log only once it keeps one (lokalt/endringer.yaml)', () => {
    const localRule =
      '- id: egen-svartid\n  title: Svar samme dag\n  text: Svar samme dag.\n  source: demo\n  section: Punkt 9\n  audience: [publiserer]\n  topics: [svartid]\n  strength: skal\n';
    const page = original('content/docs/demo.mdx').replace(
      '"demo-ikke-saksbehandling"]',
      '"demo-ikke-saksbehandling", "egen-svartid"]',
    );
    const site = { 'lokalt/regler/egne.yaml': localRule, 'content/docs/demo.mdx': page };
    expect(checkWith(site).filter((p) => p.includes('lokalt/'))).toEqual([]);
    const local = '- id: egen-forste\n  date: 2026-11-25\n  title: Vår egen regel\n  summary: Vi svarer samme dag.\n';
    const problems = checkWith({ ...site, 'lokalt/endringer.yaml': local });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^⚠ lokalt\/regler\/egne\.yaml › \[0\] \(id egen-svartid\): Regelen står ikke i lokalt\/endringer\.yaml\./,
    );
    expect(problems).toMatchSnapshot();
  });
});
