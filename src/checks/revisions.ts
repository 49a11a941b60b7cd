/** Guidelines past their revision date: a warning, so the build goes on but nobody forgets. */
import type { Content } from '../content-loading/load.ts';
import type { Problem } from '../problems/problem.ts';
import { isWebSource } from '../schemas/source.ts';

export function checkRevisions(content: Content, today: string): Problem[] {
  return content.sources
    .flatMap((s) =>
      isWebSource(s.data) || !s.data.nextRevision ? [] : [{ file: s.file, data: s.data, due: s.data.nextRevision }],
    )
    .filter((s) => s.due < today)
    .map((s) => ({
      file: s.file,
      where: s.file.endsWith('.ts') ? 'retningslinjer.nesteRevisjon' : 'nextRevision',
      message: `${s.data.title} skulle vært revidert innen ${s.due}.`,
      fix: 'gå gjennom retningslinjene, få dem vedtatt på nytt, og sett ny dato for revidert og neste revisjon.',
      severity: 'warning' as const,
    }));
}
