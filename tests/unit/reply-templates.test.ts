/**
 * Reply templates as data: the schema, the filling in of the site's facts, the paragraphs that are
 * shown and copied, the templates a site without the example guidelines shows, and the rule →
 * template links derived from the templates' own `rules`.
 */
import { describe, expect, it } from 'vitest';
import { ReplyTemplateSchema } from '../../src/schemas/reply-template.ts';
import {
  REPLY_PLACEHOLDERS,
  replyParagraphs,
  siteReply,
  templatesByRule,
  templatesOnSite,
} from '../../src/lib/shared/reply-template.ts';
import { citationResolver } from '../../src/lib/shared/citations.ts';
import { contactPhrase, replyValues } from '../../src/lib/site/municipality.ts';
import { HandbookConfigSchema } from '../../src/schemas/config.ts';
import { loadContent } from '../../src/content-loading/load.ts';

const valid = {
  id: 'krever-saksbehandling',
  title: 'Spørsmålet krever saksbehandling',
  situation: 'En innbygger ber om noe som må behandles som en sak.',
  text: 'Send saken {{kontakt}}.\n\nDu får svar {{svartid}}.',
  rules: ['sogne-omfattende-be-om-formell-henvendelse'],
  tone: 'saklig',
};

const config = HandbookConfigSchema.parse({
  kommune: { navn: 'Testvik kommune', kortnavn: 'Testvik' },
  nettsted: { url: 'https://testvik.github.io' },
  kontakt: { epost: 'post@testvik.no', telefon: '71 69 90 00', nettsted: 'https://testvik.no' },
  svartid: { timer: 8, hverdager: false },
  redaksjon: 'Servicetorget',
});

describe('the reply template schema', () => {
  it('accepts a template with situation, text, rules and tone', () => {
    expect(ReplyTemplateSchema.parse(valid)).toEqual({ ...valid, order: 100 });
  });

  it.each([
    ['without rules', { ...valid, rules: [] }, ['rules']],
    ['with a tone outside the list', { ...valid, tone: 'humoristisk' }, ['tone']],
    ['with a misspelt field', { ...valid, situasjon: 'x' }, []],
    ['with a title over 70 characters', { ...valid, title: 'x'.repeat(71) }, ['title']],
    ['with an empty text', { ...valid, text: ' ' }, ['text']],
    ['with an id that is not a URL anchor', { ...valid, id: 'Krever saksbehandling' }, ['id']],
  ])('rejects a template %s', (_name, input, path) => {
    const result = ReplyTemplateSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });
});

describe('a template as this site gives it', () => {
  it('has every placeholder filled in from the config', () => {
    const values = replyValues(config);
    expect(Object.keys(values).sort()).toEqual(Object.keys(REPLY_PLACEHOLDERS).sort());
    const filled = siteReply(ReplyTemplateSchema.parse(valid), values);
    expect(filled.text).toBe(
      'Send saken på e-post til post@testvik.no eller på telefon 71 69 90 00.\n\nDu får svar innen 8 timer.',
    );
  });

  it('gives only the e-mail address when the config has no phone number', () => {
    expect(contactPhrase({ kontakt: { epost: 'post@testvik.no', nettsted: 'https://testvik.no' } })).toBe(
      'på e-post til post@testvik.no',
    );
  });

  it('leaves text in square brackets for the one who posts', () => {
    const filled = siteReply(
      ReplyTemplateSchema.parse({ ...valid, text: 'Se [lenke til skjemaet] i {{kommune}}.' }),
      replyValues(config),
    );
    expect(filled.text).toBe('Se [lenke til skjemaet] i Testvik kommune.');
  });

  it('is shown and copied as paragraphs, each on one line', () => {
    expect(replyParagraphs('Hei!\nTakk for\n  spørsmålet.\n\n\nSvar kommer.\n')).toEqual([
      'Hei! Takk for spørsmålet.',
      'Svar kommer.',
    ]);
  });
});

describe('the links from rules to templates', () => {
  it('are derived from the templates’ rules, in template order, once per template', () => {
    const byRule = templatesByRule([
      { id: 'a', rules: ['r1', 'r2', 'r1'] },
      { id: 'b', rules: ['r2'] },
    ]);
    expect(Object.fromEntries(byRule)).toEqual({ r1: ['a'], r2: ['a', 'b'] });
  });
});

describe('templates on a site without the example guidelines', () => {
  const rules = [
    { id: 'sogne-x', source: 'sogne' },
    { id: 'ks-y', source: 'ks-veikart' },
    { id: 'sogne-z', source: 'sogne' },
    { id: 'testvik-z', source: 'testvik', replaces: ['sogne-z'] },
  ];
  const templates = [
    { id: 'bare-eksempel', title: 'B', order: 10, rules: ['sogne-x'] },
    { id: 'med-ks', title: 'A', order: 20, rules: ['sogne-x', 'ks-y'] },
    { id: 'erstattet', title: 'C', order: 20, rules: ['sogne-z'] },
  ];
  const site = (withoutOwnRule: 'vis-eksempel' | 'utelat') => {
    const cited = templates.flatMap((t) => t.rules);
    return citationResolver(rules, { exampleSources: new Set(['sogne']), examples: false, withoutOwnRule }).forSite(
      cited,
    );
  };

  it('follow utenEgenRegel: utelat leaves out a template that rests on example rules alone', () => {
    const { resolve } = site('utelat');
    expect(templatesOnSite(templates, resolve).map((t) => t.id)).toEqual(['med-ks', 'erstattet']);
    expect(resolve(templates[1]!.rules)).toEqual(['ks-y']);
    expect(resolve(templates[2]!.rules)).toEqual(['testvik-z']);
  });

  it('follow utenEgenRegel: vis-eksempel keeps every template, in order, then by title', () => {
    const { resolve } = site('vis-eksempel');
    expect(templatesOnSite(templates, resolve).map((t) => t.id)).toEqual(['bare-eksempel', 'med-ks', 'erstattet']);
    expect(resolve(templates[0]!.rules)).toEqual(['sogne-x']);
  });
});

describe('the handbook’s own templates', () => {
  const templates = loadContent(process.cwd()).content.replyTemplates.map((t) => t.data);

  it('are at least 12, one for each situation the sources name', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
    expect(templates.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'krever-saksbehandling',
        'enkelt-sporsmal',
        'faktafeil',
        'takk-for-ros',
        'negativ-kommentar',
        'kommentar-fjernet',
        'personopplysninger',
        'politisk-sporsmal',
        'krise',
        'ledig-stilling',
        'klage-pa-ansatt',
      ]),
    );
  });

  it('say, for a crisis, that the reply waits for word from the crisis management', () => {
    const crisis = templates.find((t) => t.id === 'krise')!;
    expect(crisis.condition).toMatch(/kriseledelsen/);
    expect(crisis.rules).toContain('sunndal-krise-bare-etter-beskjed');
  });
});
