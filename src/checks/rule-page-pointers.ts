/**
 * A rule's text may not send the reader to a page in words («Se siden om operativ bruk»). A rule box
 * is shown on many pages (its own page, the comparison table, trees, the self-test), so on one of
 * them the pointer names the very page the reader is on, and in a box it cannot be a link anyway.
 * The page that shows the rule links onward in its own text instead.
 */
import { entryWhere, type Content } from '../content-loading/load.ts';
import type { Problem } from '../problems/problem.ts';

const POINTER = /\b(?:se|les|gå til)\s+(?:siden|sida|side)\b|\bpå (?:denne|neste) siden\b/i;

export function checkRulePagePointers(content: Content): Problem[] {
  return content.rules.flatMap((entry) =>
    (['text', 'explanation'] as const).flatMap((field) => {
      const match = POINTER.exec(entry.data[field] ?? '');
      if (!match) return [];
      return [
        {
          file: entry.file,
          where: entryWhere(entry, field),
          message: `Regelen viser til en side med ord («${match[0]}»). Regelen vises på flere sider, også på siden den viser til, og kan ikke lenke derfra.`,
          fix: 'ta henvisningen ut av regelen, og lenk til siden fra teksten rundt regelen på siden som viser den.',
        },
      ];
    }),
  );
}
