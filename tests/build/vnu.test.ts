/**
 * The W3C Nu HTML checker (vnu, npm package vnu-jar) on every built page, in one Java run: no
 * errors, except those from Starlight's or Astro's markup listed with their reasons in
 * vnu-accepted.ts. It finds what html-validate does not, such as a script after `</html>`. It needs
 * Java: Debian's `default-jre-headless` (`sudo apt-get install -y default-jre-headless`), or any
 * Java 11 or newer on the PATH or in JAVA_HOME.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, requireDist } from './dist.ts';
import { builtPageFiles } from '../../src/lib/post-build/built-pages.ts';
import { ACCEPTED_VNU_ERRORS } from './vnu-accepted.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** A page vnu must fault, in the same run, so the test sees that vnu runs and reports. */
const PROBE =
  '<!DOCTYPE html><html lang="nb"><head><title>Prøve</title></head><body><p>x</p></body></html><script src="/x.js"></script>\n';

/** The path of vnu.jar: what the vnu-jar package exports (it has no types). */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';

function requireJava(): void {
  const probe = spawnSync(JAVA, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    throw new Error(
      `Fant ikke Java (${JAVA}), som W3C-validatoren vnu trenger. Installer den: ` +
        '`sudo apt-get install -y default-jre-headless` på Debian og Ubuntu (eller en annen Java 11 eller nyere), ' +
        'eller sett JAVA_HOME til mappen den ligger i.',
    );
}

let messages: VnuMessage[] = [];
let probeFile: string;
let pageCount = 0;
let tmp: string;

beforeAll(() => {
  requireDist();
  requireJava();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  probeFile = path.join(tmp, 'proeve.html');
  fs.writeFileSync(probeFile, PROBE);
  const files = builtPageFiles(DIST).map(({ file }) => path.join(DIST, file));
  pageCount = files.length;
  const started = performance.now();
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--errors-only', probeFile, ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`vnu: ${files.length} sider på ${seconds} s`);
  if (run.error) throw run.error;
  // The report is on stderr; the exit status is 1 when there are errors, which the test reads itself.
  try {
    messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu skrev ikke en JSON-rapport (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The file a message is about: vnu writes `file:/tmp/…`, which the URL parser reads like `file:///tmp/…`. */
const fileOf = (m: VnuMessage) => (m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? ''));
/** The page's URL on the site, for the report: `/ks-rapport/` for `<dist>/ks-rapport/index.html`. */
const pageOf = (m: VnuMessage) => {
  const file = fileOf(m);
  return file.startsWith(DIST + path.sep)
    ? `/${path
        .relative(DIST, file)
        .replace(/\\/g, '/')
        .replace(/index\.html$/, '')}`
    : file;
};
const accepted = (m: VnuMessage) =>
  ACCEPTED_VNU_ERRORS.find((a) => a.message.test(m.message) && a.extract.test(m.extract ?? ''));
const onPages = () => messages.filter((m) => fileOf(m) !== probeFile);

describe('vnu (W3C Nu HTML checker)', () => {
  it('runs, and reports an error in a page made to have one', () => {
    const probe = messages.filter((m) => fileOf(m) === probeFile);
    expect(probe.map((m) => m.message)).toContain('Stray start tag “script”.');
  });

  it('finds no errors of our own on any built page', () => {
    expect(pageCount).toBeGreaterThan(50);
    const errors = onPages()
      .filter((m) => m.type !== 'info' && !accepted(m))
      .map((m) => `${pageOf(m)}:${m.lastLine ?? '?'} ${m.message} «${(m.extract ?? '').replace(/\s+/g, ' ')}»`);
    expect(errors).toEqual([]);
  });

  it('still needs every accepted upstream error, each with its reason', () => {
    for (const entry of ACCEPTED_VNU_ERRORS) {
      expect(entry.reason.length, String(entry.message)).toBeGreaterThan(40);
      expect(
        onPages().some((m) => entry.message.test(m.message) && entry.extract.test(m.extract ?? '')),
        `${entry.message} finnes ikke lenger: fjern den fra tests/build/vnu-accepted.ts`,
      ).toBe(true);
    }
  });
});
