/**
 * Which written standard of Norwegian (målform) the interface uses: `nb` (bokmål) or `nn`
 * (nynorsk). The shared content, buttons, labels, search and `<html lang>` follow this.
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
 * build, to preview the other målform (and in the tests). The build of a site's second edition (see
 * src/config/edition.ts) is in the målform `HANDBOK_UTGAVE` names.
 */
export function interfaceLang(config: Pick<HandbookConfig, 'malform'>): Malform {
  const variable = process.env.HANDBOK_UTGAVE ? 'HANDBOK_UTGAVE' : 'HANDBOK_MALFORM';
  const value = process.env[variable] ?? config.malform;
  if (!isMalform(value)) {
    throw new Error(`${variable} er «${value}», men må være «nb» (bokmål) eller «nn» (nynorsk).`);
  }
  return value;
}
