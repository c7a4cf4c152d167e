// Background jobs that must not run on two nodes at the same time (retention), with an advisory lock.
import type { Db } from '../storage/index.js';

/** What `runExclusively` did: ran `fn` (with its value), or skipped because another node runs the job. */
export type ExclusiveRun<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `fn` unless another node of this installation is running the job named `job` right now, in
 * which case it resolves to `{ ran: false }` at once. On PostgreSQL the job holds a transaction-level
 * advisory lock (keyed by the job and the schema, so installations sharing a database do not block
 * each other) on one pooled connection while `fn` runs on others; the lock goes with that
 * transaction, also when the node dies. The embedded database has one process by its data dir
 * lock, so there `fn` just runs. Rejects with what `fn` throws.
 */
export async function runExclusively<T>(db: Db, job: string, fn: () => Promise<T>): Promise<ExclusiveRun<T>> {
  if (db.kind === 'pglite') return { ran: true, value: await fn() };
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ locked: boolean }>(
      `select pg_try_advisory_xact_lock(hashtextextended('loket:' || $1::text || ':' || current_schema(), 0)) as locked`,
      [job],
    );
    if (!row?.locked) return { ran: false };
    return { ran: true, value: await fn() };
  });
}
