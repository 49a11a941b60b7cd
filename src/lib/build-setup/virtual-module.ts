/** A Vite plugin that serves `code()` as the module `id` (such as `virtual:handbok/theme.css`). */
export function virtualModule(id: string, code: () => string) {
  const resolved = `\0${id}`;
  return {
    name: `handbok:${id}`,
    resolveId: (source: string) => (source === id ? resolved : undefined),
    load: (source: string) => (source === resolved ? code() : undefined),
  };
}
