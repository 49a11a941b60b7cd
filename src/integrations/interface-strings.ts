/**
 * A Starlight plugin that hands our interface strings to Starlight's Markdown processing too.
 * Pages get them from the i18n collection, but asides (`:::note`), heading anchor labels and
 * code-block buttons are made while Markdown is compiled, from strings Starlight only looks for
 * under `src/content/i18n/`. Without this, a nynorsk build would show raw keys such as `aside.note`.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { readInterfaceStrings } from '../content-loading/interface-strings.ts';
import type { Malform } from '../lib/shared/malform.ts';

export function interfaceStrings(root: string | URL, lang: Malform): StarlightPlugin {
  const dir = typeof root === 'string' ? root : fileURLToPath(root);
  return {
    name: 'handbok-interface-strings',
    hooks: {
      'i18n:setup'({ injectTranslations }) {
        injectTranslations({ [lang]: readInterfaceStrings(dir, lang) });
      },
      'config:setup'() {},
    },
  };
}
