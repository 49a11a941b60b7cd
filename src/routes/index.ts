/**
 * The pages made from data, injected by the handbok() integration (a site has no src/pages/ of its
 * own). Entry points are relative to the package's root. A page at a fixed address has `titleKey`,
 * the interface string its own page is titled with (`{{municipality}}` is the site's name): the change
 * log names such pages by it, and the print test knows them as pages made for the screen.
 */
import { TREE_BASE } from '../lib/shared/trees.ts';

export const ROUTES = [
  { pattern: TREE_BASE, entrypoint: 'src/routes/beslutningstre/index.astro', titleKey: 'handbok.trees.title' },
  { pattern: `${TREE_BASE}[tree]/[...node]`, entrypoint: 'src/routes/beslutningstre/[tree]/[...node].astro' },
  { pattern: '/selvtest', entrypoint: 'src/routes/selvtest/index.astro', titleKey: 'handbok.selftests.title' },
  { pattern: '/selvtest/[test]', entrypoint: 'src/routes/selvtest/[test].astro' },
  { pattern: '/selvtest/[test]/sporsmal.json', entrypoint: 'src/routes/selvtest/[test]/sporsmal.json.ts' },
  { pattern: '/selvtest/[test]/sporsmal/[...side]', entrypoint: 'src/routes/selvtest/[test]/sporsmal/[...side].astro' },
  { pattern: '/selvtest/[test]/scorm.zip', entrypoint: 'src/routes/selvtest/[test]/scorm.zip.ts' },
  { pattern: '/selvtest/[test]/moodle.xml', entrypoint: 'src/routes/selvtest/[test]/moodle.xml.ts' },
  { pattern: '/selvtest/[test]/sporsmal.gift', entrypoint: 'src/routes/selvtest/[test]/sporsmal.gift.ts' },
  {
    pattern: '/tilgjengelighet',
    entrypoint: 'src/routes/tilgjengelighet.astro',
    titleKey: 'handbok.footer.accessibility',
  },
  { pattern: '/svarmaler', entrypoint: 'src/routes/svarmaler.astro', titleKey: 'handbok.replies.title' },
  { pattern: '/utskrift', entrypoint: 'src/routes/utskrift.astro', titleKey: 'handbok.print.title' },
  { pattern: '/endringer', entrypoint: 'src/routes/endringer.astro', titleKey: 'handbok.changes.title' },
  { pattern: '/endringer.xml', entrypoint: 'src/routes/endringer.xml.ts' },
  { pattern: '/sider.json', entrypoint: 'src/routes/sider.json.ts' },
] as const;
