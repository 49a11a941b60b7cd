/**
 * The site's handbok.config.ts, for the command line (`handbok check`); a build gets the same config
 * from astro.config.mjs instead. A file that cannot be read ends the process with a bokmål message
 * that names the file and the fix, not Node's English error with a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../problems/problem.ts';
import { resolveConfig } from './resolve.ts';
import { CONFIG_FILE } from './validate.ts';
import type { HandbookConfig } from '../schemas/config.ts';

function stop(message: string, fix: string): never {
  console.error(formatProblem({ file: CONFIG_FILE, message, fix }));
  process.exit(1);
}

/** Where Node says the error is: «handbok.config.ts:12», or nothing. */
function location(error: Error): string {
  const line = new RegExp(`${CONFIG_FILE.replace('.', '\\.')}:(\\d+)`).exec(error.stack ?? '')?.[1];
  return line ? ` på linje ${line}` : '';
}

export async function loadSiteConfig(root: string): Promise<HandbookConfig> {
  const file = path.join(root, CONFIG_FILE);
  if (!fs.existsSync(file))
    stop(
      `Finner ikke ${CONFIG_FILE} i ${root}.`,
      'kjør kommandoen i nettstedets mappe, eller lag nettstedet med `handbok ny-kommune`.',
    );
  let raw: unknown;
  try {
    raw = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    const e = error as Error;
    if (e instanceof SyntaxError || /TYPESCRIPT_SYNTAX/.test((e as { code?: string }).code ?? '')) {
      stop(
        `Filen har en skrivefeil${location(e)} (TypeScript melder: «${e.message.split('\n')[0]}»).`,
        'se etter et komma, en klamme eller et anførselstegn som mangler eller er til overs rundt linjen.',
      );
    }
    stop(
      `Filen kan ikke leses: ${e.message.split('\n')[0]}`,
      'sjekk at den starter med `export default defineHandbook({ … })`, og at pakken er installert (`npm install`).',
    );
  }
  if (raw === undefined)
    stop('Filen eksporterer ingen innstillinger.', 'skriv innstillingene som `export default defineHandbook({ … })`.');
  return resolveConfig(raw, root);
}
