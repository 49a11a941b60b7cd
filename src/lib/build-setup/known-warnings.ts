/**
 * Leaves out of the build log one warning that says nothing a writer or developer can act on:
 * Rolldown warns, for every MDX page, that Astro's `"use astro:head-inject"` directive "may not be
 * preserved when bundling" (a dozen lines each, so 28 pages give some 300 lines and 1000 pages over
 * 10 000). It comes from Astro itself and shows in a new Starlight project too:
 * https://github.com/withastro/astro/issues/18087. Every other warning is printed as before.
 * Remove this when Astro no longer gives the warning.
 */

/** The part of a Rolldown log the filter reads. */
interface Log {
  code?: string;
  message: string;
}

/** Whether `log` is the warning above. */
export const isHeadInjectWarning = (log: Log): boolean =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');

/** The Vite plugin: its `onLog` hook drops the warning before Vite prints it. */
export function withoutKnownWarnings() {
  return {
    name: 'handbok:without-known-warnings',
    onLog: (_level: string, log: Log) => (isHeadInjectWarning(log) ? false : undefined),
  };
}
