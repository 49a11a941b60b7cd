/** A Vite plugin that serves `code()` as the module `id` (such as `virtual:handbok/theme.css`). */
export function virtualModule(id: string, code: () => string | Promise<string>) {
  const resolved = `\0${id}`;
  return {
    name: `handbok:${id}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (source: string) => (source === resolved ? code() : undefined),
  };
}

/** What `virtual:handbok/site` holds: the validated config, the site's root and its sidebar. */
export interface SiteModule {
  config: import('../../schemas/config.ts').HandbookConfig;
  root: string;
  sidebar: import('../site/sidebar.ts').SidebarConfigItem[];
  /** The day the build judges review dates by (YYYY-MM-DD), see src/config/build-date.ts. */
  buildDate: string;
  /** The site's editions: this build's, and the other målform's on a site in both (src/config/edition.ts). */
  editions: import('../../config/edition.ts').Editions;
}

/** The code of `virtual:handbok/site`, for the handbok() integration and the tests' Vite. */
export const siteModule = (site: SiteModule) => `export default ${JSON.stringify(site)};`;
