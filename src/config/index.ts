/**
 * The municipality's settings, checked. Everything that differs between municipalities reads them
 * from here: the site config, the header and footer, the front page, the trees and the receipt.
 * A wrong value stops the build with the problems listed, in bokmål.
 */
import raw from '../../handbok.config.ts';
import { formatReport, hasErrors } from '../checks/problem.ts';
import { validateConfig } from './validate.ts';
import type { HandbookConfig } from '../schemas/config.ts';

function resolve(): HandbookConfig {
  // Builds and checks run from the project root; a bundled module cannot find it from its own URL.
  const { config, problems } = validateConfig(raw, process.cwd());
  if (!config || hasErrors(problems)) {
    throw new Error(`Innstillingene i handbok.config.ts har feil:\n${formatReport(problems)}`);
  }
  return config;
}

export const handbook: HandbookConfig = resolve();

/** The id of the municipality's own guidelines, from the config or its short name. */
export const localGuidelinesId = (config: HandbookConfig = handbook) =>
  config.kommune.id ??
  config.kommune.kortnavn
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
