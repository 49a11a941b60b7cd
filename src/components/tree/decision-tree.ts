/**
 * <decision-tree>: runs a decision tree in place. Without JavaScript every step is a static page
 * and the options are plain links; this element only upgrades them.
 *
 * - A chosen option fetches the next step's page and swaps in its step, so there is no reload.
 * - The URL follows: the step's own address plus `?svar=<node>.<option>~…`, the answers so far.
 *   Reload, back/forward and a shared link all land on the same step with the same answers.
 * - «Dine svar» lists each answer with a link to change it; «Start på nytt» clears them.
 * - After each step focus moves to the step's heading, scrolled into view below the sticky header,
 *   and a live region announces it.
 *
 * The page carries the tree's questions as JSON (`TreeMap` in src/lib/shared/trees.ts), and the words for
 * «Endre» as `data-change` and `data-change-label` (a template with `{{question}}`). It imports
 * nothing, so Astro can inline it in the page.
 */
interface TreeMap {
  id: string;
  start: string;
  questions: Record<string, { q: string; o: [string, string][] }>;
}
type Answer = [node: string, option: number];

const PARAM = 'svar';

class DecisionTree extends HTMLElement {
  private map!: TreeMap;
  private base!: string;

  connectedCallback() {
    const data = this.querySelector('script[type="application/json"]');
    if (!data?.textContent) return;
    this.map = JSON.parse(data.textContent);
    this.base = this.dataset.base!;
    this.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => void this.show(location.href, { push: false }));
    this.renderAnswers(this.validAnswers(this.currentNode(location.pathname), this.answersFrom(location.search)));
  }

  private nodeUrl(node: string) {
    return node === this.map.start ? this.base : `${this.base}${node}/`;
  }

  private currentNode(pathname: string): string {
    const rest = pathname.slice(pathname.indexOf(this.base) + this.base.length).replace(/\/$/, '');
    return rest || this.map.start;
  }

  private answersFrom(search: string): Answer[] {
    const raw = new URLSearchParams(search).get(PARAM);
    if (!raw) return [];
    return raw.split('~').map((part) => {
      const [node = '', option = ''] = part.split('.');
      return [node, Number(option)] as Answer;
    });
  }

  /** Answers are kept only if they form a route from the start to `node`; a tampered link shows none. */
  private validAnswers(node: string, answers: Answer[]): Answer[] {
    let at = this.map.start;
    for (const [from, option] of answers) {
      const next = from === at ? this.map.questions[from]?.o[option]?.[1] : undefined;
      if (!next) return [];
      at = next;
    }
    return at === node ? answers : [];
  }

  private href(node: string, answers: Answer[]) {
    const query = answers.length ? `?${PARAM}=${answers.map(([n, o]) => `${n}.${o}`).join('~')}` : '';
    return this.nodeUrl(node) + query;
  }

  private onClick(event: MouseEvent) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-tree-link]');
    if (!link) return;
    event.preventDefault();
    const answers = this.validAnswers(this.currentNode(location.pathname), this.answersFrom(location.search));
    const from = link.dataset.from;
    const option = Number(link.dataset.option);
    const target = new URL(link.href).pathname;
    if (link.dataset.treeLink === 'answer' && from !== undefined) {
      void this.show(this.href(this.currentNode(target), [...answers, [from, option]]), { push: true });
    } else if (link.dataset.treeLink === 'change' && from !== undefined) {
      void this.show(this.href(from, answers.slice(0, Number(link.dataset.index))), { push: true });
    } else {
      void this.show(this.nodeUrl(this.map.start), { push: true });
    }
  }

  private async show(url: string, { push }: { push: boolean }) {
    const target = new URL(url, location.href);
    let doc: Document;
    try {
      const response = await fetch(target.pathname);
      if (!response.ok) throw new Error(String(response.status));
      doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      location.href = target.href; // let the browser show the page the ordinary way
      return;
    }
    const step = doc.querySelector('decision-tree [data-step]');
    const current = this.querySelector('[data-step]');
    if (!step || !current) return void (location.href = target.href);
    current.replaceWith(document.importNode(step, true));
    const title = doc.querySelector('h1');
    const h1 = document.querySelector('h1');
    if (title && h1) h1.textContent = title.textContent;
    document.title = doc.title;
    if (push) history.pushState(null, '', target.pathname + target.search);
    const answers = this.validAnswers(this.currentNode(target.pathname), this.answersFrom(target.search));
    this.renderAnswers(answers);
    const heading = this.querySelector<HTMLElement>('[data-step-heading]');
    // Scroll first, then focus without scrolling: how far focus() scrolls differs between browsers, and
    // the page-wide scroll-padding it may or may not heed is not enough on a phone. `nearest` keeps a
    // heading that is already in view where it is; tree.css gives it a scroll margin below the header.
    heading?.scrollIntoView({ block: 'nearest' });
    heading?.focus({ preventScroll: true });
    const live = this.querySelector('[data-announce]');
    if (live && heading) live.textContent = heading.dataset.announcement ?? heading.textContent ?? '';
  }

  private renderAnswers(answers: Answer[]) {
    const box = this.querySelector<HTMLElement>('[data-answers]');
    if (!box) return;
    const list = box.querySelector('ol')!;
    list.replaceChildren(
      ...answers.map(([node, option], index) => {
        const question = this.map.questions[node]!;
        const item = document.createElement('li');
        const q = document.createElement('span');
        q.className = 'tree-answers__question';
        q.textContent = question.q;
        const a = document.createElement('strong');
        a.textContent = question.o[option]![0];
        const change = document.createElement('a');
        change.href = this.href(node, answers.slice(0, index));
        change.dataset.treeLink = 'change';
        change.dataset.from = node;
        change.dataset.index = String(index);
        change.textContent = this.dataset.change ?? '';
        change.setAttribute('aria-label', (this.dataset.changeLabel ?? '').replace('{{question}}', () => question.q));
        item.append(q, ' ', a, ' ', change);
        return item;
      }),
    );
    box.hidden = answers.length === 0;
    // Answer links carry the option they stand for, so a click can extend the trail.
    this.querySelectorAll<HTMLAnchorElement>('a[data-tree-link="answer"]').forEach((link) => {
      link.href = this.href(this.currentNode(new URL(link.href).pathname), [...answers, [link.dataset.from!, Number(link.dataset.option)]]);
    });
  }
}

customElements.define('decision-tree', DecisionTree);
