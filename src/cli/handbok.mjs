#!/usr/bin/env node
/**
 * `handbok <kommando>`: the package's command line, which a site's npm scripts call
 * (`"build": "handbok build"`). Plain JavaScript, because it must start on whatever Node the reader
 * has (20 is common): it finds Node 24 from the npm package `node-<os>-<arch>` that this package
 * depends on, and runs each step with it, with the hook that lets Node load this package's
 * TypeScript from node_modules (see strip-types.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const MINIMUM = [22, 12];

/** The steps of each command: a TypeScript entry point of ours, or Astro's own command line. */
const PREFLIGHT = { script: 'src/cli/preflight.ts' };
const COMMANDS = {
  check: {
    help: 'kontrollerer innstillingene og alt innhold (`--publisering`: også at ingen tekst er merket «UTKAST:»)',
    steps: [{ script: 'src/cli/check.ts' }],
  },
  build: { help: 'kontrollerer innholdet og bygger nettstedet til dist/', steps: [PREFLIGHT, { astro: 'build' }] },
  dev: { help: 'utviklingsserver som oppdaterer siden mens du skriver', steps: [PREFLIGHT, { astro: 'dev' }] },
  preview: { help: 'viser det bygde nettstedet i dist/', steps: [{ astro: 'preview' }] },
  start: {
    help: 'bygger nettstedet og viser det lokalt, med søk',
    steps: [PREFLIGHT, { astro: 'build' }, { astro: 'preview' }],
  },
  test: {
    help: 'det et nettsted trenger før publisering: innholdskontroll, bygg og lenkekontroll',
    steps: [{ script: 'src/cli/check.ts' }, { astro: 'build' }],
  },
  'ny-kommune': {
    help: 'lager et nytt nettsted for en kommune i en egen mappe (`--hjelp` viser valgene)',
    steps: [{ script: 'src/cli/ny-kommune.ts' }],
  },
  'regel-lest': {
    help: 'merker egne regler som lest mot reglene i pakken de erstatter (etter en oppdatering)',
    steps: [{ script: 'src/cli/review-rule.ts' }],
  },
  oversett: {
    help: 'lager et nynorsk utkast av en egen regelfil eller side med Apertium, merket «UTKAST:»',
    steps: [{ script: 'src/cli/translate-draft.ts' }],
  },
  'sjekk-base': {
    help: 'sjekker at nettsted.base passer til navnet på GitHub-repoet',
    steps: [{ script: 'src/cli/check-base.ts' }],
  },
};

const atLeast = (version, [major, minor]) => {
  const [a, b] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
};

/** This Node if it is new enough, else the one from `node-<os>-<arch>`. */
function nodeBinary() {
  if (atLeast(process.version, MINIMUM)) return process.execPath;
  const name = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  try {
    const dir = path.dirname(require.resolve(`${name}/package.json`));
    const binary = path.join(dir, process.platform === 'win32' ? 'bin/node.exe' : 'bin/node');
    if (fs.existsSync(binary)) return binary;
  } catch {
    // Not installed for this platform: said below.
  }
  console.error(
    `✖ Håndboka trenger Node.js ${MINIMUM.join('.')} eller nyere, og du har ${process.version}. ` +
      `Pakken ${name} (Node fra npm) er ikke installert for denne maskinen. ` +
      'Slik retter du det: kjør `npm install` på nytt, eller installer Node.js 24 fra nodejs.org.',
  );
  process.exit(1);
}

function astroBin() {
  return path.join(path.dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
}

function run(node, step, args) {
  const entry = step.astro ? [astroBin(), step.astro] : [path.join(PACKAGE_ROOT, step.script)];
  const flags = [
    '--disable-warning=ExperimentalWarning',
    '--import',
    pathToFileURL(path.join(PACKAGE_ROOT, 'src/cli/strip-types.mjs')).href,
  ];
  const result = spawnSync(node, [...flags, ...entry, ...args], { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function help() {
  console.log('Bruk: handbok <kommando> [valg]\n\nKommandoer:');
  for (const [name, { help: text }] of Object.entries(COMMANDS)) console.log(`  ${name.padEnd(11)} ${text}`);
}

const [command, ...args] = process.argv.slice(2);
if (!command || command === '--hjelp' || command === '--help') {
  help();
  process.exit(command ? 0 : 2);
}
const known = COMMANDS[command];
if (!known) {
  console.error(`✖ Ukjent kommando «${command}».`);
  help();
  process.exit(2);
}
const node = nodeBinary();
for (const step of known.steps) {
  // Options go to the command's last step: `start --port 5000` to the preview, not the build before it.
  const status = run(node, step, step === known.steps.at(-1) ? args : []);
  if (status !== 0) process.exit(status);
}
