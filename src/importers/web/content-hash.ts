// Fingerprints a page's extracted content, so a page counts as changed only when its own text changed.
import { createHash } from 'node:crypto';
import type { WebSection } from './types.js';

/**
 * The sha256 (hex) of the title and sections in canonical JSON. Boilerplate never reaches
 * the sections, so a new footer or banner does not change it. The title is included because
 * a consumer keeping the old page on "unchanged" would otherwise keep a stale title.
 */
export function contentHash(title: string, sections: readonly WebSection[]): string {
  const canonical = JSON.stringify([title, sections.map((section) => [section.heading, section.text])]);
  return createHash('sha256').update(canonical).digest('hex');
}
