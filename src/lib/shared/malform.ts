/**
 * Which written standard of Norwegian (målform) the interface uses: `nb` (bokmål) or `nn`
 * (nynorsk). Content pages stay in bokmål; buttons, labels, search and `<html lang>` follow this.
 * The one seam for the choice: the handbok() integration and the interface-strings loader both ask here.
 */
import type { HandbookConfig } from '../../schemas/config.ts';

export const MALFORMS = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
} as const;

export type Malform = keyof typeof MALFORMS;

export const isMalform = (value: string): value is Malform => Object.hasOwn(MALFORMS, value);

/**
 * The interface language: `malform` in handbok.config.ts. `HANDBOK_MALFORM=nn` overrides it for one
 * build, to preview the other målform (and in the tests).
 */
export function interfaceLang(config: Pick<HandbookConfig, 'malform'>): Malform {
  const value = process.env.HANDBOK_MALFORM ?? config.malform;
  if (!isMalform(value)) {
    throw new Error(`HANDBOK_MALFORM er «${value}», men må være «nb» (bokmål) eller «nn» (nynorsk).`);
  }
  return value;
}
