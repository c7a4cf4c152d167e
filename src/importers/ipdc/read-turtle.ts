// Parses Turtle (with its subset N-Triples), N3 and N-Quads text into quads with n3.
import { DataFactory, Parser, type Quad } from 'n3';
import type { Problem } from '../../errors/index.js';
import { aliasLongLanguageTags } from './long-language-tags.js';

/** The RDF text formats n3 reads here. */
export type RdfTextFormat = 'text/turtle' | 'text/n3' | 'application/n-quads';

/** Quads, or the one syntax problem (with its line) that stopped the parser. */
export interface ParsedRdf {
  quads: Quad[];
  problems: Problem[];
}

/**
 * Parses `text` in `format`, resolving relative IRIs against `baseIri`. A syntax error gives
 * one problem with n3's line number and no quads: a half-read file would give half products.
 */
export function parseRdfText(text: string, options: { file: string; baseIri: string; format: RdfTextFormat }): ParsedRdf {
  const aliased = aliasLongLanguageTags(text);
  let quads: Quad[];
  try {
    quads = new Parser({ baseIRI: options.baseIri, format: options.format }).parse(aliased.text);
  } catch (error) {
    const line = (error as { context?: { line?: unknown } }).context?.line;
    const problem: Problem = { file: options.file, message: `${syntaxName(options.format)} syntax error: ${(error as Error).message}` };
    if (typeof line === 'number') problem.line = line;
    return { quads: [], problems: [problem] };
  }
  return { quads: quads.map((quad) => restoreLanguage(quad, aliased.restore)), problems: [] };
}

function restoreLanguage(quad: Quad, restore: (tag: string) => string): Quad {
  const object = quad.object;
  if (object.termType !== 'Literal' || object.language === '') return quad;
  const original = restore(object.language);
  if (original === object.language) return quad;
  return DataFactory.quad(quad.subject, quad.predicate, DataFactory.literal(object.value, original), quad.graph);
}

function syntaxName(format: RdfTextFormat): string {
  return format === 'application/n-quads' ? 'N-Quads' : format === 'text/n3' ? 'N3' : 'Turtle';
}
