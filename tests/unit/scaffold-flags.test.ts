/**
 * The flags of `npm run ny-kommune` come from the config schema: one per leaf field, named after it
 * (or as src/scaffold/field-table.ts says), checked with the field's own schema.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { HandbookConfigSchema } from '../../src/schemas/config.ts';
import { schemaFields } from '../../src/scaffold/fields.ts';
import { FIELD_TABLE } from '../../src/scaffold/field-table.ts';
import { fieldFlags, FLAGS, usage } from '../../src/scaffold/flags.ts';
import { MISSING_FOLDER, packageSpec, parseFlags, resolveOptions } from '../../src/scaffold/options.ts';

const context = { cwd: '/tmp', today: '2026-12-01', version: '0.1.0' };
const resolve = (argv: string[]) => {
  const parsed = parseFlags(argv);
  const resolved = resolveOptions(parsed.raw, context);
  return { ...resolved, errors: [...parsed.errors, ...resolved.errors] };
};
const base = ['--mappe', '/tmp/scaffold-test-does-not-exist', '--navn', 'Testvik kommune'];

/** Every leaf of a zod object, walked independently of src/scaffold/fields.ts. */
function leaves(schema: z.ZodType, prefix = ''): string[] {
  const shape = (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(shape).flatMap(([key, child]) => {
    let inner = child as unknown as { def: { type: string; innerType?: unknown } };
    while (inner.def.innerType && (inner.def.type === 'optional' || inner.def.type === 'default'))
      inner = inner.def.innerType as typeof inner;
    const path = prefix ? `${prefix}.${key}` : key;
    return inner.def.type === 'object' ? leaves(inner as unknown as z.ZodType, path) : [path];
  });
}

describe('flags derived from the config schema', () => {
  it('has one flag per leaf field of the schema', () => {
    expect(FLAGS.map((f) => f.field.path)).toEqual(leaves(HandbookConfigSchema));
    expect(leaves(HandbookConfigSchema).length).toBeGreaterThan(15);
  });

  it('keeps the flag names the docs and tests use', () => {
    const names = FLAGS.map((f) => f.name);
    for (const name of [
      'navn',
      'kortnavn',
      'malform',
      'url',
      'base',
      'epost',
      'telefon',
      'nettsted',
      'redaksjon',
      'farge-lys',
      'farge-mork',
      'svartid',
      'eksempler',
      'kanal',
    ]) {
      expect(names).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(usage()).toMatch(/--mappe .*\n(.*\n)*.*--pakke .*\n.*--tving/);
  });

  it('gives a field added to the schema a flag without editing a list', () => {
    const extended = HandbookConfigSchema.extend({
      kontakt: HandbookConfigSchema.shape.kontakt.extend({
        navn: z.string().min(1).optional(),
        sentralbord: z.int().min(1).optional(),
      }),
      nyttFelt: z.boolean().default(false),
    });
    const flags = fieldFlags(extended);
    const byPath = new Map(flags.map((f) => [f.field.path, f]));
    expect(byPath.get('kontakt.sentralbord')?.name).toBe('sentralbord');
    expect(byPath.get('kontakt.sentralbord')?.field.kind).toBe('number');
    // «navn» is taken by kommune.navn: the new one gets its parent's name in front.
    expect(byPath.get('kontakt.navn')?.name).toBe('kontakt-navn');
    expect(byPath.get('nytt-felt' as string)).toBeUndefined();
    expect(byPath.get('nyttFelt')?.name).toBe('nytt-felt');
    expect(usage(flags)).toContain('--nytt-felt');
    const parsed = parseFlags(['--nytt-felt', '--sentralbord', 'x'], flags);
    expect(parsed.raw.get('nytt-felt')).toEqual(['ja']);
    expect(resolveOptions(parsed.raw, context, flags).errors).toContain(
      '--sentralbord er «x», men skal være tall. Slik retter du det: skriv tall i «kontakt.sentralbord».',
    );
  });

  it('says nothing in the help table about fields the schema does not have', () => {
    const paths = new Set(schemaFields().map((f) => f.path));
    expect(Object.keys(FIELD_TABLE).filter((p) => !paths.has(p))).toEqual([]);
  });
});

describe('parsing and checking the flags', () => {
  it('reads values, switches and repeated flags', () => {
    const { raw, errors } = parseFlags([
      '--navn',
      'Testvik kommune',
      '--eksempler',
      '--kanal',
      'A=https://a.no',
      '--kanal=B=https://b.no',
      '--tving',
    ]);
    expect(errors).toEqual([]);
    expect(Object.fromEntries(raw)).toEqual({
      navn: ['Testvik kommune'],
      eksempler: ['ja'],
      kanal: ['A=https://a.no', 'B=https://b.no'],
      tving: ['ja'],
    });
  });

  it('types each value with its field', () => {
    const { options, errors } = resolve([
      ...base,
      '--svartid',
      '48',
      '--eksempler',
      'nei',
      '--hverdager',
      'nei',
      '--kanal',
      'Facebook=https://www.facebook.com/testvik',
    ]);
    expect(errors).toEqual([]);
    expect(options?.config.svartid).toEqual({ timer: 48, hverdager: false });
    expect(options?.config.eksempelretningslinjer).toBe(false);
    expect(options?.config.kanaler).toEqual([{ navn: 'Facebook', url: 'https://www.facebook.com/testvik' }]);
    expect(options?.drafts.has('kanaler')).toBe(false);
    expect([...options!.drafts.keys()]).toEqual([
      'nettsted.url',
      'kontakt.epost',
      'kontakt.nettsted',
      'redaksjon',
      'retningslinjer.vedtatt',
      'retningslinjer.nesteRevisjon',
    ]);
  });

  it('says in bokmål what is wrong with each flag and how to fix it', () => {
    const { errors } = resolve([
      '--mappe',
      '/tmp/scaffold-test-does-not-exist',
      '--navn',
      ' ',
      '--nanv',
      'Testvik',
      '--malform',
      'se',
      '--epost',
      'post.testvik.no',
      '--telefon',
      '12',
      '--url',
      'testvik.no',
      '--base',
      'handbok',
      '--farge-lys',
      'blå',
      '--svartid',
      '1.5',
      '--eksempler',
      'kanskje',
      '--kanal',
      'Facebook',
      '--kanal',
      'X=ftp://x.no',
      '--vedtatt',
      '1. mai',
      '--url',
    ]);
    expect(errors).toMatchSnapshot();
  });

  it('says what a whole-config problem is, by flag', () => {
    expect(resolve([...base, '--farge-lys', '#ffcc00']).errors).toMatchSnapshot();
    expect(resolve([...base, '--vedtatt', '2026-05-01', '--neste-revisjon', '2025-05-01']).errors).toMatchSnapshot();
  });

  it('needs a folder, and says why', () => {
    const { errors, wrongFlags } = resolve(['--navn', 'Testvik kommune']);
    expect(errors).toEqual([MISSING_FOLDER]);
    expect(wrongFlags).toEqual(['mappe']);
    expect(MISSING_FOLDER).toMatchInlineSnapshot(
      `"Mappen mangler. Bruk --mappe <mappe>, for eksempel --mappe testvik-handbok: håndboka blir et eget nettsted i sin egen mappe, som bruker pakken handbok-sosiale-medier, og ikke en kopi av dette prosjektet."`,
    );
  });

  it('takes a tarball that is there and a git URL with a tag', () => {
    expect(resolve([...base, '--pakke', 'finnes-ikke.tgz']).errors).toEqual([
      '--pakke «finnes-ikke.tgz»: finner ikke filen. Slik retter du det: lag den med `npm pack` i pakkens mappe, og skriv stien til .tgz-filen.',
    ]);
    expect(resolve([...base, '--pakke', 'git+https://github.com/kommune/handbok.git']).errors).toEqual([
      '--pakke «git+https://github.com/kommune/handbok.git» mangler en tag, så nettstedet ville fulgt det som til enhver tid ligger på main. Slik retter du det: legg til #<tag>, for eksempel git+https://github.com/kommune/handbok.git#v0.2.0.',
    ]);
    expect(resolve([...base, '--pakke', 'github:kommune/handbok#v0.2.0']).options?.packageSpec).toBe(
      'github:kommune/handbok#v0.2.0',
    );
    expect(resolve([...base, '--logo', 'lokalt/logo.svg']).options?.config.logo).toEqual({
      fil: 'lokalt/logo.svg',
      alt: '',
    });
  });

  it('lists every flag with its help', () => {
    expect(usage()).toMatchSnapshot();
  });

  it('writes the package as npm expects it in the site', () => {
    expect(packageSpec(undefined, '/work', '/work/testvik', '0.1.0')).toBe('^0.1.0');
    expect(packageSpec('handbok-sosiale-medier-0.2.0.tgz', '/work', '/work/testvik', '0.1.0')).toBe(
      'file:../handbok-sosiale-medier-0.2.0.tgz',
    );
    expect(packageSpec('/pakker/h.tgz', '/work', '/work/testvik', '0.1.0')).toBe('file:../../pakker/h.tgz');
    expect(packageSpec('testvik/pakke.tgz', '/work', '/work/testvik', '0.1.0')).toBe('file:./pakke.tgz');
    expect(packageSpec('git+https://github.com/kommune/handbok.git#v0.2.0', '/work', '/work/testvik', '0.1.0')).toBe(
      'git+https://github.com/kommune/handbok.git#v0.2.0',
    );
    expect(packageSpec('github:kommune/handbok#v0.2.0', '/work', '/work/testvik', '0.1.0')).toBe(
      'github:kommune/handbok#v0.2.0',
    );
    expect(packageSpec('~0.2.0', '/work', '/work/testvik', '0.1.0')).toBe('~0.2.0');
  });
});
