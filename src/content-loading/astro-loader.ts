/**
 * An Astro content loader over `loadContent`, so the site reads rules, sources, charts and the
 * glossary exactly as the content check does. Invalid entries are left out here; the check
 * (run before every build) is what reports them and stops the build.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadContent, type Content } from './load.ts';

type DataKind = 'sources' | 'rules' | 'charts' | 'glossary';

export function handbookLoader(kind: DataKind): Loader {
  return {
    name: `handbok-${kind}`,
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { content } = loadContent(root);
        store.clear();
        for (const entry of (content as Content)[kind]) {
          const data = await parseData({ id: entry.data.id, data: entry.data as unknown as Record<string, unknown> });
          store.set({ id: entry.data.id, data, filePath: entry.file });
        }
      };
      await sync();
      watcher?.on('change', (file) => {
        if (file.includes('/content/') && /\.ya?ml$/.test(file)) void sync();
      });
    },
  };
}
