/**
 * <self-test>: runs a self-test in the page. Without JavaScript the page links to the question bank
 * (its own pages, the answers in disclosures); this element fetches the same questions as JSON
 * (`data-questions`), hides that link and asks N drawn questions one at a time, with feedback, a
 * result and a printable receipt.
 * Progress is kept in localStorage only (see src/lib/browser/selftest/store.ts); nothing is sent anywhere.
 * A stored state is checked against the questions before it is used (restore.ts), and taken again
 * when another tab on the same test writes it, so two tabs never undo each other's answers.
 * Its words come from the page: `<script type="application/json" data-strings>` holds the
 * `handbok.selftest.*` strings (without the prefix) in the site's målform, `{{name}}` for values.
 * In the SCORM package for a learning platform (`data-lms`), the questions are in the page
 * (`<script type="application/json" data-bank>`), nothing is fetched, progress and the result go to
 * the platform (src/lib/browser/selftest/lms.ts), and rule links open the handbook in a new window.
 * Without a platform that answers, the package runs as the site does, with localStorage.
 */
import { formatDate } from '../../lib/shared/format.ts';
import { fill } from '../../lib/browser/fill.ts';
import { drawRound, newSeed } from '../../lib/browser/selftest/draw.ts';
import type { Answers, QuizQuestion } from '../../lib/browser/selftest/model.ts';
import { judge, scoreRound, type Judgement } from '../../lib/browser/selftest/score.ts';
import { restore, type Bank, type Saved } from '../../lib/browser/selftest/restore.ts';
import { openStore, storageKey, type Store } from '../../lib/browser/selftest/store.ts';
import { findScormApi, openLmsStore } from '../../lib/browser/selftest/lms.ts';

/** The notices above the test, by what happened. */
const NOTICES = {
  blocked: 'noticeBlocked',
  changed: 'noticeChanged',
  damaged: 'noticeDamaged',
  repaired: 'noticeRepaired',
  notSaved: 'noticeNotSaved',
  otherTab: 'noticeOtherTab',
  deletedElsewhere: 'noticeDeletedElsewhere',
  notLoaded: 'notLoaded',
  noLms: 'noticeNoLms',
} as const;

type Child = Node | string | false | null | undefined;

/** A small element builder: h('p', { class: 'x' }, 'text', child). */
function h(tag: string, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== false) el.setAttribute(k, v === true ? '' : v);
  el.append(...(children.filter((c) => c !== false && c != null) as (Node | string)[]));
  return el;
}

