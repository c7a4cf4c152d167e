// Case- and diacritic-folded copy of a text that still knows the original offsets.

/** A folded text and the way back from its offsets to those of the original. */
export interface FoldedText {
  folded: string;
  /** Original offset of folded offset `index` (the text length for `folded.length`). */
  originalOffset(index: number): number;
}

// NFD splits an accented letter into the letter and a combining mark ("é" → "e" + U+0301).
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower-cases `text` and strips diacritics ("Kérkstraat" → "kerkstraat") so resident
 * addresses match however they are typed. ASCII text keeps its offsets, so it is folded
 * without building an offset table. Never throws.
 */
export function foldText(text: string): FoldedText {
  if (ASCII.test(text)) return { folded: text.toLowerCase(), originalOffset: (index) => index };
  let folded = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = char.charCodeAt(0) < 0x80 ? char.toLowerCase() : char.normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let i = 0; i < piece.length; i++) offsets.push(index);
    folded += piece;
    index += char.length;
  }
  return { folded, originalOffset: (at) => offsets[at] ?? text.length };
}
