/**
 * The site's config, validated once: by the handbok() integration for a build and by the command line
 * for `handbok check`. A wrong value stops with the problems listed in bokmål, each with its field and
 * fix, and no stack trace: the reader is a communications officer, not a developer.
 */
import { formatReport, hasErrors } from '../problems/problem.ts';
import { CONFIG_FILE, validateConfig } from './validate.ts';
import type { HandbookConfig } from '../schemas/config.ts';

/** A config that cannot be used. Its message is the report an author reads; nothing else needs showing. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(report: string) {
    super(`Innstillingene i ${CONFIG_FILE} har feil:\n${report}`);
  }
}

export function checkedConfig(input: unknown, root: string): HandbookConfig {
  const { config, problems } = validateConfig(input, root);
  if (!config || hasErrors(problems)) throw new ConfigError(formatReport(problems));
  return config;
}

/** `checkedConfig`, but a bad config ends the process with the report alone (Astro would print a stack trace under it). */
export function resolveConfig(input: unknown, root: string): HandbookConfig {
  try {
    return checkedConfig(input, root);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
