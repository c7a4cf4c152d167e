// Turns HTML from outside sources (catalogue texts, web pages) into safe Markdown: an allow-list first, then turndown.
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/**
 * The HTML that survives, for every source: text structure, lists, tables and links, no attribute
 * but a link's href. One list for the catalogue and web pages alike, since both end up in the same
 * concept sections and are shown by the same widget.
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
    'code', 'strong', 'b', 'em', 'i', 'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The text inside these is code, an embedded page or a control, never content for a resident;
  // every other disallowed element is unwrapped and its text kept.
  nonTextTags: [
    'script', 'style', 'textarea', 'option', 'select', 'button', 'noscript', 'iframe', 'object', 'embed', 'template',
    'svg', 'math', 'head', 'title',
  ],
  transformTags: {
    // A relative link ("/node/21473" in IPDC) leads nowhere once the text is read elsewhere.
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      const kept: sanitizeHtml.Attributes = SAFE_HREF.test(href) ? { href: href.replace(/\s/g, encodeURIComponent) } : {};
      return { tagName, attribs: kept };
    },
  },
};

/**
 * Markdown for `html`: sanitised with the allow-list above (so nothing can carry script or
 * markup), then converted with ATX headings, `-` bullets, `_`/`**` emphasis, fenced code and tables
 * as pipe rows. Links keep only absolute http(s) and mailto hrefs (make relative ones absolute
 * before, where there is a base); other links become their text. `<br>` becomes a line break; no-break
 * spaces become spaces; text that reads as a tag (`&lt;script&gt;`) stays escaped text. Pure; '' for
 * blank or tag-only input.
 */
export function htmlToMarkdown(html: string): string {
  const clean = sanitizeHtml(html, SANITIZE);
  if (clean.trim() === '') return '';
  return turndown
    .turndown(clean)
    .replace(/\u00a0/g, ' ')
    // Trailing spaces would be turndown's hard break after <br>; the line break itself stays.
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const turndown = createTurndown();

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
  });
  const escapeMarkdown = service.escape.bind(service);
  // Text such as "&lt;script&gt;" must stay text: a Markdown renderer would pass a raw "<script>" on.
  service.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');
  // Cost tables ("Kostprijs") are common on municipal pages; turndown core would run their cells together.
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) => ` ${content.replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim()} |`,
  });
  service.addRule('tableRow', {
    filter: 'tr',
    replacement: (content, node) => {
      const row = `|${content}\n`;
      if (!isFirstRow(node as Element)) return row;
      const cells = Array.from((node as Element).children).filter((cell) => /^t[hd]$/i.test(cell.nodeName)).length;
      return `\n${row}|${' --- |'.repeat(Math.max(1, cells))}\n`;
    },
  });
  service.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: (content) => content });
  service.addRule('table', { filter: 'table', replacement: (content) => `\n\n${content.trim()}\n\n` });
  service.addRule('caption', { filter: 'caption', replacement: (content) => `\n\n${content.trim()}\n\n` });
  return service;
}

function isFirstRow(row: Element): boolean {
  const table = row.closest('table');
  return !!table && table.querySelector('tr') === row;
}
