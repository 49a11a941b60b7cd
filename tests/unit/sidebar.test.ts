import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { sidebarItems } from '../../src/lib/site/sidebar.ts';

it('lists a content folder in sidebar order, then by title, with index as the folder itself', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-sidebar-'));
  const dir = path.join(root, 'content/docs/ks');
  // Laid out as the package's own repository: its content/ is the shared content.
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"handbok-sosiale-medier"}');
  fs.mkdirSync(dir, { recursive: true });
  const page = (name: string, fm: string) => fs.writeFileSync(path.join(dir, name), `---\n${fm}\n---\n`);
  page('index.mdx', 'title: Oversikt\nsidebar:\n  order: 1');
  page('b.mdx', 'title: Bruk');
  page('a.mdx', 'title: Strategi\nsidebar:\n  order: 2\n  label: Strategi kort');
  page('skjult.mdx', 'title: Skjult\nsidebar:\n  hidden: true');
  page('_utkast.mdx', 'title: Utkast');
  expect(sidebarItems(root, 'ks')).toEqual([{ slug: 'ks' }, { slug: 'ks/a', label: 'Strategi kort' }, { slug: 'ks/b' }]);
  expect(sidebarItems(root, 'finnes-ikke')).toEqual([]);
  fs.rmSync(root, { recursive: true });
});
