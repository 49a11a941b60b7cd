/**
 * Our own interface strings (`handbok.*` keys) as an extension of Starlight's i18n schema. The keys
 * are the ones in `content/i18n/nb.json`; every language file must have all of them, non-empty, so a
 * missing nynorsk text stops the build instead of showing a raw key.
 */
import { z } from 'astro/zod';
import nb from '../../content/i18n/nb.json' with { type: 'json' };

export const HANDBOK_PREFIX = 'handbok.';

/** The `handbok.*` keys, plural forms (`_one`, `_other`) included. */
export const HANDBOK_KEYS = Object.keys(nb).filter((key) => key.startsWith(HANDBOK_PREFIX));

export const HandbokStringsSchema = z.object(
  Object.fromEntries(HANDBOK_KEYS.map((key) => [key, z.string().trim().min(1, { message: 'Teksten mangler. Skriv den inn, eller kopier den fra nb.json og oversett.' })])),
);
