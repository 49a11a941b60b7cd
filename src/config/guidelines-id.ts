import type { HandbookConfig } from '../schemas/config.ts';

/** The id of the municipality's own guidelines (URL /retningslinjer/<id>/): from the config, or its short name. */
export const localGuidelinesId = (config: HandbookConfig) =>
  config.kommune.id ??
  config.kommune.kortnavn
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
