// Splits a page's Markdown into sections at its headings of level 1 to 3.
import type { WebSection } from './types.js';

const HEADING = /^(#{1,3})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(```|~~~)/;

/**
 * Sections of `markdown`, split at ATX headings `#`, `##` and `###` outside code fences (h1 counts
 * as h2, as readability renames it; h4–h6 stay in the text). Text before the first heading is
 * headed by `title`. Headings are plain text (links, emphasis and escapes removed). A section
 * without text is dropped, and a section headed like the one before it (an h1 repeating the
 * title, say) is merged into it. Pure.
 */
export function splitSections(markdown: string, title: string): WebSection[] {
  const drafts: Array<{ heading: string; lines: string[] }> = [{ heading: title, lines: [] }];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const current = drafts[drafts.length - 1]!;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fenceMark && (fence === undefined || fence === fenceMark)) fence = fence === undefined ? fenceMark : undefined;
    const heading = fence === undefined && !fenceMark ? HEADING.exec(line) : null;
    const text = heading ? plainHeading(heading[2] ?? '') : '';
    if (text) drafts.push({ heading: text, lines: [] });
    else if (!heading) current.lines.push(line);
  }
  const sections: WebSection[] = [];
  for (const draft of drafts) {
    const text = draft.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
    if (!text) continue;
    const previous = sections[sections.length - 1];
    if (previous && sameHeading(previous.heading, draft.heading)) previous.text = `${previous.text}\n\n${text}`;
    else sections.push({ heading: draft.heading, text });
  }
  return sections;
}

/** Heading text without Markdown: `[Kostprijs](https://…)` → Kostprijs, `**x**` → x, `\*` → *. */
function plainHeading(markdown: string): string {
  // Escaped characters are set aside first, so `\*` is never read as emphasis.
  const escaped: string[] = [];
  const unescaped = markdown.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_match, character: string) => `\u0000${escaped.push(character) - 1}\u0000`);
  return unescaped
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](.+?)[*_](?=\W|$)/g, '$1$2')
    .replace(/\u0000(\d+)\u0000/g, (_match, index: string) => escaped[Number(index)] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameHeading(a: string, b: string): boolean {
  return a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;
}
