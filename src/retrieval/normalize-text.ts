// Folds Dutch text to a canonical lowercase ASCII form so that spelling variants index alike.

// Letters that NFKD does not decompose into an ASCII base plus combining marks.
const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

// Private-use placeholders protect in-word punctuation from the separator pass.
const KEEP_IN_WORD: Readonly<Record<string, string>> = {
  '.': '\uE000', ',': '\uE001', ':': '\uE002', '-': '\uE003',
};
const RESTORE: Readonly<Record<string, string>> = {
  '\uE000': '.', '\uE001': ',', '\uE002': ':', '\uE003': '-',
};

const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212\u00AD\uFE58\uFE63\uFF0D]/g;

/**
 * Lowercases, strips diacritics (é→e, ë→e), unifies apostrophes and dashes and turns every
 * other character into a separator. The result is words of [a-z0-9] separated by single
 * spaces; a word may keep inner hyphens between letters or digits ("kids-id") and a `.`,
 * `,` or `:` between two digits ("24,50", "08:30"). Apostrophes inside a word are dropped
 * ("auto's" → "autos"). Non-Latin scripts become separators.
 * Idempotent: normalizeText(normalizeText(x)) === normalizeText(x). Never throws.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþı]/g, (ch) => FOLDS[ch] ?? ' ')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(/([a-z0-9])'+(?=[a-z])/g, '$1')
    .replace(/(\d)([.,:])(?=\d)/g, (_m, digit: string, sep: string) => digit + (KEEP_IN_WORD[sep] ?? ' '))
    .replace(/([a-z0-9])-+(?=[a-z0-9])/g, `$1${KEEP_IN_WORD['-']}`)
    .replace(/[^a-z0-9\uE000-\uE003]+/g, ' ')
    .replace(/[\uE000-\uE003]/g, (ch) => RESTORE[ch] ?? ' ')
    .trim();
}
