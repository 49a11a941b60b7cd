/**
 * The comparison matrix as data: which sources get a column (the source documents that have rules,
 * in a fixed order), which topics get a row (those with at least one rule) and which rules fill each cell.
 */
import type { Rule } from '../../schemas/rule.ts';
import { isWebSource, type Source } from '../../schemas/source.ts';
import type { Topic } from '../../schemas/vocabulary.ts';
import { compareNb } from '../shared/collate.ts';

export interface Matrix {
  sources: Source[];
  rows: { topic: Topic; cells: Rule[][] }[];
}

export function buildMatrix(rules: Rule[], sources: Source[], topicOrder: Topic[]): Matrix {
  const withRules = new Set(rules.map((r) => r.source));
  // KS first (the national recommendation), then the municipalities alphabetically.
  // The matrix compares the source documents; later web pages say what has changed and have their own pages.
  const columns = sources
    .filter((s) => withRules.has(s.id) && !isWebSource(s))
    .sort((a, b) => Number(b.publisher === 'KS') - Number(a.publisher === 'KS') || compareNb(a.shortName, b.shortName));
  const rows = topicOrder
    .map((topic) => ({
      topic,
      cells: columns.map((source) => rules.filter((r) => r.source === source.id && r.topics.includes(topic))),
    }))
    .filter((row) => row.cells.some((cell) => cell.length > 0));
  return { sources: columns, rows };
}
