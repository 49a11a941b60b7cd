/**
 * `npm run ny-kommune` (and the package's `handbok ny-kommune`): writes a municipality's site into
 * its own folder, from flags or, without flags in a terminal, by asking. Never prints a stack trace:
 * every problem is one line in bokmål.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { loadContent } from '../content-loading/load.ts';
import { readInterfaceStrings } from '../content-loading/interface-strings.ts';
import { TOPICS } from '../schemas/vocabulary.ts';
import { interview, type LineReader } from './interactive.ts';
import { parseFlags, resolveOptions, type ScaffoldOptions } from './options.ts';
import { siteFiles } from './site-files.ts';
import { usage } from './flags.ts';

/** The package's own folder: its content (the example rules the draft rules replace) and its version. */
export const PACKAGE_ROOT = path.resolve(import.meta.dirname, '../..');

export interface ScaffoldIO {
  /** The folder relative paths are read from. */
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Whether there is a terminal to ask in. */
  interactive: boolean;
  /** Opens the reader the interactive mode asks with. */
  reader?: () => LineReader & { close(): void };
  /** Today's date, YYYY-MM-DD. Default: the clock's. */
  today?: string;
}

const version = () =>
  (JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A reader on the terminal. Ctrl-C and Ctrl-D end the input: the question then answers null. */
export function terminalReader(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): LineReader & { close(): void } {
  const rl = readline.createInterface({ input, output });
  let closed = false;
  rl.on('close', () => (closed = true));
  rl.on('SIGINT', () => rl.close());
  return {
    question: (prompt) =>
      new Promise((resolve) => {
        if (closed) return resolve(null);
        const onClose = () => resolve(null);
        rl.once('close', onClose);
        rl.question(prompt).then(
          (answer) => {
            rl.off('close', onClose);
            resolve(answer);
          },
          () => resolve(null),
        );
      }),
    close: () => rl.close(),
  };
}

function write(options: ScaffoldOptions, today: string, io: ScaffoldIO): void {
  const { content } = loadContent(PACKAGE_ROOT);
  // The drafts name each topic as the site's interface does, in its målform.
  const strings = readInterfaceStrings(PACKAGE_ROOT, options.config.malform);
  const files = siteFiles(options, content, today, (topic) => strings[`handbok.topic.${topic}`] ?? TOPICS[topic]);
  io.out(`Skriver håndboka i ${options.folder}:`);
  for (const [file, text] of files) {
    const target = path.join(options.folder, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    io.out(`✔ ${file}`);
  }
  const relative = path.relative(io.cwd, options.folder);
  const folder = relative && !relative.startsWith('..') ? relative : options.folder;
  io.out(`
Neste steg:
  1. cd ${folder}
  2. Se håndboka: npm install && npm start
  3. Skriv tekstene merket «UTKAST:». \`npm run check\` lister dem med fil og linje.
  4. Når ingen merker er igjen, går \`npm run publiser:sjekk\` gjennom. README.md i mappen forteller hvordan du publiserer.`);
}

async function run(argv: string[], io: ScaffoldIO): Promise<number> {
  if (argv.includes('--hjelp') || argv.includes('--help')) {
    io.out(usage());
    return 0;
  }
  const today = io.today ?? new Date().toISOString().slice(0, 10);
  const context = { cwd: io.cwd, today, version: version() };
  let options: ScaffoldOptions | null | undefined;
  if (argv.length === 0) {
    if (!io.interactive || !io.reader) {
      io.err(
        '✖ Ingen valg gitt, og ingen terminal å spørre i. Bruk for eksempel --mappe testvik-handbok --navn "Testvik kommune".',
      );
      io.err('Se alle valg med: npm run ny-kommune -- --hjelp');
      return 1;
    }
    const reader = io.reader();
    try {
      options = await interview(reader, { ...context, write: io.out });
    } finally {
      reader.close();
    }
    if (!options) {
      io.out('\nAvbrutt. Ingenting er skrevet.');
      return 1;
    }
  } else {
    const parsed = parseFlags(argv);
    const resolved = resolveOptions(parsed.raw, context);
    const errors = [...parsed.errors, ...resolved.errors];
    if (!resolved.options || errors.length) {
      for (const line of errors) io.err(`✖ ${line}`);
      io.err('Se alle valg med: npm run ny-kommune -- --hjelp');
      return 1;
    }
    options = resolved.options;
  }
  write(options, today, io);
  return 0;
}

/** Runs the scaffold; the exit code is 0 when the site was written. */
export async function runScaffold(argv: string[], io: ScaffoldIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    // A bug or a full disk, not bad input: still one line, without a stack trace.
    io.err(`✖ Kunne ikke lage håndboka: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
