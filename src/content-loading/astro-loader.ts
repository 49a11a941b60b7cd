/**
 * An Astro content loader over `loadContent`, so the site reads rules, sources, charts and the
 * glossary exactly as the content check does. Invalid entries are left out here; the check
 * (run before every build) is what reports them and stops the build.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { loadContent, type Content } from './load.ts';
import { contentOptions, handbook } from '../config/index.ts';
import { readInterfaceStrings } from './interface-strings.ts';
import { interfaceLang } from '../lib/shared/malform.ts';

type DataKind = 'sources' | 'rules' | 'charts' | 'glossary' | 'trees' | 'questions' | 'selfTests';

// All data collections come from one read of content/ (see content-cache.ts): the first loader to
// run reads it, or takes the content check's read; a change to a content file makes the next sync read it again.
const contentOf = (root: string): Content => loadContent(root, contentOptions(handbook)).content;

export function handbookLoader(kind: DataKind): Loader {
  return {
    name: `handbok-${kind}`,
    load: async ({ config, store, parseData, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        store.clear();
        for (const entry of contentOf(root)[kind]) {
          const data = await parseData({ id: entry.data.id, data: entry.data as unknown as Record<string, unknown> });
          store.set({ id: entry.data.id, data, filePath: entry.file });
        }
      };
      await sync();
      watcher?.on('change', (file) => {
        if (!/\/(content|lokalt)\//.test(file) || !/\.ya?ml$/.test(file)) return;
        void sync();
      });
    },
  };
}

/**
 * Interface strings from `content/i18n/<lang>.json`, for the målform the site is built with (see
 * src/lib/shared/malform.ts). Starlight keys translations by the file path under `src/content/i18n/`; our
 * files live elsewhere, so the entry is stored without a file path and Starlight falls back to the
 * id, which is the language tag.
 */
export function interfaceStringsLoader(): Loader {
  return {
    name: 'handbok-i18n',
    load: async ({ config, store, parseData }) => {
      const lang = interfaceLang(handbook);
      store.clear();
      const data = await parseData({ id: lang, data: readInterfaceStrings(fileURLToPath(config.root), lang) });
      store.set({ id: lang, data });
    },
  };
}
