/**
 * The docs collection: Astro's glob loader over the site's pages (page-glob.ts). On a site built in
 * nynorsk each shared page is read from its nynorsk file (content/nn/docs/…, ADR 0011), under the
 * bokmål page's id, with the bokmål page's structure (audience, sources, review, sidebar order) and
 * the nynorsk page's texts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { ContentOptions } from '../config/content-options.ts';
import { bokmalPath, NYNORSK_DIR, nynorskFrontmatter } from './nynorsk.ts';
import { pageGlob, pageId } from './page-glob.ts';
import { parsePage } from './parse.ts';
import { contentRoots } from './paths.ts';

export function docsLoader(root: string, options: ContentOptions): Loader {
  const pages = glob({ base: '.', pattern: pageGlob(root, options), generateId: ({ entry }) => pageId(root, entry) });
  if (options.malform !== 'nn') return pages;
  const contentDir = contentRoots(root)[0]!;
  const nynorskDir = `${contentDir}/${NYNORSK_DIR}/`;
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const isNynorsk = (file: string) => relative(file).startsWith(nynorskDir);
  const bokmalFrontmatter = (file: string) => {
    const bokmal = bokmalPath(contentDir, relative(file));
    const parsed = parsePage(bokmal, fs.readFileSync(path.join(root, bokmal), 'utf8'));
    return parsed.ok ? (parsed.data.frontmatter as Record<string, unknown>) : {};
  };
  return {
    name: 'handbok-docs-nn',
    load: (context: LoaderContext) =>
      pages.load({
        ...context,
        parseData: <T extends Record<string, unknown>>(
          props: Parameters<LoaderContext['parseData']>[0] & { data: T },
        ) =>
          context.parseData(
            props.filePath && isNynorsk(props.filePath)
              ? { ...props, data: nynorskFrontmatter(bokmalFrontmatter(props.filePath), props.data) as T }
              : props,
          ),
        // The loader skips a file whose text is unchanged since the last build; a nynorsk page's
        // frontmatter also comes from its bokmål page, so it is always read again.
        store: new Proxy(context.store, {
          get(target, key) {
            if (key === 'get') return (id: string) => (nynorskIds(target, id) ? undefined : target.get(id));
            const value = Reflect.get(target, key, target) as unknown;
            return typeof value === 'function' ? value.bind(target) : value;
          },
        }),
      }),
  };

  function nynorskIds(store: LoaderContext['store'], id: string): boolean {
    const file = store.get(id)?.filePath;
    return file !== undefined && file.startsWith(nynorskDir);
  }
}
