/**
 * A source's own words (its title, its section names) stay in the målform it is written in. On a page
 * in the other målform they are marked with `lang`, so a screen reader reads them right and the
 * nynorsk spelling test leaves them out as quotations.
 */
import { handbook, siteLang } from '../../config/index.ts';

/** `lang` for the source's own words on this site's pages: only when they are in the other målform. */
export const sourceLang = (source: { lang?: 'nb' | 'nn' }): 'nb' | 'nn' | undefined => {
  const lang = source.lang ?? 'nb';
  return lang === siteLang ? undefined : lang;
};

/**
 * `lang` for the site's own words (lokalt/, written in `malform`) on a page in the other målform: the
 * second edition of a site in both målformer, or a preview in the other målform.
 */
export const ownTextLang = (): 'nb' | 'nn' | undefined =>
  handbook.malform === siteLang ? undefined : handbook.malform;
