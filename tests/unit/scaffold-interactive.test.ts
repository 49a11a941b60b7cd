/**
 * The interactive mode of `npm run ny-kommune`: driven line by line through a reader here, and once
 * through a real pseudo-terminal (python3's pty module), as a person types.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { interview, type LineReader } from '../../src/scaffold/interactive.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-interactive-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Answers the questions in order; null once the answers run out, as a closed terminal does. */
function scripted(answers: string[]): LineReader & { prompts: string[] } {
  const prompts: string[] = [];
  return {
    prompts,
    question: async (prompt) => {
      prompts.push(prompt);
      return answers.length ? answers.shift()! : null;
    },
  };
}

const run = async (answers: string[]) => {
  const reader = scripted(answers);
  const lines: string[] = [];
  const options = await interview(reader, {
    cwd: work,
    today: '2026-12-01',
    version: '0.1.0',
    write: (l) => lines.push(l),
  });
  return { options, lines, prompts: reader.prompts.map((p) => p.split(' – ')[0]) };
};

// The questions in order: navn, kortnavn, mappe, url, base, malform, farge-lys, farge-mork, epost,
// telefon, nettsted, svartid, redaksjon, kanal (until an empty line), eksempler, then the confirmation.
const ENTER = '';

describe('the interactive mode', () => {
  it('asks again for an empty name and a wrong answer, with the reason, and keeps every answer', async () => {
    const { options, lines, prompts } = await run([
      ENTER, // navn: may not be empty
      'Testvik kommune',
      ENTER, // kortnavn: Testvik
      'testvik-handbok',
      'testvik.no', // url: not an address
      'https://testvik.example',
      'handbok', // base: no slashes
      '/handbok/',
      'se', // malform
      'nn',
      ENTER,
      ENTER,
      'post.testvik.no', // epost: no @
      'post@testvik.example',
      ENTER,
      ENTER,
      '0', // svartid
      '48',
      'Kommunikasjonsavdelinga',
      'Facebook', // kanal: no =
      'Facebook=https://www.facebook.com/testvik',
      ENTER,
      'kanskje',
      'ja',
      'j',
    ]);
    expect(prompts).toEqual([
      'navn',
      'navn',
      'kortnavn',
      'mappe',
      'url',
      'url',
      'base',
      'base',
      'malform',
      'malform',
      'farge-lys',
      'farge-mork',
      'epost',
      'epost',
      'telefon',
      'nettsted',
      'svartid',
      'svartid',
      'redaksjon',
      'kanal',
      'kanal',
      'kanal',
      'eksempler',
      'eksempler',
      'Skrive filene? [J/n]: ',
    ]);
    expect(lines.filter((l) => l.startsWith('✖'))).toMatchSnapshot();
    expect(options?.folder).toBe(path.join(work, 'testvik-handbok'));
    expect(options?.config).toMatchObject({
      kommune: { navn: 'Testvik kommune', kortnavn: 'Testvik' },
      nettsted: { url: 'https://testvik.example', base: '/handbok/' },
      malform: 'nn',
      kontakt: { epost: 'post@testvik.example', nettsted: 'https://www.testvik.kommune.no' },
      svartid: { timer: 48, hverdager: true },
      redaksjon: 'Kommunikasjonsavdelinga',
      kanaler: [{ navn: 'Facebook', url: 'https://www.facebook.com/testvik' }],
      eksempelretningslinjer: true,
    });
    // Enter took the suggestion, which stays a draft to check.
    expect([...options!.drafts.keys()]).toContain('kontakt.nettsted');
    expect(options!.drafts.has('kontakt.epost')).toBe(false);
    expect(lines.join('\n')).toMatch(/Håndboka skrives i .*testvik-handbok:\n {2}navn: Testvik kommune\n/);
  });

  it('suggests a folder from the name, and will not take one that holds files', async () => {
    fs.mkdirSync(path.join(work, 'full'));
    fs.writeFileSync(path.join(work, 'full', 'x.txt'), '');
    const { options, lines, prompts } = await run([
      'Sogndal kommune',
      ENTER,
      'full',
      ENTER,
      ...Array(14).fill(ENTER),
      ENTER,
    ]);
    expect(prompts.slice(0, 4)).toEqual(['navn', 'kortnavn', 'mappe', 'mappe']);
    expect(lines.find((l) => l.startsWith('✖'))).toMatch(/^✖ Mappen «.*full» finnes fra før og er ikke tom/);
    expect(options?.folder).toBe(path.join(work, 'sogndal-handbok'));
  });

  it('asks again only for a colour whose contrast is too low, at the end', async () => {
    const answers = [
      'Testvik kommune',
      ENTER,
      'farge',
      ENTER,
      ENTER,
      ENTER,
      '#ffcc00',
      ENTER,
      ...Array(6).fill(ENTER),
      ENTER,
    ];
    const { options, lines, prompts } = await run([...answers, '#0b6e4f', ENTER]);
    expect(lines.filter((l) => l.startsWith('✖'))).toEqual([
      expect.stringMatching(/^✖ --farge-lys: Fargen #ffcc00 har for lav kontrast/),
    ]);
    expect(prompts.slice(-2)).toEqual(['farge-lys', 'Skrive filene? [J/n]: ']);
    expect(options?.config.farger).toEqual({ lys: '#0b6e4f', mork: '#a9c1ff' });
  });

  it('writes nothing when the input ends or the answer is no', async () => {
    expect((await run(['Testvik kommune', ENTER])).options).toBeNull();
    expect((await run(['Testvik kommune', ...Array(14).fill(ENTER), 'nei'])).options).toBeNull();
  });
});

/** Runs `ny-kommune` in a pseudo-terminal (tests/unit/pty-session.py): waits for each prompt, then types its answer. */
function inTerminal(steps: [string, string][]) {
  return spawnSync(
    'python3',
    [
      path.join(import.meta.dirname, 'pty-session.py'),
      JSON.stringify(steps),
      process.execPath,
      path.join(ROOT, 'src/cli/ny-kommune.ts'),
    ],
    {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: work },
      timeout: 60_000,
    },
  );
}

