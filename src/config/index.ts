/**
 * The site's settings for the code Vite bundles (components, routes, collections), as the handbok()
 * integration validated them from the site's handbok.config.ts and serves them: the virtual module
 * `virtual:handbok/site`. Nothing here reads a file or the working folder.
 */
import site from 'virtual:handbok/site';
import type { HandbookConfig } from '../schemas/config.ts';

export const handbook: HandbookConfig = site.config;

/** The site's root folder: the shared content is found from it (see src/content-loading/paths.ts). */
export const siteRoot: string = site.root;

/** The site's sidebar as Starlight got it: the print page prints the pages in its order. */
export const siteSidebar = site.sidebar;

/** The day the build judges review dates by: a page past its review says so (see src/config/build-date.ts). */
export const siteBuildDate: string = site.buildDate;

/** This build's edition and, on a site in both målformer, the other one (see src/config/edition.ts). */
export const siteEditions: import('./edition.ts').Editions = site.editions;

/**
 * The målform of this build's interface and shared content: what `interfaceLang` said when the build
 * began (src/lib/shared/malform.ts), read once, not from the environment on every call of every page.
 */
export const siteLang: import('../lib/shared/malform.ts').Malform = site.editions.current.malform;

export { localGuidelinesId } from './guidelines-id.ts';
export { contentOptions } from './content-options.ts';
