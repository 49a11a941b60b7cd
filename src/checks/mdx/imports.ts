/**
 * What an MDX page imports and defines: each local name with the module it comes from. Only the
 * forms pages use are read (`import { A, B as C } from '…'`, `import X from '…'`,
 * `import * as X from '…'`, `export const X`); the build has already checked that the JavaScript parses.
 */
import type { MdastNode } from 'satteri';

export interface Binding {
  /** The module: `handbok-sosiale-medier/components`, `@astrojs/starlight/components`, …; undefined for a page's own `export`. */
  from?: string;
  /** The name exported by the module (`default` for a default import). */
  imported: string;
}

const IMPORT = /import\s+([\w$\s{},*]+?)\s+from\s+['"]([^'"]+)['"]/g;
const EXPORT = /export\s+(?:const|let|var|function|class)\s+([\w$]+)/g;

export function bindingsOf(esm: MdastNode[]): Map<string, Binding> {
  const bindings = new Map<string, Binding>();
  for (const node of esm) {
    const code = (node as { value?: string }).value ?? '';
    for (const [, clause = '', from] of code.matchAll(IMPORT)) {
      const named = /\{([^}]*)\}/.exec(clause)?.[1];
      for (const part of named?.split(',') ?? []) {
        const [imported, local = imported] = part.trim().split(/\s+as\s+/);
        if (imported) bindings.set(local!.trim(), { from, imported: imported.trim() });
      }
      const rest = clause
        .replace(/\{[^}]*\}/, '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      for (const item of rest) {
        const namespace = /^\*\s+as\s+([\w$]+)$/.exec(item)?.[1];
        if (namespace) bindings.set(namespace, { from, imported: '*' });
        else bindings.set(item, { from, imported: 'default' });
      }
    }
    for (const [, name] of code.matchAll(EXPORT)) bindings.set(name!, { imported: name! });
  }
  return bindings;
}
