/**
 * How every check reports: one problem per line, naming the file, the field or id, what is wrong
 * and how to fix it, in bokmål (the authors are municipal staff).
 */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** Where in the file: a field path such as `[3].audience[0]`, or an id such as `regel sunndal-svartid`. */
  where?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Warnings are reported but do not stop the build. Everything else is an error. */
  severity?: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const mark = problem.severity === 'warning' ? '⚠' : '✖';
  const where = problem.where ? ` › ${problem.where}` : '';
  return `${mark} ${problem.file}${where}: ${problem.message} Slik retter du det: ${problem.fix}`;
}

/** «1 advarsel», «2 advarsler». */
const warningCount = (n: number) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`;

export function formatReport(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity !== 'warning');
  const warnings = problems.length - errors.length;
  const lines = problems.map(formatProblem);
  if (errors.length === 0) {
    lines.push(`✔ Innholdet er i orden${warnings ? ` (${warningCount(warnings)})` : ''}.`);
  } else {
    lines.push(
      `${errors.length} feil i innholdet${warnings ? ` og ${warningCount(warnings)}` : ''}. ` +
        'Rett feilene over og kjør `npm run check` på nytt.',
    );
  }
  return lines.join('\n');
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity !== 'warning');
