/**
 * Raw HTML in a page (MDX or Markdown) is copied into it as it is, so `<meta http-equiv="refresh">` can send the
 * reader to another site, and `<script>`, `<iframe>` or `onclick=` run or load what the handbook
 * does not control. Only a short list of harmless elements is allowed, each with few attributes;
 * everything else has Markdown or a component that does it safely. The pages in content/docs/ used
 * no raw HTML when the list was made, so it holds only inline text semantics Markdown lacks.
 * Links written in Markdown may not use `javascript:` or `data:` addresses either.
 */
import type { MdastNode } from 'satteri';
import type { Problem } from '../../problems/problem.ts';
import { fileLine, isJsxElement, type JsxElement } from './tree.ts';

/** Allowed elements and their allowed attributes. */
export const ALLOWED_HTML: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  kbd: [],
  sub: [],
  sup: [],
  // A quotation in the other målform (or another language) keeps its words and says so: the nynorsk
  // pages quote bokmål sources as `«<span lang="nb">…</span>»` (ADR 0011).
  span: ['lang'],
  q: ['lang'],
  blockquote: ['lang'],
};

const ALLOWED_LIST = Object.entries(ALLOWED_HTML)
  .map(([name, attributes]) => (attributes.join() === 'lang' ? `<${name} lang="…">` : `<${name}>`))
  .join(', ');

/** What to write instead of an element, and for the dangerous ones why it is not allowed. */
const INSTEAD: Array<[RegExp, string, string?]> = [
  [
    /^(script|noscript)$/,
    'fjern skriptet. Sidene kan ikke kjøre egne skript (innholdssikkerhetspolicyen stopper dem); trengs noe interaktivt, må det bli en komponent i src/components/.',
    'skript kjører kode i leserens nettleser',
  ],
  [
    /^style$/,
    'fjern stilarket. Utseendet styres av src/styles/ for hele håndboka.',
    'stiler endrer hele siden og stoppes av innholdssikkerhetspolicyen',
  ],
  [
    /^(iframe|object|embed|frame|frameset|video|audio|source|track|canvas|svg|math|portal)$/,
    'lenk til innholdet i stedet: [beskrivende tekst](https://…).',
    'innebygd innhold henter sider og sporing fra andre nettsteder',
  ],
  [
    /^(meta|link|base|head|html|body|title)$/,
    'fjern elementet. Skal leseren til en annen side, skriv en lenke: [tekst](adresse).',
    'slike elementer kan sende leseren til et annet nettsted eller endre alle lenkene på siden',
  ],
  [
    /^(form|input|button|select|option|textarea|label|fieldset|output)$/,
    'fjern skjemaet. Et skjema hører hjemme på kommunens egne sider; lenk dit med [tekst](adresse).',
    'et skjema kan sende det leseren skriver, til andre',
  ],
  [/^a$/, 'skriv lenken i Markdown: [tekst](adresse), eller bruk <LinkCard title="…" href="…" />.'],
  [/^img$/, 'skriv bildet i Markdown: ![alternativ tekst](bilde.png).'],
  [/^h[1-6]$/, 'skriv overskriften i Markdown: ## Overskrift.'],
  [/^(strong|b|em|i|u|s|mark)$/, 'skriv **fet** eller *kursiv* i Markdown.'],
  [/^(ul|ol|li)$/, 'skriv lista i Markdown, med «- » eller «1. » først på hver linje.'],
  [
    /^(table|thead|tbody|tfoot|tr|th|td|caption|colgroup|col)$/,
    'skriv tabellen i Markdown: | Kolonne | Kolonne | med en linje | --- | --- | under overskriftene.',
  ],
  [/^(blockquote|q)$/, 'skriv sitatet i Markdown med > først på linjen, eller i «» i teksten.'],
  [/^(pre|code)$/, 'skriv kode i Markdown mellom to `-tegn, eller som en kodeblokk med ``` på linjen før og etter.'],
  [
    /^(p|div|span|section|article|aside|header|footer|nav|main|figure|figcaption|center|font|hr)$/,
    'skriv vanlig tekst i Markdown; trenger du en boks, bruk :::note … ::: eller <Aside>.',
  ],
];

