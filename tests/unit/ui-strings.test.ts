/** The components' interface strings (src/lib/site/ui.ts): looked up once per dictionary, values filled in each time. */
import { describe, expect, it } from 'vitest';
import { clientStrings, ui } from '../../src/lib/site/ui.ts';

/** Starlight's `locals.t` for one page: a new function per page over the language's one dictionary. */
function pageLocals(dictionary: Record<string, string>, calls: string[]) {
  const t = (key: string, options: { interpolation?: { escapeValue?: boolean } } & Record<string, unknown>) => {
    calls.push(key);
    expect(options.interpolation?.escapeValue).toBe(false);
    return (dictionary[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]));
  };
  return { t: Object.assign(t, { all: () => dictionary }) } as unknown as App.Locals;
}

describe('ui().t', () => {
  it('looks a string without values up once for every page of the same dictionary', () => {
    const nb = { 'handbok.a': 'Skriv til oss' };
    const calls: string[] = [];
    const first = ui(pageLocals(nb, calls)).t('handbok.a');
    const second = ui(pageLocals(nb, calls)).t('handbok.a');
    expect([first, second]).toEqual(['Skriv til oss', 'Skriv til oss']);
    expect(calls).toEqual(['handbok.a']);
  });

  it('fills in values on every call, unescaped', () => {
    const nb = { 'handbok.due': 'Gjennomgås innen {{date}}' };
    const calls: string[] = [];
    const { t } = ui(pageLocals(nb, calls));
    expect(t('handbok.due', { date: '1. mars' })).toBe('Gjennomgås innen 1. mars');
    expect(t('handbok.due', { date: 'R&D <b>' })).toBe('Gjennomgås innen R&D <b>');
    expect(calls).toEqual(['handbok.due', 'handbok.due']);
  });

  it('keeps each dictionary’s strings apart', () => {
    const calls: string[] = [];
    const nb = ui(pageLocals({ 'handbok.a': 'Skriv til oss' }, calls)).t('handbok.a');
    const nn = ui(pageLocals({ 'handbok.a': 'Skriv til oss, då' }, calls)).t('handbok.a');
    expect([nb, nn]).toEqual(['Skriv til oss', 'Skriv til oss, då']);
    expect(calls).toEqual(['handbok.a', 'handbok.a']);
  });
});

describe('clientStrings', () => {
  it('gives the templates under a prefix, the same object for every page of a dictionary, and each dictionary its own', () => {
    const nb = { 'handbok.tree.next': 'Neste: {{step}}', 'handbok.tree.back': 'Tilbake', 'handbok.other': 'Annet' };
    const nn = { 'handbok.tree.next': 'Neste: {{step}}', 'handbok.tree.back': 'Attende' };
    const first = clientStrings(pageLocals(nb, []), 'handbok.tree.');
    expect(first).toEqual({ next: 'Neste: {{step}}', back: 'Tilbake' });
    expect(clientStrings(pageLocals(nb, []), 'handbok.tree.')).toBe(first);
    expect(clientStrings(pageLocals(nb, []), 'handbok.')).toEqual({
      'tree.next': 'Neste: {{step}}',
      'tree.back': 'Tilbake',
      other: 'Annet',
    });
    expect(clientStrings(pageLocals(nn, []), 'handbok.tree.')).toEqual({ next: 'Neste: {{step}}', back: 'Attende' });
    expect(Object.isFrozen(first)).toBe(true);
  });
});
