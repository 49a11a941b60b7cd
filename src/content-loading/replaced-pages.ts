/**
 * A site's own page at an address the package already has a page at. It takes the package page's
 * place only when its frontmatter says so (`replacesPackagePage: true`, a documented override); else
 * the check stops with both files named. Never two pages at one address, one silently hiding the other.
 */
import type { Problem } from '../problems/problem.ts';
import type { Page } from './load.ts';
import { LOCAL_PATHS } from './paths.ts';

/** A package page a site's own page replaces. */
export interface ReplacedPage {
  url: string;
  /** The site's own page, under lokalt/sider/. */
  local: string;
  /** The package's page it replaces. */
  shared: string;
}

const isLocal = (page: Page) => page.file.startsWith(`${LOCAL_PATHS.docs}/`);

/**
 * The pages the site builds (the package's, less those a page of the site's own stands in for), the
 * replaced ones, and a problem for each clash that is not marked, or each mark that replaces nothing.
 */
export function replacePackagePages(pages: Page[]): { pages: Page[]; replaced: ReplacedPage[]; problems: Problem[] } {
  const shared = new Map(pages.filter((p) => !isLocal(p)).map((p) => [p.url, p]));
  const replaced: ReplacedPage[] = [];
  const problems: Problem[] = [];
  const hidden = new Set<Page>();
  for (const page of pages.filter(isLocal)) {
    const original = shared.get(page.url);
    const marked = page.fields.replacesPackagePage;
    if (!original) {
      if (marked)
        problems.push({
          file: page.file,
          where: 'replacesPackagePage',
          message: `Siden skal erstatte en side i pakken, men pakken har ingen side på ${page.url}.`,
          fix: 'fjern replacesPackagePage, eller gi fila samme sti under lokalt/sider/ som siden i pakkens content/docs/ har.',
        });
      continue;
    }
    // The package's page is left out either way: once as replaced, or while the clash is reported.
    hidden.add(original);
    if (marked) replaced.push({ url: page.url, local: page.file, shared: original.file });
    else
      problems.push({
        file: page.file,
        where: 'replacesPackagePage',
        message: `Siden har samme adresse (${page.url}) som pakkens side ${original.file}.`,
        fix:
          'vil du bruke din side i stedet for pakkens, skriv `replacesPackagePage: true` i frontmatter (da får nettstedet ' +
          'ikke lenger pakkens rettelser i den siden); ellers gi fila et annet navn.',
      });
  }
  return { pages: pages.filter((p) => !hidden.has(p)), replaced, problems };
}
