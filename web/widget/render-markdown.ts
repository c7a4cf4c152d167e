// Builds DOM nodes from light-Markdown tokens with createElement and textContent only.
import type { Block, Inline } from './light-markdown.js';

/** A fragment with one <p> or <ul> per block; links open in a new tab without opener. */
export function renderBlocks(doc: Document, blocks: readonly Block[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const p = doc.createElement('p');
      block.lines.forEach((line, i) => {
        if (i > 0) p.append(doc.createElement('br'));
        appendInline(doc, p, line);
      });
      fragment.append(p);
    } else {
      const ul = doc.createElement('ul');
      for (const item of block.items) {
        const li = doc.createElement('li');
        appendInline(doc, li, item);
        ul.append(li);
      }
      fragment.append(ul);
    }
  }
  return fragment;
}

function appendInline(doc: Document, parent: HTMLElement, runs: readonly Inline[]): void {
  for (const run of runs) {
    if (run.kind === 'text') {
      parent.append(doc.createTextNode(run.text));
    } else if (run.kind === 'strong') {
      const strong = doc.createElement('strong');
      strong.textContent = run.text;
      parent.append(strong);
    } else {
      parent.append(createLink(doc, run.href, run.text));
    }
  }
}

/** An <a> to an http(s) URL that the caller has checked, opening in a new tab. */
export function createLink(doc: Document, href: string, text: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  a.textContent = text;
  return a;
}
