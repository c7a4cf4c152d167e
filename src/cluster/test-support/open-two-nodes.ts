// Test helper: two application nodes on one database. On PostgreSQL two handles (two pools, two
// listening connections) on the same schema; on PGlite one handle is one node, so both are the same.
import type { Db } from '../../storage/index.js';
import { openPostgresTestHandle, openTestDb } from '../../storage/test-support/open-test-db.js';

/** Two nodes `a` and `b` over one fresh migrated database; `close` closes both and drops it. */
export interface TwoNodes {
  a: Db;
  b: Db;
  close(): Promise<void>;
}

/** Opens two nodes on `backend` (PostgreSQL needs LOKET_TEST_DATABASE_URL). */
export async function openTwoNodes(backend: 'pglite' | 'postgres'): Promise<TwoNodes> {
  const a = await openTestDb(backend);
  if (backend === 'pglite') return { a, b: a, close: () => a.close() };
  const [row] = await a.query<{ schema: string }>('select current_schema() as schema');
  const b = await openPostgresTestHandle(row?.schema ?? 'public');
  return {
    a,
    b,
    close: async () => {
      await b.close();
      await a.close();
    },
  };
}
