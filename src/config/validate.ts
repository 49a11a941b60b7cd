/**
 * Checks the municipality's settings: the schema first, then what a schema cannot say (colour
 * contrast in both themes, that the logo exists). Every problem names the field and the fix, in bokmål.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HandbookConfigSchema, type HandbookConfig } from '../schemas/config.ts';
import type { Problem } from '../problems/problem.ts';
import { issueToProblem } from '../problems/zod-issues.ts';
import { closest } from '../problems/closest.ts';
import { accentPairs, suggestAccent, THEME, type ThemeName } from '../lib/shared/contrast.ts';

import { CONFIG_FILE } from '../content-loading/paths.ts';

export { CONFIG_FILE };

/** The known keys at a path in the schema, to suggest the right spelling of an unknown one. */
function knownKeys(keyPath: ReadonlyArray<PropertyKey>): string[] {
  let shape: unknown = HandbookConfigSchema.shape;
  for (const key of keyPath) {
    const field = (shape as Record<string, { unwrap?: () => unknown; shape?: unknown; def?: { innerType?: unknown } }>)[
      String(key)
    ];
    let inner: unknown = field;
    // Step through .default() and .optional() wrappers to the object inside.
    while (
      inner &&
      typeof inner === 'object' &&
      !('shape' in inner) &&
      (inner as { def?: { innerType?: unknown } }).def?.innerType
    ) {
      inner = (inner as { def: { innerType: unknown } }).def.innerType;
    }
    shape = (inner as { shape?: unknown } | undefined)?.shape;
    if (!shape) return [];
  }
  return Object.keys(shape as object);
}

function contrastProblems(config: HandbookConfig): Problem[] {
  return (Object.keys(THEME) as ThemeName[]).flatMap((theme) => {
    const colour = config.farger[theme];
    const failing = accentPairs(theme, colour).filter((p) => p.ratio < 4.5);
    if (failing.length === 0) return [];
    const suggestion = suggestAccent(theme, colour);
    const worst = failing.map((p) => `${p.what} ${p.ratio.toFixed(1)}:1`).join(', ');
    return [
      {
        file: CONFIG_FILE,
        where: `farger.${theme}`,
        message: `Fargen ${colour} har for lav kontrast (${worst}). WCAG 2.1 AA krever minst 4.5:1.`,
        fix: `velg en ${theme === 'lys' ? 'mørkere' : 'lysere'} farge${suggestion ? `, for eksempel ${suggestion}` : ''}.`,
      },
    ];
  });
}

export function validateConfig(input: unknown, root?: string): { config?: HandbookConfig; problems: Problem[] } {
  const result = HandbookConfigSchema.safeParse(input);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const problem = issueToProblem(CONFIG_FILE, issue, input);
      if (issue.code !== 'unrecognized_keys') return problem;
      const guess = closest(issue.keys[0]!, knownKeys(issue.path));
      const known = knownKeys(issue.path).join(', ');
      return {
        ...problem,
        fix: guess ? `mente du «${guess}»? Kjente felt her er ${known}.` : `fjern feltet. Kjente felt her er ${known}.`,
      };
    });
    return { problems };
  }
  const config = result.data;
  const problems = contrastProblems(config);
  if (config.logo && root && !fs.existsSync(path.join(root, config.logo.fil))) {
    problems.push({
      file: CONFIG_FILE,
      where: 'logo.fil',
      message: `Finner ikke logofilen «${config.logo.fil}».`,
      fix: 'legg filen i prosjektet (for eksempel i lokalt/) og skriv stien fra prosjektmappen, eller fjern «logo».',
    });
  }
  return { config, problems };
}
