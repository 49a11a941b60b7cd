/** Titles of the pages made from data that a change may name, as their own pages title them. */
import { handbook } from '../../config/index.ts';
import { ROUTES } from '../../routes/index.ts';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The address of a route at a fixed address, with its trailing slash: `/selvtest` → `/selvtest/`. */
export const routeUrl = (pattern: string) => (pattern.endsWith('/') ? pattern : `${pattern}/`);

/** Address → title of every page made from data at a fixed address (src/routes/index.ts). */
export const generatedPageTitles = (t: Translate): Record<string, string> =>
  Object.fromEntries(
    ROUTES.flatMap((route) =>
      'titleKey' in route
        ? [[routeUrl(route.pattern), t(route.titleKey, { municipality: handbook.kommune.navn })]]
        : [],
    ),
  );
