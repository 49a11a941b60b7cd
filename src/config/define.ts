/** Gives `handbok.config.ts` type help in the editor. The value is checked by `validateConfig`, not here. */
import type { HandbookConfigInput } from '../schemas/config.ts';

export const defineHandbook = (config: HandbookConfigInput): HandbookConfigInput => config;
