/** Guidelines past their revision date: a warning, so the build goes on but nobody forgets. */
import type { Content } from '../content-loading/load.ts';
import type { Problem } from '../problems/problem.ts';

export function checkRevisions(content: Content, today: string): Problem[] {
  return content.sources
    .filter((s) => s.data.nextRevision && s.data.nextRevision < today)
    .map((s) => ({
      file: s.file,
      where: s.file.endsWith('.ts') ? 'retningslinjer.nesteRevisjon' : 'nextRevision',
      message: `${s.data.title} skulle vært revidert innen ${s.data.nextRevision}.`,
      fix: 'gå gjennom retningslinjene, få dem vedtatt på nytt, og sett ny dato for revidert og neste revisjon.',
      severity: 'warning' as const,
    }));
}
