/**
 * How this site resolves the shared content's citations of rules (see src/lib/shared/citations.ts), from the
 * content as the check reads it. The content check, the page list and the site's data all ask here,
 * so they agree on which example guidelines stay and which citations are left out.
 */
import { isOutcome } from '../schemas/tree.ts';
import { citationResolver } from '../lib/shared/citations.ts';
import { exampleSourceIds, type Content } from './load.ts';
import type { ContentOptions } from '../config/content-options.ts';

type Citing = {
  trees: Array<{ data: { nodes: Content['trees'][number]['data']['nodes'] } }>;
  questions: Array<{ data: { rules: string[] } }>;
  replyTemplates: Array<{ data: { rules: string[] } }>;
};

/** Every rule a tree outcome, a self-test question or a reply template cites, in content order. */
export function citedRuleIds(content: Citing): string[] {
  const fromTrees = content.trees.flatMap((t) => t.data.nodes.flatMap((n) => (isOutcome(n) ? n.rules : [])));
  const fromTemplates = content.replyTemplates.flatMap((t) => t.data.rules);
  return [...fromTrees, ...content.questions.flatMap((q) => q.data.rules), ...fromTemplates];
}

export function siteCitations(
  content: Pick<Content, 'rules' | 'sources' | 'trees' | 'questions' | 'replyTemplates'>,
  options: Pick<ContentOptions, 'examples' | 'withoutOwnRule'>,
) {
  const exampleSources = exampleSourceIds(content);
  const resolver = citationResolver(
    content.rules.map((r) => r.data),
    { exampleSources, examples: options.examples, withoutOwnRule: options.withoutOwnRule },
  );
  const cited = citedRuleIds(content);
  const kept = resolver.keptSources(cited);
  return {
    ...resolver.forSite(cited),
    unreplaced: resolver.unreplaced,
    /** The example guidelines this site shows: all of them, those kept for a citation, or none. */
    shownExamples: options.examples ? exampleSources : kept,
    /** The example guidelines left out. */
    hiddenExamples: options.examples ? new Set<string>() : new Set([...exampleSources].filter((id) => !kept.has(id))),
  };
}
