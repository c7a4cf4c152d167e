// Normalises street names and resident spellings of them into comparable keys.

/** Generic street-type endings, longest first, so "Oude Heirbaan" has stem "oudeheir". */
const STREET_SUFFIXES = ['steenweg', 'straat', 'plein', 'dreef', 'laan', 'kaai', 'dijk', 'baan', 'weg', 'pad', 'lei'];

/** Words a resident puts before a street name ("in de Kerkstraat", "op de Molenberg"). */
const LEADING_FILLERS = new Set(['in', 'de', 'het', 'op', 'aan', 'langs', 'the', 'te']);

/**
 * Lower-cased, diacritics-free words of `text`, with house numbers and box numbers dropped and
 * common abbreviations expanded ("str." → "straat", "stwg" → "steenweg", "st-" → "sint").
 */
export function streetWords(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const words: string[] = [];
  for (const word of plain.split(' ')) {
    if (word === '' || /\d/.test(word) || word === 'bus' || word === 'nr') continue;
    if (word === 'st') words.push('sint');
    else if (word === 'str') words.push('straat');
    else if (word.endsWith('stwg')) words.push(`${word.slice(0, -4)}steenweg`);
    else if (word.endsWith('str') && word.length > 4) words.push(`${word}aat`);
    else words.push(word);
  }
  return words;
}

/** The comparison key of a street name or query: its words joined, leading fillers removed. */
export function streetKey(text: string): string {
  const words = streetWords(text);
  while (words.length > 1 && LEADING_FILLERS.has(words[0] ?? '')) words.shift();
  return words.join('');
}

/** The key without its street-type ending ("kerkstraat" → "kerk"), or the key itself if it has none. */
export function streetStem(key: string): string {
  const suffix = STREET_SUFFIXES.find((s) => key.endsWith(s) && key.length - s.length >= 3);
  return suffix ? key.slice(0, -suffix.length) : key;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Typos tolerated for a key of this length: none below 5 letters, 1 up to 8, 2 from 9. */
export function allowedTypos(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}
