/**
 * The pages made from data, injected by the handbok() integration (a site has no src/pages/ of its
 * own). Entry points are relative to the package's root.
 */
import { TREE_BASE } from '../lib/shared/trees.ts';

export const ROUTES = [
  { pattern: TREE_BASE, entrypoint: 'src/routes/beslutningstre/index.astro' },
  { pattern: `${TREE_BASE}[tree]/[...node]`, entrypoint: 'src/routes/beslutningstre/[tree]/[...node].astro' },
  { pattern: '/selvtest', entrypoint: 'src/routes/selvtest/index.astro' },
  { pattern: '/selvtest/[test]', entrypoint: 'src/routes/selvtest/[test].astro' },
  { pattern: '/selvtest/[test]/sporsmal.json', entrypoint: 'src/routes/selvtest/[test]/sporsmal.json.ts' },
  { pattern: '/selvtest/[test]/sporsmal/[...side]', entrypoint: 'src/routes/selvtest/[test]/sporsmal/[...side].astro' },
  { pattern: '/selvtest/[test]/scorm.zip', entrypoint: 'src/routes/selvtest/[test]/scorm.zip.ts' },
  { pattern: '/selvtest/[test]/moodle.xml', entrypoint: 'src/routes/selvtest/[test]/moodle.xml.ts' },
  { pattern: '/selvtest/[test]/sporsmal.gift', entrypoint: 'src/routes/selvtest/[test]/sporsmal.gift.ts' },
  { pattern: '/tilgjengelighet', entrypoint: 'src/routes/tilgjengelighet.astro' },
  { pattern: '/svarmaler', entrypoint: 'src/routes/svarmaler.astro' },
  { pattern: '/utskrift', entrypoint: 'src/routes/utskrift.astro' },
  { pattern: '/endringer', entrypoint: 'src/routes/endringer.astro' },
  { pattern: '/endringer.xml', entrypoint: 'src/routes/endringer.xml.ts' },
  { pattern: '/sider.json', entrypoint: 'src/routes/sider.json.ts' },
] as const;
