// Builds the widget's fixed structure (launcher and chat panel) inside the shadow root.
import type { Texts } from './dictionary.js';
import { createLink } from './render-markdown.js';

/** The elements the element class wires up. */
export interface PanelView {
  launcher: HTMLButtonElement;
  panel: HTMLElement;
  close: HTMLButtonElement;
  scroll: HTMLElement;
  log: HTMLOListElement;
  status: HTMLElement;
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  send: HTMLButtonElement;
  human: HTMLButtonElement;
  /** Replaces the title and the logo (branding read after the panel was built). */
  setBranding(title: string, logoUrl: string | null): void;
}

/** What the view shows: interface text, the transparency page and an optional logo. */
export interface PanelOptions {
  texts: Texts;
  language: string;
  title: string;
  aboutUrl: string;
  logoUrl: string | null;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function logo(doc: Document, url: string | null): HTMLImageElement | null {
  if (!url) return null;
  const img = el(doc, 'img', 'logo');
  img.src = url;
  img.alt = '';
  return img;
}

/** Appends launcher and panel (hidden) to `root` and returns their parts. */
export function buildPanel(root: ShadowRoot, options: PanelOptions): PanelView {
  const doc = root.ownerDocument;
  const { texts } = options;
  const wrapper = el(doc, 'div');
  wrapper.lang = options.language;

  const launcher = el(doc, 'button', 'launcher');
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'loket-panel');
  launcher.setAttribute('aria-label', `${texts.launcher} – ${options.title}`);
  const launcherLogo = logo(doc, options.logoUrl);
  if (launcherLogo) launcher.append(launcherLogo);
  launcher.append(el(doc, 'span', undefined, texts.launcher));

  const panel = el(doc, 'section', 'panel');
  panel.id = 'loket-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'loket-title');

  const header = el(doc, 'header');
  const headerLogo = logo(doc, options.logoUrl);
  if (headerLogo) header.append(headerLogo);
  const title = el(doc, 'h2', undefined, options.title);
  title.id = 'loket-title';
  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', texts.close);
  header.append(title, close);

  const scroll = el(doc, 'div', 'scroll');
  const intro = el(doc, 'div', 'intro');
  intro.append(el(doc, 'p', undefined, texts.intro));
  const about = createLink(doc, options.aboutUrl, texts.about);
  about.append(el(doc, 'span', 'visually-hidden', ` ${texts.newTab}`));
  intro.append(about);
  // The live region wraps the list: role="log" on the <ol> itself would take away its list
  // semantics, leaving its <li> items outside any list for assistive technology (axe: listitem).
  const region = el(doc, 'div', 'log-region');
  region.setAttribute('role', 'log');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-label', texts.log);
  const log = el(doc, 'ol', 'log');
  region.append(log);
  scroll.append(intro, region);

  const status = el(doc, 'p', 'status');
  status.setAttribute('role', 'status');

  const form = el(doc, 'form', 'ask');
  const label = el(doc, 'label', 'visually-hidden', texts.inputLabel);
  label.htmlFor = 'loket-input';
  const input = el(doc, 'textarea');
  input.id = 'loket-input';
  input.rows = 1;
  input.maxLength = 2000;
  input.placeholder = texts.placeholder;
  input.dir = 'auto';
  const send = el(doc, 'button', 'primary', texts.send);
  send.type = 'submit';
  form.append(label, input, send);

  const actions = el(doc, 'div', 'actions');
  const human = el(doc, 'button', undefined, texts.human);
  human.type = 'button';
  actions.append(human);

  panel.append(header, scroll, status, form, actions);
  wrapper.append(panel, launcher);
  root.append(wrapper);
  const setBranding = (text: string, logoUrl: string | null) => {
    title.textContent = text;
    launcher.setAttribute('aria-label', `${texts.launcher} – ${text}`);
    for (const parent of [launcher, header]) {
      parent.querySelector('.logo')?.remove();
      const img = logo(doc, logoUrl);
      if (img) parent.prepend(img);
    }
  };
  return { launcher, panel, close, scroll, log, status, form, input, send, human, setBranding };
}
