// Thumbs up/down under a bot reply, then an optional comment; sent once, when the resident confirms.
import type { Texts } from './dictionary.js';

export interface FeedbackInput {
  rating: 'up' | 'down';
  comment?: string;
}

/** The feedback controls; `onSend` resolves to whether the server took it. */
export function createFeedback(doc: Document, texts: Texts, onSend: (input: FeedbackInput) => Promise<boolean>): HTMLElement {
  const box = doc.createElement('div');
  box.className = 'feedback';
  const question = doc.createElement('span');
  question.textContent = texts.helpful;
  const up = thumb(doc, false, texts.up);
  const down = thumb(doc, true, texts.down);
  const form = doc.createElement('form');
  form.hidden = true;
  const label = doc.createElement('label');
  label.textContent = texts.comment;
  const comment = doc.createElement('textarea');
  comment.rows = 2;
  comment.maxLength = 1000;
  comment.dir = 'auto';
  label.append(comment);
  const submit = doc.createElement('button');
  submit.type = 'submit';
  submit.className = 'primary';
  submit.textContent = texts.sendFeedback;
  form.append(label, submit);
  box.append(question, up, down, form);

  let rating: FeedbackInput['rating'] | undefined;
  const choose = (value: FeedbackInput['rating']) => {
    rating = value;
    up.setAttribute('aria-pressed', String(value === 'up'));
    down.setAttribute('aria-pressed', String(value === 'down'));
    form.hidden = false;
    comment.focus();
  };
  up.addEventListener('click', () => choose('up'));
  down.addEventListener('click', () => choose('down'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!rating) return;
    submit.disabled = true;
    const text = comment.value.trim();
    void onSend({ rating, ...(text ? { comment: text } : {}) }).then((ok) => {
      if (!ok) {
        submit.disabled = false;
        return;
      }
      const thanks = doc.createElement('span');
      thanks.setAttribute('role', 'status');
      thanks.tabIndex = -1;
      thanks.textContent = texts.thanks;
      box.replaceChildren(thanks);
      // The focused button is gone; keep a keyboard user's place on the confirmation.
      thanks.focus();
    });
  });
  return box;
}

// A thumb drawn as SVG rather than an emoji, so it shows on systems without an emoji font.
const THUMB = 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3a1.5 1.5 0 0 0-.5-1L13.1 1 6.6 7.6A2 2 0 0 0 6 9v10a2 2 0 0 0 2 2h9a2 2 0 0 0 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z';
const SVG = 'http://www.w3.org/2000/svg';

function thumb(doc: Document, down: boolean, label: string): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-pressed', 'false');
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', THUMB);
  path.setAttribute('fill', 'currentColor');
  if (down) path.setAttribute('transform', 'rotate(180 12 12)');
  svg.append(path);
  button.append(svg);
  return button;
}
