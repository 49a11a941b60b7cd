/**
 * Runs the content check when Astro starts. A build stops on any error, so bad content never
 * reaches `dist/`; the dev server logs the problems and keeps running so the author can fix them.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckOptions } from '../checks/index.ts';
import { formatReport, hasErrors } from '../problems/problem.ts';

export function contentCheck(options: CheckOptions): AstroIntegration {
  return {
    name: 'handbok:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { problems } = checkContent(fileURLToPath(config.root), options);
        if (!hasErrors(problems)) {
          if (problems.length) logger.warn(formatReport(problems));
          return;
        }
        const report = formatReport(problems);
        if (command === 'build') throw new Error(`Innholdskontrollen fant feil:\n${report}`);
        logger.error(report);
      },
    },
  };
}
