import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/content-loading/page-references.ts';
import { closest, unknownIdFix } from '../../src/problems/closest.ts';

describe('extractReferences', () => {
  it('finds rules, charts and sources with their lines', () => {
    const body = [
      'Tekst.',
      '<Rule id="a-en" />',
      '<Rules ids={["a-to", \'a-tre\']} />',
      '<BarChart id="figur" />',
      'Se <Cite source="sunndal" section="punkt 6" />.',
    ].join('\n');
    expect(extractReferences(body)).toEqual([
      { kind: 'rule', id: 'a-en', line: 2 },
      { kind: 'rule', id: 'a-to', line: 3 },
      { kind: 'rule', id: 'a-tre', line: 3 },
      { kind: 'chart', id: 'figur', line: 4 },
      { kind: 'source', id: 'sunndal', line: 5, section: 'punkt 6' },
    ]);
  });

  it('reads a rule list that spans several lines', () => {
    const body = '<Rules\n  ids={[\n    "x",\n    "y",\n  ]}\n/>';
    expect(extractReferences(body).map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('ignores other components', () => {
    expect(extractReferences('<RulesForAudience audience="ansatt" /> <SourceFacts id="x" />')).toEqual([]);
  });
});

describe('closest', () => {
  it('suggests a near id and nothing for a far one', () => {
    expect(closest('sunndl', ['sunndal', 'tolga'])).toBe('sunndal');
    expect(closest('helt-annet', ['sunndal', 'tolga'])).toBeUndefined();
    expect(unknownIdFix('tolg', ['tolga'], 'content/sources/')).toContain('mente du «tolga»?');
  });
});
