/**
 * The self-test's browser code (src/components/selftest/self-test.ts and what it imports) as one
 * classic script, for the SCORM package, where Vite's bundles and the site's other files are not. Built
 * with esbuild (the bundler Astro itself depends on) when the package route first asks for it, once
 * per build; most of its cost (well under a second) is starting esbuild. See docs/adr/0010-selvtest-i-laeringsplattform.md.
 */
import { buildSync } from 'esbuild';

export function bundleSelfTestScript(entry: string): string {
  const result = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    // The browsers Astro builds for; a learning platform shows the package in the same browsers.
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
