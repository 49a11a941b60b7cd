/** `npm run check`: validates all content and exits non-zero on any error. */
import { checkContent } from '../src/checks/index.ts';
import { formatReport, hasErrors } from '../src/checks/problem.ts';

const { problems } = checkContent(process.cwd());
console.log(formatReport(problems));
process.exit(hasErrors(problems) ? 1 : 0);
