/**
 * Which rules a tree outcome or a question cites on this site. Without the example guidelines, a
 * citation of an example rule becomes a citation of the municipality's own rule that `replaces` it.
 * With none, the config decides (`utenEgenRegel`): the example rule is shown, and its guidelines
 * with it (`vis-eksempel`), or the citation is left out (`utelat`). The content check lists each place.
 */
export interface CitableRule {
  id: string;
  source: string;
  replaces?: string[];
}

export interface CitationOptions {
  /** Ids of the example guidelines (sources). */
  exampleSources: Set<string>;
  /** Whether the example guidelines are part of the site. */
  examples: boolean;
  /** What a citation of an example rule without a replacement does. Default `vis-eksempel`. */
  withoutOwnRule?: 'vis-eksempel' | 'utelat';
}

export function citationResolver(
  rules: Iterable<CitableRule>,
  { exampleSources, examples, withoutOwnRule = 'vis-eksempel' }: CitationOptions,
) {
  const all = [...rules];
  const replacements = new Map<string, string[]>();
  for (const rule of all)
    for (const id of rule.replaces ?? []) replacements.set(id, [...(replacements.get(id) ?? []), rule.id]);
  const sourceOf = new Map(all.map((r) => [r.id, r.source]));
  const isExample = (id: string) => !examples && exampleSources.has(sourceOf.get(id) ?? '');
  const unreplaced = (id: string) => isExample(id) && !replacements.has(id);
  /** The example guidelines still shown: those with a rule cited somewhere that nothing replaces. */
  const keptSources = (cited: Iterable<string>) =>
    withoutOwnRule === 'vis-eksempel'
      ? new Set([...cited].filter(unreplaced).map((id) => sourceOf.get(id)!))
      : new Set<string>();

  return {
    /** Example rules cited in `ids` that the site has no rule of its own for. */
    unreplaced: (ids: string[]) => ids.filter(unreplaced),
    keptSources,
    /** Resolves citations for a site whose shared content cites `cited` (every outcome's and question's rules). */
    forSite(cited: Iterable<string>) {
      const kept = keptSources(cited);
      const isHidden = (id: string) => isExample(id) && !kept.has(sourceOf.get(id)!);
      return {
        /** Whether a rule is left out of this site (an example rule whose guidelines are not shown). */
        isHidden,
        /** The rules to show for the cited ids, in order, without duplicates. */
        resolve(ids: string[]): string[] {
          const out = ids.flatMap((id) =>
            !isExample(id) ? [id] : (replacements.get(id) ?? (kept.has(sourceOf.get(id)!) ? [id] : [])),
          );
          return [...new Set(out)];
        },
      };
    },
  };
}
