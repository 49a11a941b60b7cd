/**
 * The MDX rules: each page is compiled once, as the build compiles it, and what it contains is checked
 * for the components it uses and their props (components.ts), for raw HTML (raw-html.ts) and for
 * JavaScript in its text (expressions.ts).
 * A page that does not compile gets one problem, its syntax error, and no more. A Markdown (.md)
 * page has no components; its raw HTML is checked the same way.
 */
import type { Content } from '../../content-loading/load.ts';
import { pageBodies, type PageBodies } from '../../content-loading/page-body.ts';
import type { Problem } from '../../problems/problem.ts';
import { compileMarkdown, compileMdx } from './compile.ts';
import { checkComponents } from './components.ts';
import { checkRawHtml } from './raw-html.ts';
import { checkExpressions } from './expressions.ts';

/** `bodies`: the pages' bodies, shared with the other checks of the run. */
export function checkMdx(
  root: string,
  content: Pick<Content, 'pages'>,
  bodies: PageBodies = pageBodies(root),
): Problem[] {
  const problems: Problem[] = [];
  for (const page of content.pages) {
    const read = bodies(page);
    if (!read) continue;
    const { body, bodyLine } = read;
    if (!page.file.endsWith('.mdx')) {
      problems.push(...checkRawHtml(page.file, compileMarkdown(body), bodyLine));
      continue;
    }
    const compiled = compileMdx(page.file, body, bodyLine);
    if (!compiled.ok) {
      problems.push(compiled.problem);
      continue;
    }
    problems.push(
      ...checkComponents(page.file, compiled.nodes, bodyLine),
      ...checkRawHtml(page.file, compiled.nodes, bodyLine),
      ...checkExpressions(page.file, compiled.nodes, bodyLine),
    );
  }
  return problems;
}
