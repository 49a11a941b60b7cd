/**
 * The editions of a site: one, in its målform, or two when the config says `beggeMalformer: true`.
 * Then the main edition, in `malform`, is at the site's address, and the other målform's edition is
 * under `<base><målform>/`, built into `<outDir>/<målform>/` by a second `astro build` that the first
 * starts when it is done (src/integrations/second-edition.ts). Each build is a Starlight site in one
 * målform; this module says which edition a build is and where the other one is. See docs/adr/0011.
 */
import type { HandbookConfig } from '../schemas/config.ts';
import { interfaceLang, type Malform } from '../lib/shared/malform.ts';

/** Set for the build of the second edition: its målform. */
export const SECOND_EDITION_ENV = 'HANDBOK_UTGAVE';

export interface Edition {
  malform: Malform;
  /** The edition's base path, with its trailing slash. */
  base: string;
}

export interface Editions {
  /** The edition this build makes. */
  current: Edition;
  /** The same site in the other målform; none for a site in one målform. */
  other?: Edition;
  /** The edition at the site's own address, in `malform`: the målform the site's own content is written in. */
  main: Edition;
}

export const otherMalform = (malform: Malform): Malform => (malform === 'nb' ? 'nn' : 'nb');

const slashed = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export function editions(
  config: Pick<HandbookConfig, 'malform' | 'beggeMalformer' | 'nettsted'>,
  env: NodeJS.ProcessEnv = process.env,
): Editions {
  const main: Edition = { malform: config.malform, base: slashed(config.nettsted.base) };
  const second = env[SECOND_EDITION_ENV];
  if (!config.beggeMalformer) {
    if (second) throw new Error(`${SECOND_EDITION_ENV} er satt, men nettstedet har ikke beggeMalformer: true.`);
    // `HANDBOK_MALFORM` may preview a site in its other målform, at its own address.
    return { main, current: { ...main, malform: interfaceLang(config) } };
  }
  const otherLang = otherMalform(main.malform);
  const secondEdition: Edition = { malform: otherLang, base: `${main.base}${otherLang}/` };
  if (second !== undefined && second !== secondEdition.malform) {
    throw new Error(
      `${SECOND_EDITION_ENV} er «${second}», men den andre målformen til nettstedet er «${secondEdition.malform}».`,
    );
  }
  if (second) return { main, current: secondEdition, other: main };
  // A preview of the other målform (`HANDBOK_MALFORM`) is one edition at the site's address.
  if (interfaceLang(config) !== main.malform) return { main, current: { ...main, malform: interfaceLang(config) } };
  return { main, current: main, other: secondEdition };
}

/** Whether this build makes the second edition of a site in both målformer, under `<base><målform>/`. */
export const isSecondEdition = ({ current, main }: Pick<Editions, 'current' | 'main'>) => current.base !== main.base;

/** The config as this edition's build sees it: its own base path (the målform is `interfaceLang`'s to say). */
export function editionConfig<C extends Pick<HandbookConfig, 'malform' | 'beggeMalformer' | 'nettsted'>>(
  config: C,
  { current } = editions(config),
): C {
  return { ...config, nettsted: { ...config.nettsted, base: current.base } };
}
