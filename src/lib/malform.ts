/**
 * Which written standard of Norwegian (målform) the interface uses: `nb` (bokmål) or `nn`
 * (nynorsk). Content pages stay in bokmål; buttons, labels, search and `<html lang>` follow this.
 * The one seam for the choice: astro.config.mjs and the interface-strings loader both ask here.
 */
export const MALFORMS = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
} as const;

export type Malform = keyof typeof MALFORMS;

export const isMalform = (value: string): value is Malform => Object.hasOwn(MALFORMS, value);

/** The interface language, from `HANDBOK_MALFORM` (default `nb`). */
export function interfaceLang(): Malform {
  const value = process.env.HANDBOK_MALFORM ?? 'nb';
  if (!isMalform(value)) {
    throw new Error(`HANDBOK_MALFORM er «${value}», men må være «nb» (bokmål) eller «nn» (nynorsk).`);
  }
  return value;
}
