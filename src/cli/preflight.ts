/**
 * Run by `handbok build`, `dev` and `start` before Astro: reads handbok.config.ts the way `handbok check`
 * does, so a file that cannot be read stops with the bokmål message and its line, not Astro's stack
 * trace. A readable config with wrong values is left to the integration, which reports those the same way.
 */
import { loadSiteConfig } from '../config/load.ts';

await loadSiteConfig(process.cwd());