function instead(name: string): { fix: string; reason?: string } {
  const hit = INSTEAD.find(([pattern]) => pattern.test(name));
  return hit
    ? { fix: hit[1], reason: hit[2] }
    : { fix: `bruk Markdown eller en komponent fra handbok-sosiale-medier/components.` };
}

const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

/** An HTML element as written: its name, and its attributes' names (null for a `{...spread}`). */
interface HtmlElement {
  name: string;
  attributes: Array<string | null>;
}

function elementProblems(file: string, where: string, element: HtmlElement): Problem[] {
  const name = element.name.toLowerCase();
  const allowed = ALLOWED_HTML[name];
  if (!allowed) {
    const { fix, reason } = instead(name);
    return [
      {
        file,
        where,
        message: `HTML-elementet <${element.name}> er ikke tillatt i sidene${reason ? `: ${reason}` : ''}. Tillatt HTML er ${ALLOWED_LIST}.`,
        fix,
      },
    ];
  }
  const problems: Problem[] = [];
  const allowedText = allowed.length ? allowed.join(', ') : 'ingen attributter';
  for (const attr of element.attributes) {
    if (attr === null) {
      problems.push({
        file,
        where,
        message: `<${name}> har {...} med egenskaper som ikke kan kontrolleres.`,
        fix: `fjern {...}; <${name}> kan ha ${allowedText}.`,
      });
      continue;
    }
    if (allowed.includes(attr)) continue;
    const reason = /^on/i.test(attr)
      ? 'Hendelsesattributter som onclick kjører skript, og det kan ikke sidene gjøre.'
      : attr.toLowerCase() === 'style'
        ? 'style-attributtet stoppes av innholdssikkerhetspolicyen, og utseendet styres av src/styles/.'
        : `<${name}> kan bare ha ${allowedText}.`;
    problems.push({
      file,
      where,
      message: `Attributtet «${attr}» på <${name}> er ikke tillatt. ${reason}`,
      fix: `fjern ${attr}=… fra <${name}>.`,
    });
  }
  return problems;
}

const fromJsx = (element: JsxElement & { name: string }): HtmlElement => ({
  name: element.name,
  attributes: element.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? a.name : null)),
});

// Raw HTML in a Markdown (.md) page is a string. Every `<name` opens an element for the browser,
// whatever follows, so the names are read loosely; attributes are what stands before `>`.
const START_TAG = /<([a-zA-Z][^\s/>]*)([^>]*)>?/g;
const ATTRIBUTE = /[\s/]([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

function fromHtml(html: string): Array<{ element: HtmlElement; lineOffset: number }> {
  return [...html.matchAll(START_TAG)].map((m) => ({
    element: { name: m[1]!, attributes: [...` ${m[2] ?? ''}`.matchAll(ATTRIBUTE)].map((a) => a[1]!) },
    lineOffset: html.slice(0, m.index).split('\n').length - 1,
  }));
}

type Positioned = { position?: { start: { line: number } } };

export function checkRawHtml(file: string, nodes: MdastNode[], bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes) {
    const where = fileLine(node as Positioned, bodyLine);
    if (isJsxElement(node) && node.name && /^[a-z]/.test(node.name)) {
      problems.push(...elementProblems(file, where, fromJsx(node as JsxElement & { name: string })));
      continue;
    }
    if (node.type === 'html') {
      const line = ((node as Positioned).position?.start.line ?? 1) + bodyLine - 1;
      for (const { element, lineOffset } of fromHtml((node as { value?: string }).value ?? '')) {
        problems.push(...elementProblems(file, `linje ${line + lineOffset}`, element));
      }
      continue;
    }
    const url = (node as { url?: string }).url;
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && url && UNSAFE_URL.test(url)) {
      problems.push({
        file,
        where,
        message: `Lenken går til «${url.slice(0, 40)}», en adresse som kjører kode i stedet for å åpne en side.`,
        fix: 'lenk til en side med https:// eller en adresse i håndboka, som /roller/ansatt/.',
      });
    }
  }
  return problems;
}
