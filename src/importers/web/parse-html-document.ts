// Parses any HTML, however broken, into a linkedom document with everything in its body.
import { parseHTML } from 'linkedom';
import { repairNesting } from './repair-nesting.js';

const STRUCTURE_TAGS = /<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi;

/**
 * A document whose body holds all of `html`, with unclosed tags repaired (see repairNesting).
 * linkedom builds an unusable tree from pages without `<html>`/`<body>` (the first element
 * becomes the root, or `document.body` throws), so the structure tags are dropped and the rest is
 * put in a fresh `<body>`. Head elements (`<title>`, `<meta>`, `<base>`) therefore sit in the
 * body too: read them with querySelector before removing them.
 */
export function parseHtmlDocument(html: string): Document {
  const inner = html.replace(STRUCTURE_TAGS, '');
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`);
  repairNesting(document.body);
  return document;
}
