/** `fra` marks written into nynorsk files: one line each, the author's text left as written, read back as text. */
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import jsYaml from 'js-yaml';
import { writePageMark, writeYamlMarks } from '../../src/content-loading/nynorsk-marks.ts';
import { overlayEntry } from '../../src/content-loading/nynorsk-overlay.ts';
import { TEXT_SHAPES } from '../../src/schemas/translation.ts';

const TREE = `title: Treet
description: >-
  Ei lang skildring
  over to liner.
nodes:
  - id: start
    question: Kva no?
    options:
      - label: Ja
      - label: Nei
  - id: slutt
    title: Ferdig
    advice: Gjer det.
`;

it('marks a tree and each of its nodes, and a fingerprint of digits stays text', () => {
  const { text, missed } = writeYamlMarks(TREE, [
    { where: '', value: 'abcdef12' },
    { where: 'nodes[start]', value: '20003018' },
    { where: 'nodes[slutt]', value: '12e45678' },
  ]);
  expect(missed).toEqual([]);
  expect(text).toBe(
    TREE.replace('title: Treet', 'fra: abcdef12\ntitle: Treet')
      .replace('  - id: start\n', "  - id: start\n    fra: '20003018'\n")
      .replace('  - id: slutt\n', "  - id: slutt\n    fra: '12e45678'\n"),
  );
  // Both YAML readers the project uses read the marks as the text they are.
  for (const data of [parse(text), jsYaml.load(text) as typeof parse]) {
    expect((data as { nodes: Array<{ fra: unknown }> }).nodes.map((n) => n.fra)).toEqual(['20003018', '12e45678']);
  }
  // Marking again replaces the value in place.
  expect(writeYamlMarks(text, [{ where: 'nodes[start]', value: 'ffffffff' }]).text).toContain(
    '    fra: ffffffff\n    question',
  );
});

it('names the place it cannot find instead of writing it elsewhere', () => {
  expect(writeYamlMarks(TREE, [{ where: 'nodes[borte]', value: 'abcdef12' }]).missed).toHaveLength(1);
});

it('marks a page in its frontmatter, once', () => {
  const page = '---\ntitle: Sida\n---\n\nTekst.\n';
  const once = writePageMark(page, '00000001');
  expect(once).toBe("---\ntitle: Sida\nfra: '00000001'\n---\n\nTekst.\n");
  expect(writePageMark(once, 'abcdef12')).toBe('---\ntitle: Sida\nfra: abcdef12\n---\n\nTekst.\n');
});

it('lays a tree node over its bokmål by id, and options by position', () => {
  const bokmal = {
    id: 't',
    title: 'Treet',
    description: 'Et tre.',
    nodes: [
      {
        id: 'start',
        type: 'question',
        question: 'Hva nå?',
        options: [
          { label: 'Ja', next: 'slutt' },
          { label: 'Nei', next: 'slutt' },
        ],
      },
      { id: 'slutt', type: 'outcome', title: 'Ferdig', advice: 'Gjør det.', rules: ['r'] },
    ],
  };
  const result = overlayEntry(bokmal, parse(TREE), TEXT_SHAPES.trees);
  expect(result.gaps).toEqual([]);
  expect(result.value).toEqual({
    ...bokmal,
    title: 'Treet',
    description: 'Ei lang skildring over to liner.',
    nodes: [
      {
        ...bokmal.nodes[0],
        question: 'Kva no?',
        options: [
          { label: 'Ja', next: 'slutt' },
          { label: 'Nei', next: 'slutt' },
        ],
      },
      { ...bokmal.nodes[1], title: 'Ferdig', advice: 'Gjer det.' },
    ],
  });
  // One mark for the tree, one per node; the options belong to their node's.
  expect(result.marks.map((m) => m.where)).toEqual(['', 'nodes[start]', 'nodes[slutt]']);
  expect(result.marks[1]!.fields).toEqual(['question', 'options[].label']);
});
