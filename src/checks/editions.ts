/**
 * A site in both målformer has its second edition under `/nb/` or `/nn/` (src/config/edition.ts): a page
 * of its own at such an address would be hidden by it.
 */
import type { Content } from '../content-loading/load.ts';
import type { Problem } from '../problems/problem.ts';
import { MALFORMS } from '../lib/shared/malform.ts';

export function checkEditionAddresses(content: Content): Problem[] {
  return content.pages.flatMap((page) => {
    const prefix = Object.keys(MALFORMS).find((malform) => page.url.startsWith(`/${malform}/`));
    if (!prefix) return [];
    return [
      {
        file: page.file,
        message: `Siden har adressen ${page.url}, men /${prefix}/ er adressen til utgaven i den andre målformen (beggeMalformer: true).`,
        fix: `flytt siden til en mappe med et annet navn enn ${prefix}/.`,
      },
    ];
  });
}