describe('the interactive mode in a real terminal', () => {
  it('re-asks a bad answer with the reason, then writes every answer to handbok.config.ts', () => {
    const steps: [string, string][] = [
      ['navn –', '\r'],
      ['Svaret er tomt', 'Testvik kommune\r'],
      ['kortnavn –', '\r'],
      ['mappe –', 'terminal-handbok\r'],
      ['url –', 'https://testvik.example\r'],
      ['base –', 'handbok\r'],
      ['er ikke en gyldig grunnsti', '/handbok/\r'],
      ['malform –', 'nn\r'],
      ['farge-lys –', '#0b6e4f\r'],
      ['farge-mork –', '#7fdcb5\r'],
      ['epost –', 'post@testvik.example\r'],
      ['telefon –', '+47 12 34 56 78\r'],
      ['nettsted –', 'https://www.testvik.example\r'],
      ['svartid –', '12\r'],
      ['redaksjon –', 'Kommunikasjonsavdelinga\r'],
      ['kanal –', 'Facebook=https://www.facebook.com/testvik\r'],
      ['kanal –', 'Instagram=https://www.instagram.com/testvik\r'],
      ['kanal –', '\r'],
      ['eksempler –', 'ja\r'],
      ['Skrive filene?', '\r'],
    ];
    const session = inTerminal(steps);
    const transcript = session.stdout;
    expect(session.status, transcript + session.stderr).toBe(0);
    expect(transcript).toContain('✖ Svaret er tomt.');
    expect(transcript).toContain(
      '✖ Svaret er «handbok» og er ikke en gyldig grunnsti. Slik retter du det: skriv stien med skråstrek først og sist',
    );
    const config = fs.readFileSync(path.join(work, 'terminal-handbok', 'handbok.config.ts'), 'utf8');
    for (const text of [
      "navn: 'Testvik kommune'",
      "kortnavn: 'Testvik'",
      "url: 'https://testvik.example',",
      "base: '/handbok/'",
      "malform: 'nn'",
      "farger: { lys: '#0b6e4f', mork: '#7fdcb5' }",
      "epost: 'post@testvik.example',",
      "telefon: '+47 12 34 56 78'",
      "nettsted: 'https://www.testvik.example',",
      'svartid: { timer: 12, hverdager: true }',
      "redaksjon: 'Kommunikasjonsavdelinga',",
      "{ navn: 'Facebook', url: 'https://www.facebook.com/testvik' }",
      "{ navn: 'Instagram', url: 'https://www.instagram.com/testvik' }",
      'eksempelretningslinjer: true',
    ]) {
      expect(config).toContain(text);
    }
    expect(config).not.toMatch(/(url|epost|nettsted|redaksjon):.*UTKAST/);
  }, 60_000);

  it.each([
    ['Ctrl-C', '\u0003'],
    ['Ctrl-D', '\u0004'],
  ])(
    'says nothing was written when the person presses %s',
    (_, key) => {
      const session = inTerminal([
        ['navn –', 'Testvik kommune\r'],
        ['kortnavn –', key],
      ]);
      expect(session.status, session.stdout).toBe(1);
      expect(session.stdout).toContain('Avbrutt. Ingenting er skrevet.');
      expect(fs.existsSync(path.join(work, 'testvik-handbok'))).toBe(false);
    },
    60_000,
  );
});
