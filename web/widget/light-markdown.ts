// Parses reply text as light Markdown into a token tree that holds only text: no HTML ever passes.
import { isSafeHttpUrl } from './safe-url.js';

/** A run of text inside a line. `link` only ever carries an http(s) URL from the reply's sources. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'link'; text: string; href: string };

/** A paragraph (lines joined by line breaks) or a bullet list (one line per item). */
export type Block = { kind: 'paragraph'; lines: Inline[][] } | { kind: 'list'; items: Inline[][] };

const BULLET = /^\s*[-*]\s+/;
// Bold first, then [label](url); anything else is text. A label stays on one line; a URL may hold
// one level of balanced parentheses (Wikipedia-style URLs, and `javascript:alert(1)` must parse whole).
const INLINE = /\*\*([^*\n]+?)\*\*|\[([^\]\n]{1,300})\]\(((?:[^()\s]|\([^()\s]*\)){1,2000})\)/g;

/**
 * Splits `text` into blocks: blank lines separate paragraphs, lines starting with "- " or "* "
 * form lists, **x** is bold. A Markdown link becomes a link only when its URL is http(s) and one
 * of `allowedUrls` (the reply's sources); otherwise only its label is kept, as text.
 */
export function parseLightMarkdown(text: string, allowedUrls: readonly string[] = []): Block[] {
  const allowed = new Set(allowedUrls.filter(isSafeHttpUrl));
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      current = undefined;
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) {
      if (current?.kind !== 'list') blocks.push((current = { kind: 'list', items: [] }));
      current.items.push(parseInline(raw.slice(bullet[0].length).trim(), allowed));
    } else {
      if (current?.kind !== 'paragraph') blocks.push((current = { kind: 'paragraph', lines: [] }));
      current.lines.push(parseInline(raw.trim(), allowed));
    }
  }
  return blocks;
}

/** The inline runs of one line; adjacent text runs are merged. */
export function parseInline(line: string, allowed: ReadonlySet<string>): Inline[] {
  const runs: Inline[] = [];
  const pushText = (value: string) => {
    if (value === '') return;
    const last = runs[runs.length - 1];
    if (last?.kind === 'text') last.text += value;
    else runs.push({ kind: 'text', text: value });
  };
  let index = 0;
  for (const match of line.matchAll(INLINE)) {
    pushText(line.slice(index, match.index));
    const [whole, bold, label, url] = match;
    if (bold !== undefined) runs.push({ kind: 'strong', text: bold });
    else if (label !== undefined && url !== undefined && allowed.has(url)) runs.push({ kind: 'link', text: label, href: url });
    else pushText(label ?? whole);
    index = (match.index ?? 0) + whole.length;
  }
  pushText(line.slice(index));
  return runs;
}
