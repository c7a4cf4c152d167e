// Normalises a column or worksheet name so that "Trefwóórden", "TREFWOORDEN" and "trefwoorden" match.

/** Lowercase, without accents, with runs of spaces, "_" and "-" as one space, trimmed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