/** The questions the test draws from, built from the same bank as the no-JavaScript pages. */
async function fetchQuestions(url: string): Promise<QuizQuestion[]> {
  const embedded = document.querySelector('self-test script[data-bank]');
  if (embedded) return JSON.parse(embedded.textContent || '[]');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

class SelfTest extends HTMLElement {
  private questions = new Map<string, QuizQuestion>();
  private bank!: Bank;
  private store!: Store;
  private state: Saved | null = null;
  private view!: HTMLElement;
  private live!: HTMLElement;
  private notices!: HTMLElement;
  private strings: Record<string, string> = {};
  /** In the SCORM package without a learning platform that answers: the result is not reported anywhere. */
  private noLms = false;

  /** The interface string `key`, with `{{name}}` filled in from `values`. */
  private t(key: string, values?: Record<string, string | number>) {
    return fill(this.strings[key] ?? key, values);
  }

  connectedCallback() {
    this.strings = JSON.parse(this.querySelector('script[data-strings]')?.textContent || '{}');
    this.live = this.querySelector<HTMLElement>('[data-live]')!;
    this.view = this.querySelector<HTMLElement>('[data-quiz]')!;
    this.notices = this.querySelector<HTMLElement>('[data-notice]')!;
    // A notice that comes during the test (storage full, another tab) is read out where it appears.
    this.notices.setAttribute('role', 'status');
    fetchQuestions(this.dataset.questions!).then(
      (bank) => this.ready(bank),
      () => this.notify('notLoaded'),
    );
  }

  private ready(bank: QuizQuestion[]) {
    this.questions = new Map(bank.map((q) => [q.id, q]));
    const { test, site, bank: version } = this.dataset;
    this.bank = { questions: this.questions, version: version!, count: this.count, passMark: this.passMark };
    this.store = this.openStore(site!, test!, version!);
    const { state, repairs } = restore(this.store.initial, this.bank);
    this.state = state;
    this.querySelector('[data-question-bank]')!.setAttribute('hidden', '');
    this.view.hidden = false;
    this.querySelector('[data-delete]')?.addEventListener('click', () => this.deleteSaved());
    // Only storage events for this test's key, or null when another tab cleared all of localStorage.
    window.addEventListener('storage', (e) => this.store.persistent && (e.key === null || e.key === this.store.key) && this.sync());
    if (this.store.notice) this.notify(this.store.notice);
    else if (this.noLms) this.notify('noLms');
    if (repairs.length) {
      // Write the repaired state back at once, so the next load finds it valid.
      if (state) this.save();
      else this.store.clear();
      this.notify(state ? 'repaired' : repairs[0] === 'otherBank' ? 'changed' : 'damaged');
    }
    this.render(false);
  }

  /** Another tab wrote or deleted this test's state: show what is stored now, where it stands. */
  private sync() {
    const had = this.state;
    this.state = restore(this.store.read(), this.bank).state;
    if (!had && !this.state) return;
    this.render(this.view.contains(document.activeElement));
    this.notify(this.state ? 'otherTab' : 'deletedElsewhere');
  }

  /** The learning platform's store in the SCORM package, when there is a platform; localStorage otherwise. */
  private openStore(site: string, test: string, version: string): Store {
    const local = () => openStore(() => window.localStorage, site, test, version);
    if (this.dataset.lms === undefined) return local();
    const api = findScormApi(window);
    const lms = api && openLmsStore(api, storageKey(site, test, version), (finish) => window.addEventListener('pagehide', finish));
    if (lms) return lms;
    this.noLms = true;
    return local();
  }

  /** Links to a question's rules; in a learning platform they open in a new window, so the test stays open. */
  private ruleLinks(rules: QuizQuestion['rules']): Child[] {
    const target: Record<string, string> = this.dataset.lms === undefined ? {} : { target: '_blank', rel: 'noopener' };
    return rules.flatMap(([title, href], i) => [i > 0 ? ', ' : '', h('a', { href, ...target }, title)]);
  }

  private notify(notice: keyof typeof NOTICES) {
    this.notices.replaceChildren(h('p', { class: 'quiz-notice' }, this.t(NOTICES[notice])));
  }

  private get count() {
    return Number(this.dataset.count);
  }
  private get passMark() {
    return Number(this.dataset.pass);
  }

  private save() {
    if (this.state && !this.store.save(this.state)) this.notify('notSaved');
  }

  private start() {
    this.state = { v: 1, bank: this.bank.version, round: drawRound([...this.questions.values()], this.count, newSeed()), answers: {}, position: 0 };
    this.save();
    this.render(true);
  }

  private deleteSaved() {
    this.store.clear();
    this.state = null;
    this.render(true);
    this.announce(this.t('deleted'));
  }

  private announce(text: string) {
    this.live.textContent = '';
    // A fresh text node each time, so screen readers repeat a message that has not changed.
    requestAnimationFrame(() => (this.live.textContent = text));
  }

  private render(focus: boolean) {
    const s = this.state;
    const screen = !s ? this.startScreen() : s.result ? this.resultScreen() : this.questionScreen();
    this.view.replaceChildren(screen);
    if (focus) screen.querySelector<HTMLElement>('[data-focus]')?.focus();
  }

  private startScreen() {
    const button = h('button', { type: 'button', class: 'quiz-button', 'data-focus': true }, this.t('start'));
    button.addEventListener('click', () => this.start());
    return h(
      'div',
      {},
      h('p', {}, this.t('startIntro', { count: this.count, pass: this.passMark })),
      button,
    );
  }

  private questionScreen() {
    const s = this.state!;
    const id = s.round.order[s.position]!;
    const q = this.questions.get(id)!;
    const answered = s.answers[id];
    const type = q.type === 'multiple' ? 'checkbox' : 'radio';
    const inputs = s.round.optionOrder[id]!.map((i) =>
      h(
        'div',
        { class: 'quiz-choice' },
        h('input', { type, id: `quiz-${id}-${i}`, name: 'svar', value: String(i), checked: !!answered?.includes(i), disabled: !!answered }),
        h('label', { for: `quiz-${id}-${i}` }, q.options[i]!.text, answered && (q.options[i]!.correct ? ` ${this.t('markRight')}` : answered.includes(i) ? ` ${this.t('markChosen')}` : '')),
      ),
    );
    const feedback = h('div', { class: 'quiz-feedback', 'data-quiz-feedback': true });
    const form = h(
      'form',
      { class: 'quiz-step', novalidate: true },
      h('p', { class: 'quiz-progress' }, this.t('progress', { number: s.position + 1, total: s.round.order.length })),
      h(
        'fieldset',
        {},
        h('legend', { tabindex: '-1', 'data-focus': true }, q.question),
        h('p', { class: 'quiz-hint' }, this.t(q.type === 'multiple' ? 'hintMultiple' : 'hintSingle')),
        ...inputs,
      ),
      feedback,
    );
    if (answered) this.showFeedback(form, feedback, q, answered);
    else form.append(h('button', { type: 'submit', class: 'quiz-button' }, this.t('submit')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (s.answers[id]) return;
      const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => Number(i.value));
      if (chosen.length === 0) return this.announce(this.t('chooseFirst'));
      s.answers[id] = chosen;
      this.save();
      this.render(false);
      this.view.querySelector<HTMLElement>('[data-next]')?.focus();
      this.announce(this.view.querySelector('[data-quiz-feedback]')!.textContent ?? '');
    });
    return form;
  }

  private showFeedback(form: HTMLElement, box: HTMLElement, q: QuizQuestion, chosen: number[]) {
    const judged = judge(q, chosen);
    const right = judged.verdict === 'right';
    const rightTexts = q.options.filter((o) => o.correct).map((o) => o.text);
    box.append(
      ...(judged.verdict === 'partly'
        ? this.partlyFeedback(q, judged)
        : [
            h('p', { class: right ? 'quiz-right' : 'quiz-wrong' }, h('strong', {}, this.t(right ? 'right' : 'notRight')), !right && ` ${this.t('rightAnswer', { answer: rightTexts.join(' / ') })}`),
            ...chosen.map((i) => h('p', {}, q.options[i]!.feedback)),
          ]),
      h('p', {}, q.explanation),
      h('p', {}, `${this.t('readRule')} `, ...this.ruleLinks(q.rules)),
    );
    const s = this.state!;
    const last = s.position === s.round.order.length - 1;
    const next = h('button', { type: 'button', class: 'quiz-button', 'data-next': true }, this.t(last ? 'seeResult' : 'next'));
    next.addEventListener('click', () => {
      if (last) s.result = { ...scoreRound(this.questions, s.round, s.answers, this.passMark), date: new Date().toISOString().slice(0, 10) };
      else s.position++;
      this.save();
      this.render(true);
    });
    form.append(next);
  }

  /**
   * Some right options chosen, but not exactly the right ones: one verdict, «Delvis riktig», then the
   * options in three lists (chosen and right, right but left out, chosen and wrong), each with its own
   * feedback. A verdict «Ikke riktig» above feedback that begins «Riktig.» read as a contradiction.
   */
  private partlyFeedback(q: QuizQuestion, judged: Judgement): HTMLElement[] {
    const list = (key: string, options: number[]) =>
      options.length > 0 &&
      h('div', {}, h('p', {}, this.t(key)), h('ul', {}, ...options.map((i) => h('li', {}, h('strong', {}, q.options[i]!.text), ` – ${q.options[i]!.feedback}`))));
    const found = judged.found.length;
    const total = found + judged.missed.length;
    return [
      h('p', { class: 'quiz-partly' }, h('strong', {}, this.t('partlyRight')), ` ${this.t('partlyFound', { found, total })}`),
      list('partlyChosenRight', judged.found),
      list('partlyMissed', judged.missed),
      list('partlyChosenWrong', judged.wrong),
    ].filter((el): el is HTMLElement => el !== false);
  }

  private resultScreen() {
    const s = this.state!;
    const r = s.result!;
    const again = h('button', { type: 'button', class: 'quiz-button' }, this.t('retake'));
    again.addEventListener('click', () => this.start());
    const missed = r.missed.map((id) => this.questions.get(id)!).filter(Boolean);
    return h(
      'section',
      { class: 'quiz-result', 'aria-labelledby': 'quiz-result-heading' },
      h('h2', { id: 'quiz-result-heading', tabindex: '-1', 'data-focus': true }, this.t(r.passed ? 'passed' : 'notPassed')),
      h('p', {}, this.t('score', { correct: r.correct, total: r.total, percent: r.percent, pass: this.passMark })),
      missed.length > 0 &&
        h(
          'div',
          {},
          h('h3', {}, this.t('readMore')),
          h('ul', {}, ...missed.map((q) => h('li', {}, q.question, ' ', ...this.ruleLinks(q.rules)))),
        ),
      again,
      r.passed && this.receiptForm(r, s),
    );
  }

  private receiptForm(r: NonNullable<Saved['result']>, s: Saved) {
    const input = h('input', { id: 'quiz-name', name: 'navn', autocomplete: 'name', required: true }) as HTMLInputElement;
    const out = h('div', {});
    const form = h(
      'form',
      { class: 'quiz-receipt-form' },
      h('h3', {}, this.t('receiptFormHeading')),
      h('label', { for: 'quiz-name' }, this.t('nameLabel')),
      input,
      h('button', { type: 'submit', class: 'quiz-button' }, this.t('makeReceipt')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (!name) return this.announce(this.t('nameFirst'));
      const topics = [...new Set(s.round.order.map((id) => this.questions.get(id)?.topic).filter(Boolean))].join(', ');
      const rows: [string, string][] = [
        [this.t('receiptName'), name],
        [this.t('receiptDate'), formatDate(r.date)],
        [this.t('receiptTest'), this.dataset.title!],
        [this.t('receiptResult'), this.t('receiptResultValue', { correct: r.correct, total: r.total, percent: r.percent, pass: this.passMark })],
        [this.t('receiptBank'), this.t('receiptBankValue', { version: this.dataset.bank! })],
        [this.t('receiptTopics'), topics],
      ];
      const print = h('button', { type: 'button', class: 'quiz-button quiz-noprint' }, this.t('print'));
      print.addEventListener('click', () => window.print());
      out.replaceChildren(
        h(
          'section',
          { class: 'quiz-receipt', 'aria-labelledby': 'quiz-receipt-heading' },
          h('h2', { id: 'quiz-receipt-heading', tabindex: '-1', 'data-focus': true }, this.t('receiptHeading')),
          h('p', {}, `${this.dataset.municipality!}. ${this.dataset.site!}`),
          h('dl', {}, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
          // Lines the leader fills in by hand on the printed receipt.
          h('h3', {}, this.t('receiptLeaderHeading')),
          h('dl', { class: 'quiz-receipt__sign' }, ...['receiptLeaderName', 'receiptLeaderSignature', 'receiptLeaderDate'].flatMap((key) => [h('dt', {}, this.t(key)), h('dd', {})])),
          print,
        ),
      );
      out.querySelector<HTMLElement>('[data-focus]')!.focus();
    });
    return h('div', {}, form, out);
  }
}

customElements.define('self-test', SelfTest);
