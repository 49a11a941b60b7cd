/**
 * Which rules a tree outcome or a question cites on this site. Without the example guidelines, a
 * citation of an example rule becomes a citation of the municipality's own rule that `replaces` it;
 * with none, the citation is left out (the content check reports that as an error first).
 */
export interface CitableRule {
  id: string;
  source: string;
  replaces?: string[];
}

export function citationResolver(rules: Iterable<CitableRule>, exampleSources: Set<string>, examples: boolean) {
  const all = [...rules];
  const replacements = new Map<string, string[]>();
  for (const rule of all) for (const id of rule.replaces ?? []) replacements.set(id, [...(replacements.get(id) ?? []), rule.id]);
  const sourceOf = new Map(all.map((r) => [r.id, r.source]));
  const isHidden = (id: string) => !examples && exampleSources.has(sourceOf.get(id) ?? '');

  return {
    /** Whether a rule is left out of this site (an example rule when the examples are not included). */
    isHidden,
    /** The rules to show for the cited ids, in order, without duplicates. */
    resolve(ids: string[]): string[] {
      const out = ids.flatMap((id) => (isHidden(id) ? (replacements.get(id) ?? []) : [id]));
      return [...new Set(out)];
    },
  };
}
