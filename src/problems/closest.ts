/** Suggests the known id closest to a misspelt one, for «mente du …?» hints. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** «bruk en id som finnes, for eksempel «x»» or a pointer to where ids are listed. */
export function unknownIdFix(id: string, known: Iterable<string>, where: string): string {
  const guess = closest(id, known);
  return guess ? `mente du «${guess}»? Bruk en id som finnes i ${where}.` : `bruk en id som finnes i ${where}, eller legg den til der.`;
}
