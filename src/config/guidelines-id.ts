import type { HandbookConfig } from '../schemas/config.ts';
import { slug } from '../lib/shared/slug.ts';

/** The id of the municipality's own guidelines (URL /retningslinjer/<id>/): from the config, or its short name. */
export const localGuidelinesId = (config: HandbookConfig) => config.kommune.id ?? slug(config.kommune.kortnavn);
