// Regular-expression fragments that keep a detector from matching inside a longer token.

/**
 * Must precede every numeric or code-like match: no letter, digit, underscore or "+" just
 * before, and no digit followed by a joining mark (".", ",", "/", "-"), so "12.85073003328"
 * or "+++090/9337/55493+++" yield nothing. Source text for a RegExp with the `u` flag.
 */
export const TOKEN_START = String.raw`(?<![\p{L}\p{N}_+])(?<!\p{N}[.,\/-])`;

/**
 * Must follow every numeric or code-like match: no letter, digit or underscore just after,
 * and no joining mark followed by a digit. Shared by all detectors so that neighbouring
 * findings agree on where a token ends.
 */
export const TOKEN_END = String.raw`(?![\p{L}\p{N}_])(?![.,\/-]\p{N})`;

/** One optional separator inside a written number: a space, or ".", "/", "-" with optional spaces. */
export const NUMBER_SEPARATOR = String.raw`(?:[ \u00a0]?[.\/-][ \u00a0]?|[ \u00a0])?`;
