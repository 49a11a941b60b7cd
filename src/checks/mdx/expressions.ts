/**
 * JavaScript in a page's text. An expression in the body (`{…}`) runs when the site is built and
 * its result goes into the page, so `{process.env.X}` would publish the build machine's settings, and
 * JSX inside an expression (`{<script>…</script>}`, `title={<iframe />}`) slips past the HTML check.
 * The pages use none: in the body only MDX comments and literals ({'{'}) are allowed, and in a prop no JSX.
 */
import type { MdastNode } from 'satteri';
import type { Problem } from '../../problems/problem.ts';
import { NOT_LITERAL, parseLiteral } from './literal.ts';
import { fileLine, isJsxElement } from './tree.ts';

const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;
// `<` right before a letter or `>` opens JSX; `a < b` in ordinary code does not.
const JSX = /<[A-Za-z>]/;

type Positioned = { position?: { start: { line: number } } };

export function checkExpressions(file: string, nodes: MdastNode[], bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes) {
    const where = fileLine(node as Positioned, bodyLine);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const value = (node as { value?: string }).value ?? '';
      // A comment, or a literal such as {'{'} (a way to write a brace), runs nothing.
      if (COMMENT_ONLY.test(value) || parseLiteral(value) !== NOT_LITERAL) continue;
      problems.push({
        file,
        where,
        message: `Teksten har JavaScript mellom { og }: «{${value.trim().slice(0, 40)}}». Det kjøres når nettstedet bygges, og resultatet havner på siden.`,
        fix: 'skriv teksten uten { og }; skal tegnet stå i teksten, skriv \\{ eller &#123;. En kommentar skrives {/* … */}.',
      });
      continue;
    }
    if (!isJsxElement(node)) continue;
    for (const attribute of node.attributes) {
      const value = attribute.type === 'mdxJsxAttribute' ? attribute.value : undefined;
      if (!value || typeof value === 'string' || !JSX.test(value.value)) continue;
      problems.push({
        file,
        where,
        message: `Egenskapen «${attribute.type === 'mdxJsxAttribute' ? attribute.name : ''}» på <${node.name}> inneholder HTML eller en komponent, som kontrollen ikke kan sjekke.`,
        fix: 'skriv verdien som tekst i anførselstegn, eller som innhold mellom start- og sluttaggen.',
      });
    }
  }
  return problems;
}
