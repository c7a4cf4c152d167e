// Reads one IPDC/LPDC file (Turtle or JSON-LD) into products, collecting every problem.
import type { IpdcReadResult } from './ipdc-product.js';
import { mapProducts } from './map-product.js';
import { createRdfGraph } from './rdf-graph.js';
import { parseJsonLd } from './read-json-ld.js';
import { parseRdfText, type ParsedRdf, type RdfTextFormat } from './read-turtle.js';

/** Files above this size (10 MB, counted in UTF-8 bytes) are refused before they are parsed. */
export const MAX_IPDC_FILE_BYTES = 10 * 1024 * 1024;

/** How a file's text is parsed. */
export type IpdcFileFormat = RdfTextFormat | 'application/ld+json';

/** The format by file name (.ttl/.nt/.n3/.nq, .jsonld/.json-ld/.json), else sniffed from the first character. */
export function ipdcFileFormat(fileName: string, content: string): IpdcFileFormat {
  const name = fileName.toLowerCase();
  if (/\.(ttl|nt)$/.test(name)) return 'text/turtle';
  if (name.endsWith('.n3')) return 'text/n3';
  if (name.endsWith('.nq')) return 'application/n-quads';
  if (/\.(jsonld|json-ld|json)$/.test(name)) return 'application/ld+json';
  return /^\s*[[{]/.test(content) ? 'application/ld+json' : 'text/turtle';
}

/** Parses `content` in `format` into quads; relative IRIs resolve against `baseIri`. */
export async function parseIpdcText(content: string, options: { file: string; baseIri: string; format: IpdcFileFormat }): Promise<ParsedRdf> {
  if (options.format === 'application/ld+json') return parseJsonLd(content, options);
  return parseRdfText(content, { ...options, format: options.format });
}

/**
 * Reads one file; format from the name (.ttl/.nt/.n3 → Turtle, .jsonld/.json-ld/.json →
 * JSON-LD) or sniffed. Never throws for bad data: problems name the file, the line (Turtle)
 * or the product IRI and field. A file over MAX_IPDC_FILE_BYTES, an empty file or a syntax
 * error gives problems and no products. Problems for one product do not drop the others; a
 * product without a Dutch title is a problem and left out. Throws only for programming errors.
 */
export async function readIpdcFile(file: { fileName: string; content: string }): Promise<IpdcReadResult> {
  const { fileName } = file;
  const bytes = Buffer.byteLength(file.content, 'utf8');
  if (bytes > MAX_IPDC_FILE_BYTES) {
    const size = (bytes / 1024 / 1024).toFixed(1);
    return { products: [], problems: [{ file: fileName, message: `file is ${size} MB; the limit is ${MAX_IPDC_FILE_BYTES / 1024 / 1024} MB` }] };
  }
  const content = file.content.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { products: [], problems: [{ file: fileName, message: 'file is empty' }] };
  const parsed = await parseIpdcText(content, {
    file: fileName,
    baseIri: `file:///ipdc/${encodeURIComponent(fileName)}`,
    format: ipdcFileFormat(fileName, content),
  });
  if (parsed.problems.length > 0) return { products: [], problems: parsed.problems };
  const result = mapProducts(createRdfGraph(parsed.quads), fileName);
  if (result.products.length === 0 && result.problems.length === 0) {
    result.problems.push({ file: fileName, message: 'no IPDC concept or LPDC instance found: no subject has one of their rdf:types' });
  }
  return result;
}
