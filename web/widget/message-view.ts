// One message of the conversation as a list item: who speaks, the text, and for the bot its sources and quick replies.
import type { Texts } from './dictionary.js';
import { parseLightMarkdown } from './light-markdown.js';
import { createLink, renderBlocks } from './render-markdown.js';
import { isSafeHttpUrl } from './safe-url.js';
import type { Role, Source } from './wire-types.js';

/** A message item with its body; `setText` re-renders the body (streamed text, then the final reply). */
export interface MessageView {
  item: HTMLLIElement;
  setText(text: string, sources?: readonly Source[]): void;
}

const LABEL: Record<Role, keyof Texts> = { resident: 'resident', bot: 'bot', agent: 'agent' };

/** A message by `role`; the text is rendered as light Markdown (links only to `sources`). */
export function createMessage(doc: Document, texts: Texts, role: Role, text: string): MessageView {
  const item = doc.createElement('li');
  item.className = `msg ${role}`;
  const who = doc.createElement('span');
  who.className = 'who';
  who.textContent = texts[LABEL[role]];
  const body = doc.createElement('div');
  body.className = 'body';
  body.dir = 'auto';
  item.append(who, body);
  const setText = (value: string, sources: readonly Source[] = []) => {
    const urls = sources.map((s) => s.url).filter(isSafeHttpUrl);
    body.replaceChildren(renderBlocks(doc, parseLightMarkdown(value, urls)));
  };
  setText(text);
  return { item, setText };
}

/** A short line from the widget itself (state of a handoff, an error), not spoken by anyone. */
export function createNotice(doc: Document, text: string): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'msg notice';
  item.textContent = text;
  return item;
}

/** The sources as a list: a link for an http(s) URL, plain text for anything else. */
export function createSources(doc: Document, texts: Texts, sources: readonly Source[]): HTMLElement | null {
  if (sources.length === 0) return null;
  const box = doc.createElement('div');
  box.className = 'sources';
  const heading = doc.createElement('span');
  heading.textContent = `${texts.sources}:`;
  const list = doc.createElement('ul');
  for (const source of sources) {
    const li = doc.createElement('li');
    li.dir = 'auto';
    if (isSafeHttpUrl(source.url)) {
      const link = createLink(doc, source.url, source.title);
      const hint = doc.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = ` ${texts.newTab}`;
      link.append(hint);
      li.append(link);
    } else {
      li.textContent = source.title;
    }
    list.append(li);
  }
  box.append(heading, list);
  return box;
}

/** Quick-reply buttons; `onPick` receives the suggestion's text. */
export function createSuggestions(doc: Document, texts: Texts, suggestions: readonly string[], onPick: (text: string) => void): HTMLElement | null {
  if (suggestions.length === 0) return null;
  const group = doc.createElement('div');
  group.className = 'chips';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', texts.suggestions);
  for (const suggestion of suggestions) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dir = 'auto';
    button.textContent = suggestion;
    button.addEventListener('click', () => onPick(suggestion));
    group.append(button);
  }
  return group;
}
