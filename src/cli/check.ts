/**
 * `handbok check`: validates the config and all content, and exits non-zero on any error.
 * `handbok check --publisering`: the same, and text still marked «UTKAST:» is an error too.
 */
import { checkContent } from '../checks/index.ts';
import { formatReport, hasErrors } from '../problems/problem.ts';
import { contentOptions } from '../config/content-options.ts';
import { loadSiteConfig } from '../config/load.ts';
import { buildDate } from '../config/build-date.ts';

const root = process.cwd();
const config = await loadSiteConfig(root);
const publishing = process.argv.includes('--publisering');
const { problems } = checkContent(root, {
  ...contentOptions(config),
  publishing,
  today: buildDate(),
  nynorskPages: true,
});
console.log(formatReport(problems));
if (publishing && !hasErrors(problems)) console.log('✔ Klar til publisering.');
process.exit(hasErrors(problems) ? 1 : 0);
