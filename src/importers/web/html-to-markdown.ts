// Turns a page's main-content HTML into Markdown: allow-list sanitising first, then turndown.
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';

/** The HTML that survives: text structure, tables and links; no attributes but href. */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
    'code', 'strong', 'b', 'em', 'i', 'a', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  allowProtocolRelative: false,
  // Text of these is never content; everything else disallowed is unwrapped and its text kept.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title', 'button', 'select', 'svg'],
};

/**
 * Markdown for `html`: sanitised with an allow-list (so whatever slipped past extraction
 * cannot carry script or markup), then converted with ATX headings, `-` bullets, fenced code
 * and tables as pipe rows. Links keep only absolute http(s) hrefs (make them absolute
 * before); other links become their text. No-break spaces become spaces. Pure.
 */
export function htmlToMarkdown(html: string): string {
  const clean = sanitizeHtml(html, SANITIZE);
  return turndown
    .turndown(clean)
    .replace(/\u00a0/g, ' ')
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
