/** The one build warning left out of the log (src/lib/build-setup/known-warnings.ts), and only that one. */
import { describe, expect, it } from 'vitest';
import { isHeadInjectWarning, withoutKnownWarnings } from '../../src/lib/build-setup/known-warnings.ts';

// The warning as Rolldown gives it for an MDX page (https://github.com/withastro/astro/issues/18087).
const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/docs/personvern.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('withoutKnownWarnings', () => {
  const { onLog } = withoutKnownWarnings();

  it('drops Astro’s head-inject directive warning', () => {
    expect(isHeadInjectWarning(headInject)).toBe(true);
    expect(onLog('warn', headInject)).toBe(false);
  });

  it('lets every other log through, other directives too', () => {
    for (const log of [
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved when bundling.' },
      { code: 'CIRCULAR_DEPENDENCY', message: headInject.message },
      { message: 'Noe annet gikk galt.' },
    ]) {
      expect(isHeadInjectWarning(log)).toBe(false);
      expect(onLog('warn', log)).toBeUndefined();
    }
  });
});
