// The demo site's collections, as in any site: Astro looks for this file, the package defines them.
export { collections } from './content-loading/collections.ts';
