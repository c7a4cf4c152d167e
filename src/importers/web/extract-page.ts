// Extracts a page's title and main content, split into Markdown sections, from its HTML.
import { Readability } from '@mozilla/readability';
import type { WebSection } from './types.js';
import { parseHtmlDocument } from './parse-html-document.js';
import { absolutizeLinks } from './absolutize-links.js';
import { headTitle, pageTitle } from './page-title.js';
import { stripBoilerplate } from './strip-boilerplate.js';
import { htmlToMarkdown } from '../html/index.js';
import { splitSections } from './split-sections.js';

/**
 * Below this share of the site's own main landmark's text, readability is taken to have cut
 * real content (it drops link lists and short tables as clutter, and municipal "Meer
 * informatie" sections are exactly that), and the landmark is used instead.
 */
const MIN_SHARE_OF_LANDMARK = 0.7;

/**
 * Readability's scoring grows faster than the page: measured on a 4.8 MB page of ~90,000
 * elements it took 6 s of the 11 s extraction (a worker's time, see extraction-pool.ts, but
 * still time against the 30 s limit). Pages above this many elements (about 1 MB of ordinary
 * HTML; municipal pages hold a few thousand) go straight to the landmark or body, which
 * boilerplate stripping has already cleaned.
 */
const MAX_ELEMENTS_FOR_READABILITY = 20_000; // counted here: readability's own maxElemsToParse sees 0 elements in linkedom

/**
 * Extracts a page from HTML (readability on linkedom; falls back to <main>/<article>/<body> when
 * readability finds nothing); sanitises and converts to Markdown; splits at h2/h3. Pure and
 * synchronous: a large page takes seconds, so crawls run it in the extraction pool's workers.
 *
 * Before readability runs, scripts, styles, nav, the site header, footers, forms, dialogs,
 * hidden elements and cookie banners are removed and links made absolute (`url` is the base),
 * so none of them can reach the text. When the page marks its main content (`<main>`,
 * `role=main` or one `<article>`) and readability kept less than 70% of its text, the
 * landmark is used; so it is for pages too large for readability (over 20,000 elements).
 * Broken HTML (unclosed tags, no `<body>`) yields what it holds. Never throws for any HTML;
 * the sections are empty when the page has no text.
 */
export function extractPage(html: string, url: string): { title: string; sections: WebSection[] } {
  const document = parseHtmlDocument(html);
  const fromHead = headTitle(document);
  absolutizeLinks(document, url);
  stripBoilerplate(document);
  const title = pageTitle(document, fromHead, url);
  const landmark = document.querySelector('main, [role=main]') ?? singleArticle(document);
  const fallback = landmark ?? document.body;
  const fallbackHtml = fallback.innerHTML;
  const fallbackLength = textLength(fallback.textContent);
  // Readability changes the document it reads, so the fallback is serialised first.
  const article = document.body.querySelectorAll('*').length <= MAX_ELEMENTS_FOR_READABILITY ? readArticle(document) : undefined;
  const useArticle =
    article !== undefined &&
    article.length > 0 &&
    (landmark === null || article.length >= MIN_SHARE_OF_LANDMARK * fallbackLength);
  const markdown = htmlToMarkdown(useArticle ? article.html : fallbackHtml);
  return { title, sections: splitSections(markdown, title) };
}

function readArticle(document: Document): { html: string; length: number } | undefined {
  try {
    const article = new Readability(document, { charThreshold: 100 }).parse();
    if (!article?.content) return undefined;
    return { html: article.content, length: textLength(article.textContent) };
  } catch (error) {
    // Readability walks the DOM in ways linkedom does not always support; the fallback still holds the content.
    if (error instanceof Error) return undefined;
    throw error;
  }
}

function singleArticle(document: Document): Element | null {
  const articles = document.querySelectorAll('article');
  return articles.length === 1 ? articles[0]! : null;
}

function textLength(text: string | null | undefined): number {
  return (text ?? '').replace(/\s+/g, '').length;
}
