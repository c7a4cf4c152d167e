// The local governments involved in register entries: who leads, who takes part, and a stable slug for each.
import { normalizeText } from '../retrieval/index.js';
import type { RegisterEntry } from './entry-schema.js';
import type { StoredEntry } from './entry-store.js';

/** An organisation as one entry names it, with its role in that entry. */
export interface InvolvedOrganisation {
  slug: string;
  name: string;
  code?: string;
  role: 'lead' | 'partner';
}

/** An organisation across the register, with how many entries it is involved in and leads. */
export interface RegisterOrganisation {
  slug: string;
  name: string;
  code?: string;
  entryCount: number;
  leadCount: number;
}

/**
 * Lowercase ASCII slug of an organisation name for URLs and filters: diacritics stripped, every run
 * of other characters one dash ("Stad Kortrijk" → "stad-kortrijk", "OCMW Sint-Truiden" →
 * "ocmw-sint-truiden"). Empty for a name without letters or digits. Pure.
 */
export function organisationSlug(name: string): string {
  return normalizeText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The organisations of one entry: the lead first, then the partners in their order. A partner
 * that repeats an earlier one (the same code, ignoring dots and spaces, or the same slug) is left out.
 */
export function organisationsOf(entry: RegisterEntry): InvolvedOrganisation[] {
  const seenCodes = new Set<string>();
  const seenSlugs = new Set<string>();
  const result: InvolvedOrganisation[] = [];
  const candidates = [
    { organisation: entry.leadOrganisation, role: 'lead' as const },
    ...entry.partnerOrganisations.map((organisation) => ({ organisation, role: 'partner' as const })),
  ];
  for (const { organisation, role } of candidates) {
    const slug = organisationSlug(organisation.name);
    const code = organisation.code?.trim() || undefined;
    const codeKey = code?.replace(/[^0-9a-z]/gi, '').toLowerCase();
    if (seenSlugs.has(slug) || (codeKey && seenCodes.has(codeKey))) continue;
    seenSlugs.add(slug);
    if (codeKey) seenCodes.add(codeKey);
    result.push({ slug, name: organisation.name, ...(code ? { code } : {}), role });
  }
  return result;
}

/**
 * Every organisation involved in `entries`, grouped by slug (the slug is the organisation's
 * identity in URLs), sorted by name with Dutch collation. The name is the first spelling met in
 * `entries`' order; the code is the first one given. Pure.
 */
export function listOrganisations(entries: readonly StoredEntry[]): RegisterOrganisation[] {
  const bySlug = new Map<string, RegisterOrganisation>();
  for (const stored of entries) {
    for (const organisation of organisationsOf(stored.entry)) {
      const known = bySlug.get(organisation.slug);
      const item: RegisterOrganisation = known ?? { slug: organisation.slug, name: organisation.name, entryCount: 0, leadCount: 0 };
      if (item.code === undefined && organisation.code !== undefined) item.code = organisation.code;
      item.entryCount += 1;
      if (organisation.role === 'lead') item.leadCount += 1;
      if (!known) bySlug.set(organisation.slug, item);
    }
  }
  return [...bySlug.values()].sort(compareOrganisationNames);
}

/** Dutch collation of names, then slug so equal names keep a stable order. */
export function compareOrganisationNames(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return a.name.localeCompare(b.name, 'nl') || a.slug.localeCompare(b.slug);
}
