/**
 * <copy-reply>: adds a copy button to one reply template. Without JavaScript the template is plain
 * text to select and copy, and the button stays hidden. With it, the button copies the reply's
 * paragraphs (src/lib/browser/copy-text.ts) and the element's live region says what happened: copied,
 * or refused, in which case the reply is selected so Ctrl+C copies it. The words come as
 * `data-copied` and `data-refused` (templates with `{{title}}`).
 */
import { copyText, pastedText } from '../../lib/browser/copy-text.ts';
import { fill } from '../../lib/browser/fill.ts';

class CopyReply extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>('[data-copy]');
    const text = this.querySelector<HTMLElement>('[data-reply-text]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!button || !text || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const result = await copyText(
        pastedText([...text.querySelectorAll('p')].map((p) => p.textContent)),
        navigator.clipboard,
      );
      if (result === 'refused') this.select(text);
      const message = fill((result === 'copied' ? this.dataset.copied : this.dataset.refused) ?? '', {
        title: this.dataset.title ?? '',
      });
      // Emptied first, so the same message after a second click is announced again.
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = message));
    });
  }

  private select(element: HTMLElement) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}

customElements.define('copy-reply', CopyReply);
