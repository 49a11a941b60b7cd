/**
 * The self-test's browser code (src/components/selftest/self-test.ts and what it imports) as one
 * classic script, for the SCORM package, where Vite's bundles and the site's other files are not. Built
 * with esbuild (the bundler Astro itself depends on), once per build. esbuild runs in its own process,
 * so a build starts it early (selfTestScript) and Astro goes on with its own work meanwhile. See
 * docs/adr/0010-selvtest-i-laeringsplattform.md.
 */
import { build } from 'esbuild';

export async function bundleSelfTestScript(entry: string): Promise<string> {
  const result = await build({
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

/**
 * The bundle, started on the first call and shared after. In a build the integration calls it as
 * Astro starts; the route that needs the script waits for it.
 */
export function selfTestScript(entry: string): () => Promise<string> {
  let bundle: Promise<string> | undefined;
  return () => (bundle ??= bundleSelfTestScript(entry));
}
