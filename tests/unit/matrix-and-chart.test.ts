import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../src/lib/site/matrix.ts';
import { layoutBars, formatValue } from '../../src/lib/site/bar-chart.ts';
import type { Rule } from '../../src/schemas/rule.ts';
import type { Source } from '../../src/schemas/source.ts';

const source = (id: string, publisher: string, shortName: string): Source => ({
  id,
  title: id,
  lang: 'nb',
  shortName,
  publisher,
  kind: 'retningslinjer',
  covers: 'x',
  page: `/${id}/`,
});
const rule = (id: string, src: string, topics: Rule['topics']): Rule => ({
  id,
  title: id,
  text: id,
  source: src,
  section: '1',
  audience: ['ansatt'],
  topics,
  strength: 'skal',
});

describe('buildMatrix', () => {
  const sources = [source('tolga', 'Tolga kommune', 'Tolga'), source('ks', 'KS', 'KS Veikart'), source('sogne', 'Søgne kommune', 'Søgne'), source('rapport', 'KS', 'Rapport')];
  const rules = [rule('t1', 'tolga', ['svartid']), rule('k1', 'ks', ['svartid', 'krise']), rule('s1', 'sogne', ['sletting'])];
  const matrix = buildMatrix(rules, sources, ['svartid', 'sletting', 'krise', 'etikk']);

  it('has a column for each source with rules, KS first, then by name', () => {
    expect(matrix.sources.map((s) => s.id)).toEqual(['ks', 'sogne', 'tolga']);
  });

  it('has a row for each topic with rules, in the given order', () => {
    expect(matrix.rows.map((r) => r.topic)).toEqual(['svartid', 'sletting', 'krise']);
  });

  it('puts a rule in every row of its topics and leaves other cells empty', () => {
    const ids = matrix.rows.map((r) => r.cells.map((c) => c.map((x) => x.id)));
    expect(ids).toEqual([
      [['k1'], [], ['t1']],
      [[], ['s1'], []],
      [['k1'], [], []],
    ]);
  });
});

describe('layoutBars', () => {
  it('scales percentages to 0–100 and stacks bars without overlap', () => {
    const layout = layoutBars([{ label: 'Ja', value: 50 }, { label: 'Nei', value: 100 }], '%');
    expect(layout.bars[1]!.width).toBe(layout.plotWidth);
    expect(layout.bars[0]!.width).toBe(layout.plotWidth / 2);
    expect(layout.bars[1]!.y).toBeGreaterThanOrEqual(layout.bars[0]!.y + layout.barHeight);
    expect(layout.height).toBeGreaterThan(layout.bars[1]!.y + layout.barHeight);
  });

  it('scales counts to the largest value', () => {
    const layout = layoutBars([{ label: 'a', value: 5 }, { label: 'b', value: 10 }], 'antall');
    expect(layout.max).toBe(10);
  });

  it('formats values the Norwegian way', () => {
    expect(formatValue(12.5, '%')).toBe('12,5 %');
    expect(formatValue(225, 'antall')).toBe('225');
  });
});
