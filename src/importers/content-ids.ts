// Stable ids for imported products: the same page or catalogue product always gets the same id.
import { createHash } from 'node:crypto';

/** A short stable hash of `text` (10 hex characters of sha256). */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** Lowercase ASCII slug, at most `max` characters: "Akte van geboorte" → "akte-van-geboorte". */
export function slug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
