/** The content is read once per build, and again as soon as a content file changes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { readOnce } from '../../src/content-loading/content-cache.ts';
import { loadContent } from '../../src/content-loading/load.ts';

const roots: string[] = [];
const project = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-cache-'));
  roots.push(root);
  fs.mkdirSync(path.join(root, 'content/docs'), { recursive: true });
  // Laid out as the package's own repository: its content/ is the shared content.
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"handbok-sosiale-medier"}');
  return root;
};
afterEach(() => roots.splice(0).forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

it('reads once while nothing changes, and again after a file changes, is added or is removed', () => {
  const root = project();
  const page = path.join(root, 'content/docs/a.mdx');
  fs.writeFileSync(page, '---\ntitle: A\n---\n');
  let reads = 0;
  const read = () => ++reads;
  expect(readOnce(root, read)).toBe(1);
  expect(readOnce(root, read)).toBe(1);
  fs.writeFileSync(page, '---\ntitle: AB\n---\n');
  expect(readOnce(root, read)).toBe(2);
  fs.mkdirSync(path.join(root, 'lokalt/sider'), { recursive: true });
  fs.writeFileSync(path.join(root, 'lokalt/sider/b.mdx'), '---\ntitle: B\n---\n');
  expect(readOnce(root, read)).toBe(3);
  fs.rmSync(page);
  expect(readOnce(root, read)).toBe(4);
  expect(readOnce(project(), read)).toBe(5);
});

it('knows the folder however it is written (the config names it with a slash at the end, the pages without)', () => {
  const root = project();
  let reads = 0;
  const read = () => ++reads;
  expect(readOnce(root, read)).toBe(1);
  expect(readOnce(`${root}/`, read)).toBe(1);
  expect(readOnce(path.join(root, 'content', '..'), read)).toBe(1);
});

it('gives each caller its own list of problems', () => {
  const root = project();
  fs.writeFileSync(path.join(root, 'content/docs/a.mdx'), 'ingen frontmatter\n');
  const first = loadContent(root);
  expect(first.problems).toHaveLength(1);
  first.problems.push({ file: 'x', message: 'lagt til', fix: 'ingen' });
  expect(loadContent(root).problems).toHaveLength(1);
  expect(loadContent(root).content).toBe(first.content);
});
