/** Starlight's virtual modules that our components import, typed as Starlight's own components use them. */
declare module 'virtual:starlight/user-images' {
  /** The logo from the site config (handbok.config.ts `logo`), as Astro image metadata; empty without a logo. */
  export const logos: { dark?: ImageMetadata; light?: ImageMetadata };
}

/** The site's validated config and root folder, served by the handbok() integration (src/integration.ts). */
declare module 'virtual:handbok/site' {
  const site: { config: import('./schemas/config.ts').HandbookConfig; root: string };
  export default site;
}
