// The shared expander over the built-in Dutch and English synonym tables, built on first use.

import { createSynonymExpander, type SynonymExpander } from './create-synonym-expander.js';
import { DUTCH_SYNONYMS } from './synonyms-nl.js';
import { ENGLISH_SYNONYMS } from './synonyms-en.js';

let shared: SynonymExpander | undefined;

/** The expander over DUTCH_SYNONYMS and ENGLISH_SYNONYMS, built once and shared. */
export function defaultSynonymExpander(): SynonymExpander {
  shared ??= createSynonymExpander([DUTCH_SYNONYMS, ENGLISH_SYNONYMS]);
  return shared;
}
