/** Starlight's virtual modules that our components import, typed as Starlight's own components use them. */
declare module 'virtual:starlight/user-images' {
  /** The logo from the site config (handbok.config.ts `logo`), as Astro image metadata; empty without a logo. */
  export const logos: { dark?: ImageMetadata; light?: ImageMetadata };
}

/** The site's validated config, root folder and sidebar, served by the handbok() integration (src/integration.ts). */
declare module 'virtual:handbok/site' {
  const site: import('./lib/build-setup/virtual-module.ts').SiteModule;
  export default site;
}

/** Starlight's project context, as its own Search component reads it (src/integrations/vite-virtual-modules in Starlight). */
declare module 'virtual:starlight/project-context' {
  const project: {
    build: { format: 'file' | 'directory' | 'preserve' };
    root: string;
    srcDir: string;
    trailingSlash: 'always' | 'never' | 'ignore';
  };
  export default project;
}

/** Starlight's `pagefind` option as given in the config (our ranking, src/lib/build-setup/search-ranking.ts). */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: { ranking?: Record<string, number>; indexWeight?: number; mergeIndex?: unknown[] };
}

/** The self-test's browser code bundled as one classic script, for the SCORM package (src/lib/build-setup/selftest-script.ts). */
declare module 'virtual:handbok/selftest-script' {
  const script: string;
  export default script;
}

/** Starlight's menu footer (theme and language), or the component a config puts in its place; our Sidebar.astro renders it as Starlight's does. */
declare module 'virtual:starlight/components/MobileMenuFooter' {
  const MobileMenuFooter: typeof import('@astrojs/starlight/components/MobileMenuFooter.astro').default;
  export default MobileMenuFooter;
}
