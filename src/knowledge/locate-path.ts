// Finds the source line of a field path in a JSON or YAML text, so problems can name their line.
import { LineCounter, parseDocument, isNode } from 'yaml';

/** A function from a field path (as zod reports it) to a 1-based line, or undefined. */
export type PathLocator = (path: ReadonlyArray<PropertyKey>) => number | undefined;

/**
 * Builds a locator over `text` (JSON is read as YAML, which it is a subset of for this use).
 * For a missing field it returns the line of the nearest existing parent.
 */
export function createPathLocator(text: string, lineOffset = 0): PathLocator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  return (path) => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const keys = path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key));
      const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
}

/** The 1-based line of a character offset in `text`. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
