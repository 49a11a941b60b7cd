/**
 * The reply templates (content/svarmaler.yaml, and a site's own in lokalt/svarmaler.yaml): each follows rules that exist, uses only the
 * placeholders the site fills in, and a tree outcome that names a template names one that exists.
 * Duplicate ids are found with the other kinds (duplicate-ids.ts); templates resting on example rules
 * a site has not replaced are listed with the trees and questions (examples.ts).
 */
import { entryWhere, knownRuleIds, type Content } from '../content-loading/load.ts';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { REPLY_PLACEHOLDERS } from '../lib/shared/reply-template.ts';
import { isOutcome } from '../schemas/tree.ts';
import { unknownIdFix } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';
import { unknownPlaceholders } from './placeholders.ts';

export function checkReplyTemplates(content: Content): Problem[] {
  const problems: Problem[] = [];
  const rules = knownRuleIds(content);
  const templateIds = new Set(content.replyTemplates.map((t) => t.data.id));

  for (const entry of content.replyTemplates) {
    const template = entry.data;
    template.rules.forEach((id, i) => {
      if (rules.has(id)) return;
      problems.push({
        file: entry.file,
        where: entryWhere(entry, `rules[${i}]`),
        message: `Regelen «${id}» finnes ikke.`,
        fix: unknownIdFix(id, rules, 'content/rules/'),
      });
    });
    const texts: Array<[string, string | undefined]> = [
      ['situation', template.situation],
      ['condition', template.condition],
      ['text', template.text],
    ];
    for (const [field, text] of texts)
      if (text) problems.push(...unknownPlaceholders(entry.file, entryWhere(entry, field), text, REPLY_PLACEHOLDERS));
  }

  for (const tree of content.trees) {
    for (const node of tree.data.nodes) {
      if (!isOutcome(node) || node.replyTemplate === undefined || templateIds.has(node.replyTemplate)) continue;
      problems.push({
        file: tree.file,
        where: `node ${node.id}, replyTemplate`,
        message: `Svarmalen «${node.replyTemplate}» finnes ikke.`,
        fix: unknownIdFix(
          node.replyTemplate,
          templateIds,
          `content/svarmaler.yaml eller ${LOCAL_PATHS.replyTemplates}`,
        ),
      });
    }
  }
  return problems;
}
