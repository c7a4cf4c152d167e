// Reads and writes the regional concepts shared by every municipality of the deployment.
import type { Queryable } from '../storage/index.js';
import type { Concept } from './content-types.js';

/** Every stored concept, ordered by id. */
export async function loadConcepts(db: Queryable): Promise<Concept[]> {
  const rows = await db.query<{ id: string; title: string; theme: string; keywords: string[]; sections: Concept['sections']; origin: string | null; source_url: string | null; translations: Concept['translations'] | null }>(
    'select id, title, theme, keywords, sections, origin, source_url, translations from concepts order by id',
  );
  // Absent rather than null, so a stored concept compares equal to the same concept read from a pack.
  return rows.map(({ id, title, theme, keywords, sections, origin, source_url, translations }) => ({
    id, title, theme, keywords, sections,
    ...(origin !== null ? { origin } : {}),
    ...(source_url !== null ? { sourceUrl: source_url } : {}),
    ...(translations !== null ? { translations } : {}),
  }));
}

/** The ids of every stored concept. */
export async function loadConceptIds(db: Queryable): Promise<Set<string>> {
  return new Set((await db.query<{ id: string }>('select id from concepts')).map((row) => row.id));
}

/** Inserts or updates `concepts`, then deletes the concepts whose ids are in `removedIds`. */
export async function saveConcepts(tx: Queryable, concepts: readonly Concept[], removedIds: readonly string[]): Promise<void> {
  if (concepts.length > 0) {
    await tx.query(
      `insert into concepts (id, title, theme, keywords, sections, origin, source_url, translations)
       select id, title, theme, keywords, sections, origin, "sourceUrl", translations
       from jsonb_to_recordset($1::jsonb) as x(id text, title text, theme text, keywords jsonb, sections jsonb,
         origin text, "sourceUrl" text, translations jsonb)
       on conflict (id) do update set title = excluded.title, theme = excluded.theme,
         keywords = excluded.keywords, sections = excluded.sections, origin = excluded.origin,
         source_url = excluded.source_url, translations = excluded.translations`,
      [JSON.stringify(concepts)],
    );
  }
  if (removedIds.length > 0) {
    await tx.query('delete from concepts where id = any($1::text[])', [removedIds]);
  }
}

/** Which tenants still use each of `conceptIds` (concept id → tenant ids). */
export async function conceptUsers(db: Queryable, conceptIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await db.query<{ concept_id: string; tenants: string[] }>(
    `select concept_id, array_agg(tenant_id order by tenant_id) as tenants
     from instances where concept_id = any($1::text[]) group by concept_id`,
    [conceptIds],
  );
  return new Map(rows.map((row) => [row.concept_id, row.tenants]));
}
