/**
 * `npm run ny-kommune -- --navn "Testvik kommune" --malform nn`: makes this copy of the handbook
 * the municipality's own. Writes handbok.config.ts, lokalt/sider/retningslinjer/<id>.mdx and
 * lokalt/regler/<id>.yaml, with every text still to be written marked «UTKAST:».
 * Run without flags in a terminal, it asks for each value.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { loadContent } from '../src/content-loading/load.ts';
import { FLAGS, parseFlags, resolveOptions, type Flag } from '../src/scaffold/options.ts';
import { scaffoldFiles } from '../src/scaffold/files.ts';
import { keepOwnConfigOnMerge } from '../src/scaffold/git.ts';

const root = process.cwd();
const argv = process.argv.slice(2);

async function ask(): Promise<Partial<Record<Flag, string>>> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const values: Partial<Record<Flag, string>> = {};
  console.log('Lag håndbok for din kommune. Trykk Enter for å bruke standardverdien.\n');
  for (const [flag, help] of Object.entries(FLAGS) as [Flag, string][]) {
    if (flag === 'tving') continue;
    const answer = (await rl.question(`${flag} – ${help}: `)).trim();
    if (answer) values[flag] = answer;
  }
  rl.close();
  return values;
}

function fail(lines: string[]): never {
  for (const line of lines) console.error(`✖ ${line}`);
  console.error('Se alle valg med: npm run ny-kommune -- --hjelp');
  process.exit(1);
}

if (argv.includes('--hjelp') || argv.includes('--help')) {
  console.log('Bruk: npm run ny-kommune -- --navn "Testvik kommune" [valg]\n');
  for (const [flag, help] of Object.entries(FLAGS)) console.log(`  --${flag.padEnd(11)} ${help}`);
  process.exit(0);
}

let values: Partial<Record<Flag, string>>;
if (argv.length === 0) {
  if (!process.stdin.isTTY) fail(['Ingen valg gitt, og ingen terminal å spørre i. Bruk for eksempel --navn "Testvik kommune".']);
  values = await ask();
} else {
  const parsed = parseFlags(argv);
  if (parsed.errors.length) fail(parsed.errors);
  values = parsed.values;
}

const { options, errors } = resolveOptions(values);
if (!options) fail(errors);

const today = new Date().toISOString().slice(0, 10);
const { content } = loadContent(root);
const files = scaffoldFiles(options, content, today);
const existing = [...files.keys()].filter((f) => f !== 'handbok.config.ts' && fs.existsSync(path.join(root, f)));
if (existing.length && values.tving !== 'ja') {
  fail([`Filene finnes fra før: ${existing.join(', ')}. Bruk --tving for å skrive over dem.`]);
}
for (const [file, text] of files) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  console.log(`✔ Skrev ${file}`);
}
if (keepOwnConfigOnMerge(root)) console.log('✔ Git beholder deres handbok.config.ts når dere henter endringer fra upstream (se .gitattributes)');
console.log(`
Neste steg:
  1. Skriv tekstene merket «UTKAST:». \`npm run check\` lister dem med fil og linje.
  2. Se håndboka lokalt: npm start
  3. Når ingen merker er igjen, går \`npm run publiser:sjekk\` gjennom, og håndboka kan publiseres.`);
