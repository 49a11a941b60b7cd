/**
 * `handbok sjekk-base <repo> [--domene <host>]`: stops the publishing workflow when `nettsted.base`
 * does not fit where GitHub Pages serves the repository (see src/scaffold/check-base.ts).
 */
import { formatProblem } from '../problems/problem.ts';
import { loadSiteConfig } from '../config/load.ts';
import { basePathProblem, isCustomDomain } from '../scaffold/check-base.ts';

const args = process.argv.slice(2);
const domainAt = args.indexOf('--domene');
const host = domainAt >= 0 ? (args[domainAt + 1] ?? '') : '';
const repository = args.find((a, i) => !a.startsWith('--') && (domainAt < 0 || i !== domainAt + 1));
if (!repository) {
  console.error('Bruk: handbok sjekk-base <navnet på repoet> [--domene <vertsnavn>]');
  process.exit(2);
}
const config = await loadSiteConfig(process.cwd());
const problem = basePathProblem(config.nettsted.base, repository, isCustomDomain(host));
if (problem) {
  console.error(formatProblem(problem));
  process.exit(1);
}
console.log(`✔ nettsted.base «${config.nettsted.base}» passer til ${host || `repoet ${repository}`}.`);
