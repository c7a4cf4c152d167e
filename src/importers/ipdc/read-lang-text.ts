// Reads language-tagged literals into a LangText, reporting tags Loket does not keep.
import type { LangText } from './ipdc-product.js';
import { htmlToMarkdown } from '../html/index.js';
import { canonicalLanguage } from './language-tags.js';
import { report, type MapContext } from './map-context.js';
import { curie } from './vocabulary.js';

/**
 * The text of `subject`'s `predicate` per language. `html` texts become sanitised Markdown,
 * others are trimmed plain text. An unknown or missing language tag, or a second different
 * text in one language, is a problem on `field`; the first text per language is kept.
 */
export function readLangText(ctx: MapContext, subject: string, predicate: string, field: string, options: { html: boolean }): LangText {
  const text: LangText = {};
  for (const term of ctx.graph.objects(subject, predicate)) {
    if (term.termType !== 'Literal') continue;
    const tag = term.language;
    if (tag === '') {
      report(ctx, field, `${curie(predicate)} "${preview(term.value)}" has no language tag; it is left out`);
      continue;
    }
    const language = canonicalLanguage(tag);
    if (language === undefined) {
      report(ctx, field, `${curie(predicate)} has unknown language tag "${tag}"; that text is left out`);
      continue;
    }
    const value = options.html ? htmlToMarkdown(term.value) : term.value.replace(/\s+/g, ' ').trim();
    if (value === '') continue;
    const existing = text[language];
    if (existing === undefined) text[language] = value;
    else if (existing !== value) report(ctx, field, `${curie(predicate)} has two different "${language}" texts; the first is kept`);
  }
  return text;
}

function preview(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
