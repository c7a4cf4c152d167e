// Finds which parts of a product description a question asks about (cost, requirements, …).
import { ASPECT_PATTERNS, type Aspect } from './aspect-lexicon.js';

export type { Aspect };

/** The aspects named in normalised `text`, in lexicon order. */
export function detectAspects(text: string): Aspect[] {
  return ASPECT_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ aspect }) => aspect);
}
