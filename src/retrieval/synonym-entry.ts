// The shape of one row of a synonym table (Dutch variants or English → official Dutch).

/**
 * Words or phrases residents use (`terms`) and the vocabulary the official content uses
 * for the same thing (`canonical`). Query analysis adds the canonical phrases when any term
 * occurs; matching is on stems, so inflections of a term match too. `note` says why the
 * entry is general knowledge of the language, not a fix for one question.
 */
export interface SynonymEntry {
  readonly terms: readonly string[];
  readonly canonical: readonly string[];
  readonly note: string;
}
