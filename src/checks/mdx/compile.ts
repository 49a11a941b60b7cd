/**
 * Compiles an MDX page the way the build does: with Sätteri, the Markdown processor the site uses
 * (`satteri()` in astro.config.mjs; @astrojs/mdx hands MDX to it, not to @mdx-js/mdx), with GFM,
 * smart punctuation and Starlight's directives (`:::note`) turned on. A syntax error is a problem
 * with the file's line; otherwise the nodes the other MDX rules read are returned.
 */
import { defineMdastPlugin, markdownToHtml, mdxToJs, type MdastNode } from 'satteri';
import type { Problem } from '../../problems/problem.ts';

// As the build: Astro's defaults (gfm, smartypants) and `features.directive` from Starlight.
const FEATURES = { gfm: true, smartPunctuation: true, directive: true } as const;

/** The nodes the MDX rules read: JSX elements, expressions, imports and exports, raw HTML, links and images. */
export type Compiled = { ok: true; nodes: MdastNode[] } | { ok: false; problem: Problem };

/**
 * Collects the nodes during the compile itself, so each page is parsed once. Sätteri hands a plugin
 * only the node types it asks for, which is much quicker than walking the whole tree in JavaScript.
 */
function collector(nodes: MdastNode[]) {
  const keep = (node: unknown) => void nodes.push(node as MdastNode);
  return defineMdastPlugin({
    name: 'handbok-check-collect',
    options: { position: true },
    mdxjsEsm: keep,
    html: keep,
    mdxFlowExpression: keep,
    mdxTextExpression: keep,
    mdxJsxFlowElement: keep,
    mdxJsxTextElement: keep,
    link: keep,
    image: keep,
    definition: keep,
  });
}

/** `12:5: Unexpected …` → line 12 of the body, and the message without the position and the rule name. */
function describeError(error: unknown): { line?: number; message: string } {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(text.trim());
  if (!match) return { message: text };
  return { line: Number(match[1]), message: match[3]! };
}

/** `body` is the page after its frontmatter, which starts at line `bodyLine` of the file. */
export function compileMdx(file: string, body: string, bodyLine: number): Compiled {
  const nodes: MdastNode[] = [];
  try {
    mdxToJs(body, {
      features: FEATURES,
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
      mdastPlugins: [collector(nodes)],
    });
    return { ok: true, nodes };
  } catch (error) {
    const { line, message } = describeError(error);
    // The compiler names other places as (line:column) of the body; name them as lines of the file.
    const text = message
      .replace(/\((\d+):\d+\)/g, (_, l: string) => `(linje ${Number(l) + bodyLine - 1})`)
      .replace(/\.?$/, '');
    const inEsm = /\besm\b/.test(message);
    return {
      ok: false,
      problem: {
        file,
        where: line ? `linje ${line + bodyLine - 1}` : undefined,
        message: `Siden kan ikke leses som MDX. Kompilatoren melder: «${text}».`,
        fix: inEsm
          ? "sjekk import- og export-linjene øverst på siden: anførselstegn og klammer i par, for eksempel import { Rule } from 'handbok-sosiale-medier/components';"
          : 'sjekk at hver <Komponent> er lukket (<Rule id="…" /> eller <ChangeNote …>…</ChangeNote>), at { og } står i par, ' +
            'og at tegnene < og { i vanlig tekst skrives som &lt; og &#123;.',
      },
    };
  }
}

/** A Markdown (.md) page has no syntax errors; its raw HTML and links are collected for raw-html.ts. */
export function compileMarkdown(body: string): MdastNode[] {
  const nodes: MdastNode[] = [];
  markdownToHtml(body, { features: FEATURES, mdastPlugins: [collector(nodes)] });
  return nodes;
}
