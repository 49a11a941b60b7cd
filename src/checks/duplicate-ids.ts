/** No two entries of a kind may share an id: ids are URLs and anchors, and references must be unambiguous. */
import type { Content, Located } from '../content-loading/load.ts';
import { entryWhere } from '../content-loading/load.ts';
import type { Problem } from '../problems/problem.ts';

function duplicates(kind: string, entries: Located<{ id: string }>[]): Problem[] {
  const first = new Map<string, Located<{ id: string }>>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.data.id);
    if (!earlier) {
      first.set(entry.data.id, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      where: entryWhere(entry, 'id'),
      message: `${kind} «${entry.data.id}» finnes fra før i ${earlier.file}${earlier.index === undefined ? '' : ` [${earlier.index}]`}.`,
      fix: 'gi den ene en annen id, eller slå dem sammen hvis de sier det samme.',
    });
  }
  return problems;
}

export function checkDuplicateIds(content: Content): Problem[] {
  return [
    ...duplicates('Kilden', content.sources),
    ...duplicates('Regelen', content.rules),
    ...duplicates('Diagrammet', content.charts),
    ...duplicates('Ordet', content.glossary),
    ...duplicates('Treet', content.trees),
    ...duplicates('Spørsmålet', content.questions),
    ...duplicates('Selvtesten', content.selfTests),
    ...duplicates('Svarmalen', content.replyTemplates),
  ];
}
