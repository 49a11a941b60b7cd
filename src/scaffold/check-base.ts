/**
 * Whether `nettsted.base` fits the address GitHub Pages publishes the site at. A project page,
 * https://<owner>.github.io/<repo>/, lives under /<repo>/; a repository named <owner>.github.io, or a
 * site with its own domain, lives at /. A wrong base builds fine and then shows a page without styles
 * and with broken links, so the Pages workflow stops before it publishes.
 */
import type { Problem } from '../problems/problem.ts';
import { CONFIG_FILE } from '../config/validate.ts';

/** The base path GitHub Pages serves the repository under, in lower case, the only case `nettsted.base` allows. */
export function expectedBase(repository: string, hasCustomDomain: boolean): string {
  if (hasCustomDomain || /\.github\.io$/i.test(repository)) return '/';
  return `/${repository.toLowerCase()}/`;
}

/** True for a host that is not GitHub's own: the Pages settings name a custom domain. Empty means unknown: not custom. */
export const isCustomDomain = (host: string) => host.trim() !== '' && !/\.github\.io$/i.test(host.trim());

/** A problem when `base` does not fit; undefined when it does. */
export function basePathProblem(base: string, repository: string, hasCustomDomain: boolean): Problem | undefined {
  const expected = expectedBase(repository, hasCustomDomain);
  if (base.toLowerCase() === expected) return undefined;
  const where = hasCustomDomain
    ? 'på et eget domene, rett under domenet'
    : expected === '/'
      ? `fra repoet «${repository}», rett under https://${repository.toLowerCase()}/`
      : `fra repoet «${repository}», under https://<eier>.github.io${expected}`;
  return {
    file: CONFIG_FILE,
    where: 'nettsted.base',
    message: `Grunnstien er «${base}», men GitHub Pages publiserer håndboka ${where}. Da mangler sidene stil og lenkene virker ikke.`,
    fix: `sett «base: '${expected}'» under «nettsted» i ${CONFIG_FILE}.`,
  };
}
