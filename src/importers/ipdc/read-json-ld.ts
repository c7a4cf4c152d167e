// Parses JSON-LD into quads without ever loading a remote document (contexts must be inline).
import jsonld from 'jsonld';
import type { Quad } from 'n3';
import type { Problem } from '../../errors/index.js';
import { parseRdfText, type ParsedRdf } from './read-turtle.js';

/**
 * Parses JSON-LD `text` into quads: jsonld.toRDF to N-Quads, then n3, so JSON-LD and Turtle
 * meet in the same graph. Relative IRIs resolve against `baseIri`. Every remote document
 * (a context URL, an @import) is refused: an import must not reach the network or depend on
 * a third party being up. Problems (JSON syntax with its line, a refused URL) come with no quads.
 */
export async function parseJsonLd(text: string, options: { file: string; baseIri: string }): Promise<ParsedRdf> {
  const { file } = options;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return failed(jsonSyntaxProblem(text, error as Error, file));
  }
  if (doc === null || typeof doc !== 'object') {
    return failed({ file, message: 'JSON-LD must be an object or an array of objects' });
  }
  const refused: string[] = [];
  const documentLoader = async (url: string): Promise<never> => {
    refused.push(url);
    throw new Error(`remote document "${url}" is not loaded`);
  };
  let nquads: string;
  try {
    const output = await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', base: options.baseIri, documentLoader });
    nquads = output as unknown as string;
  } catch (error) {
    if (refused.length > 0) {
      return failed({
        file,
        message: `remote JSON-LD context "${refused[0]}" is not fetched; put the context inline in the document (or use full IRIs)`,
      });
    }
    return failed({ file, message: `JSON-LD error: ${(error as Error).message}` });
  }
  const parsed = parseRdfText(nquads, { file, baseIri: options.baseIri, format: 'application/n-quads' });
  // Lines of the generated N-Quads say nothing about the file.
  return { quads: parsed.quads, problems: parsed.problems.map(({ line: _line, ...problem }) => problem) };
}

function failed(problem: Problem): { quads: Quad[]; problems: Problem[] } {
  return { quads: [], problems: [problem] };
}

/** The problem for a JSON.parse error, with the line when the message gives a line or a position. */
function jsonSyntaxProblem(text: string, error: Error, file: string): Problem {
  const problem: Problem = { file, message: `JSON syntax error: ${error.message.replace(/\s+/g, ' ')}` };
  const lineInMessage = /\(line (\d+) column \d+\)/.exec(error.message)?.[1];
  const position = /at position (\d+)/.exec(error.message)?.[1];
  if (lineInMessage !== undefined) problem.line = Number(lineInMessage);
  else if (position !== undefined) problem.line = text.slice(0, Number(position)).split('\n').length;
  return problem;
}
