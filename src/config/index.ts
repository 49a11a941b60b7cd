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

export { localGuidelinesId } from './guidelines-id.ts';
export { contentOptions } from './content-options.ts';
