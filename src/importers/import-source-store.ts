// Remembers each outside source a municipality imports from: where it is, what re-sync needs, and the last report.
import type { Queryable } from '../storage/index.js';
import type { ImportRunReport } from './import-report.js';

export const IMPORT_KINDS = ['ipdc', 'ldes', 'website', 'faq'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A stored import source. */
export interface ImportSource {
  /** "<kind>:<tenant or regional>:<location>": the same source imported again is the same row. */
  key: string;
  tenantId: string | null;
  kind: ImportKind;
  /** A file path (catalogue file, FAQ sheet) or URL (site, sitemap, feed). */
  location: string;
  options: { apiKeyFile?: string };
  /** What the next run needs: ETags and hashes per page, a feed's position. */
  state: Record<string, unknown>;
  /** Re-sync every so many minutes; null: only by hand. */
  resyncMinutes: number | null;
  lastRunAt: Date | null;
  lastReport: ImportRunReport | null;
}

interface Row {
  [k: string]: unknown;
  key: string;
  tenant_id: string | null;
  kind: ImportKind;
  location: string;
  options: ImportSource['options'];
  state: Record<string, unknown>;
  resync_minutes: number | null;
  last_run_at: Date | null;
  last_report: ImportRunReport | null;
}

/** The key of a source. */
export function importSourceKey(kind: ImportKind, tenantId: string | null, location: string): string {
  return `${kind}:${tenantId ?? 'regional'}:${location}`;
}

/** The stored source with `key`, or undefined. */
export async function findImportSource(db: Queryable, key: string): Promise<ImportSource | undefined> {
  const [row] = await db.query<Row>('select * from import_sources where key = $1', [key]);
  return row ? toSource(row) : undefined;
}

/** Every source of `tenantId` (all sources when undefined), by kind and location. */
export async function listImportSources(db: Queryable, tenantId?: string): Promise<ImportSource[]> {
  const rows = await db.query<Row>(
    'select * from import_sources where ($1::text is null or tenant_id = $1) order by kind, location',
    [tenantId ?? null],
  );
  return rows.map(toSource);
}

/** Records a source after a run: its new state and report (creating it on its first run). */
export async function recordImportRun(db: Queryable, source: Omit<ImportSource, 'lastRunAt' | 'lastReport'>, run: { at: Date; report: ImportRunReport }): Promise<void> {
  await db.query(
    `insert into import_sources (key, tenant_id, kind, location, options, state, resync_minutes, last_run_at, last_report)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9::jsonb)
     on conflict (key) do update set options = excluded.options, state = excluded.state,
       resync_minutes = coalesce(excluded.resync_minutes, import_sources.resync_minutes),
       last_run_at = excluded.last_run_at, last_report = excluded.last_report`,
    [source.key, source.tenantId, source.kind, source.location, JSON.stringify(source.options), JSON.stringify(source.state), source.resyncMinutes, run.at, JSON.stringify(run.report)],
  );
}

/**
 * Claims the sources due for re-sync at `now`: each is marked as run now in the same statement, so
 * of several nodes asking at once only one gets a given source (the cluster runs it once).
 */
export async function claimDueImportSources(db: Queryable, now: Date): Promise<ImportSource[]> {
  const rows = await db.query<Row>(
    `update import_sources set last_run_at = $1
     where resync_minutes is not null and (last_run_at is null or last_run_at + make_interval(mins => resync_minutes) <= $1)
     returning *`,
    [now],
  );
  return rows.map(toSource);
}

function toSource(row: Row): ImportSource {
  return {
    key: row.key,
    tenantId: row.tenant_id,
    kind: row.kind,
    location: row.location,
    options: row.options ?? {},
    state: row.state ?? {},
    resyncMinutes: row.resync_minutes,
    lastRunAt: row.last_run_at,
    lastReport: row.last_report,
  };
}
