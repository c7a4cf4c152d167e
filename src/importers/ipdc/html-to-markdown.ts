// Turns the HTML in IPDC texts into safe Markdown: an allow-list first, then turndown.
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

const SANITIZE: sanitizeHtml.IOptions = {
  // br is kept too: dropping it would glue two lines of an address or a list of hours together.
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'a', 'em', 'i', 'strong', 'b', ...HEADINGS],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The text inside these is code or an embedded page, never content for a resident.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'math', 'head', 'title'],
  transformTags: {
    // Relative links ("/node/21473" in IPDC) lead nowhere outside the catalogue's own site.
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').trim();
      const kept: sanitizeHtml.Attributes = SAFE_HREF.test(href) ? { href: href.replace(/\s/g, encodeURIComponent) } : {};
      return { tagName, attribs: kept };
    },
  },
};

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_', strongDelimiter: '**' });
const escapeMarkdown = turndown.escape.bind(turndown);
// Text such as "&lt;script&gt;" must stay text: a Markdown renderer would pass a raw "<script>" on.
turndown.escape = (text: string) => escapeMarkdown(text).replace(/</g, '\\<');

/**
 * Sanitises IPDC HTML into Markdown. Only paragraphs, line breaks, lists, links
 * (http, https, mailto; others keep their text), emphasis and headings survive; scripts,
 * frames, styles and every attribute but a link's href are dropped. Pure; '' for blank input.
 */
export function ipdcHtmlToMarkdown(html: string): string {
  const clean = sanitizeHtml(html, SANITIZE);
  if (clean.trim() === '') return '';
  return turndown
    .turndown(clean)
    .replace(/^[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
