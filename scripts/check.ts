/**
 * `npm run check`: validates all content and the config, and exits non-zero on any error.
 * `npm run check -- --publisering`: the same, and text still marked «UTKAST:» is an error too.
 */
import { checkContent } from '../src/checks/index.ts';
import { formatReport, hasErrors } from '../src/checks/problem.ts';
import { contentOptions, handbook } from '../src/config/index.ts';

const publishing = process.argv.includes('--publisering');
const { problems } = checkContent(process.cwd(), { ...contentOptions(handbook), publishing });
console.log(formatReport(problems));
if (publishing && !hasErrors(problems)) console.log('✔ Klar til publisering.');
process.exit(hasErrors(problems) ? 1 : 0);
