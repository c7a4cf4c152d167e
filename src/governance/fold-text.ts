// Case- and diacritic-folded copy of a text that still knows the original offsets.

/** A folded text and, per folded UTF-16 unit, the offset of its source character. */
export interface FoldedText {
  folded: string;
  /** `offsets[i]` is the original offset of folded unit i; `offsets[folded.length]` is the text length. */
  offsets: number[];
}

// NFD splits an accented letter into the letter and a combining mark ("é" → "e" + U+0301).
const MARKS = /\p{M}/gu;

/**
 * Lower-cases `text` and strips diacritics ("Kérkstraat" → "kerkstraat") so resident
 * addresses match however they are typed. ASCII text is folded without a per-character
 * walk. Never throws.
 */
export function foldText(text: string): FoldedText {
  if (/^[\x00-\x7f]*$/.test(text)) {
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
    return { folded: text.toLowerCase(), offsets };
  }
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let i = 0; i < piece.length; i++) offsets.push(index);
    folded += piece;
    index += char.length;
  }
  offsets.push(text.length);
  return { folded, offsets };
}
