// The public register as JSON: published entries with their public URL and dates, never who wrote them.
import { registerEntrySchema, type RegisterEntry } from '../entry-schema.js';
import type { StoredEntry } from '../entry-store.js';

/** One entry as the public JSON export shows it: the entry's fields after the public metadata. */
export type PublicEntryJson = {
  id: string;
  url: string;
  /** ISO 8601 UTC. */
  publishedAt: string | null;
  updatedAt: string;
  /** The lead organisation's Loket tenant, or null. */
  tenant: string | null;
} & RegisterEntry;

/** The JSON export document. */
export interface PublicRegisterJson {
  generatedAt?: string;
  count: number;
  entries: PublicEntryJson[];
}

/**
 * The entries as a public JSON document, in the order given. Built from the public metadata
 * and the schema's fields only, so staff identity (`author`), review state and any stray stored key
 * never reach it. `generatedAt` is included
 * when given (left out by default so the same register gives the same bytes, for caching). Pure.
 */
export function entriesToJson(
  entries: readonly StoredEntry[],
  options: { entryUrl: (id: string) => string; generatedAt?: Date },
): PublicRegisterJson {
  return {
    ...(options.generatedAt ? { generatedAt: options.generatedAt.toISOString() } : {}),
    count: entries.length,
    entries: entries.map((stored) => ({
      id: stored.id,
      url: options.entryUrl(stored.id),
      publishedAt: stored.publishedAt?.toISOString() ?? null,
      updatedAt: stored.updatedAt.toISOString(),
      tenant: stored.tenantId,
      ...schemaFields(stored.entry),
    })),
  };
}

const ENTRY_FIELDS = Object.keys(registerEntrySchema.shape);

// Stored JSON may carry keys an older version of the schema had; only the schema's fields are public.
function schemaFields(entry: RegisterEntry): RegisterEntry {
  const source = entry as Record<string, unknown>;
  return Object.fromEntries(ENTRY_FIELDS.filter((key) => source[key] !== undefined).map((key) => [key, source[key]])) as RegisterEntry;
}
