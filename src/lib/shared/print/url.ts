/** The print page's URL (src/pages/utskrift.astro), without the base path: for links to it and for checks that treat it apart. */
export const PRINT_PAGE = '/utskrift/';
