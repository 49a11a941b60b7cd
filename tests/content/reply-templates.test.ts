/**
 * The content check on reply templates (content/svarmaler.yaml): each case adds templates to the
 * valid fixture, broken in one way, and asserts the problem names the file and the field, in bokmål,
 * with a fix. Messages are snapshotted.
 */
import { describe, expect, it } from 'vitest';
import { checkWith, demoTree } from './fixture.ts';

const TEMPLATES = 'content/svarmaler.yaml';
const TREE = 'content/trees/demo.yaml';

const template = (id: string, fields: Partial<Record<'text' | 'rules' | 'tone' | 'condition', string>> = {}) =>
  [
    `- id: ${id}`,
    '  title: Saken krever behandling',
    '  situation: En innbygger ber om noe som må behandles som en sak.',
    ...(fields.condition ? [`  condition: ${fields.condition}`] : []),
    `  text: ${fields.text ?? 'Send saken til oss {{kontakt}}. Du får svar {{svartid}}.'}`,
    `  rules: ${fields.rules ?? '[demo-ikke-saksbehandling]'}`,
    `  tone: ${fields.tone ?? 'saklig'}`,
  ].join('\n') + '\n';

const tree = (replyTemplate: string) => demoTree(`    replyTemplate: ${replyTemplate}\n`);

describe('the content check on reply templates', () => {
  it('accepts templates that follow existing rules, use known placeholders, and an outcome that names one', () => {
    expect(checkWith({ [TEMPLATES]: template('saksbehandling'), [TREE]: tree('saksbehandling') })).toEqual([]);
  });

  const cases: Array<{ name: string; changes: Record<string, string>; field: string; file?: string }> = [
    {
      name: 'an unknown rule id',
      changes: { [TEMPLATES]: template('saksbehandling', { rules: '[demo-ikke-saksbehandlng]' }) },
      field:
        '[0].rules[0] (id saksbehandling): Regelen «demo-ikke-saksbehandlng» finnes ikke. Slik retter du det: mente du «demo-ikke-saksbehandling»?',
    },
    {
      name: 'an unknown placeholder in the text',
      changes: { [TEMPLATES]: template('saksbehandling', { text: 'Ring oss på {{telefon}}.' }) },
      field: '[0].text (id saksbehandling): Ukjent plassholder «{{telefon}}».',
    },
    {
      name: 'an unknown placeholder in the condition',
      changes: { [TEMPLATES]: template('saksbehandling', { condition: 'Spør {{redaktor}} først.' }) },
      field: '[0].condition (id saksbehandling): Ukjent plassholder «{{redaktor}}».',
    },
    {
      name: 'a duplicate id',
      changes: { [TEMPLATES]: template('saksbehandling') + template('saksbehandling') },
      field: '[1].id (id saksbehandling): Svarmalen «saksbehandling» finnes fra før i content/svarmaler.yaml [0].',
    },
    {
      name: 'an unknown tone',
      changes: { [TEMPLATES]: template('saksbehandling', { tone: 'humoristisk' }) },
      field: '[0].tone',
    },
    {
      name: 'no rules',
      changes: { [TEMPLATES]: template('saksbehandling', { rules: '[]' }) },
      field: '[0].rules',
    },
    {
      name: 'a tree outcome naming a template that does not exist',
      changes: { [TEMPLATES]: template('saksbehandling'), [TREE]: tree('saksbehandlin') },
      file: TREE,
      field:
        'node sak, replyTemplate: Svarmalen «saksbehandlin» finnes ikke. Slik retter du det: mente du «saksbehandling»?',
    },
  ];

  it.each(cases)('rejects $name, naming the file and the field', ({ changes, field, file = TEMPLATES }) => {
    const problems = checkWith(changes);
    const match = problems.find((line) => line.startsWith(`✖ ${file}`) && line.includes(field));
    expect(match, `expected a problem in ${file} naming ${field}, got:\n${problems.join('\n')}`).toBeDefined();
    expect(match).toContain('Slik retter du det:');
    expect(problems).toMatchSnapshot();
  });

  it('reads a site’s own templates from lokalt/svarmaler.yaml, checked the same way', () => {
    const LOCAL = 'lokalt/svarmaler.yaml';
    expect(checkWith({ [LOCAL]: template('egen-mal'), [TREE]: tree('egen-mal') })).toEqual([]);
    const problems = checkWith({ [LOCAL]: template('egen-mal', { rules: '[demo-svar-rask]' }) });
    expect(problems).toEqual([
      expect.stringMatching(
        /^✖ lokalt\/svarmaler\.yaml › \[0\]\.rules\[0\] \(id egen-mal\): Regelen «demo-svar-rask» finnes ikke\./,
      ),
    ]);
  });

  it('lists, as a warning, a template that rests on an example rule the site has not replaced', () => {
    const problems = checkWith({ [TEMPLATES]: template('saksbehandling') }, { examples: false }).filter((line) =>
      line.includes(TEMPLATES),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^⚠ content\/svarmaler\.yaml › \[0\]\.rules \(id saksbehandling\): Svarmalen viser til eksempelregler/,
      ),
    ]);
    expect(problems).toMatchSnapshot();
  });
});
