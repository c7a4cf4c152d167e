// Reads the audit log back: for admins (per municipality or all) and for verification.
import type { Queryable } from '../../storage/index.js';
import { GENESIS_HASH, hashEntry, type AuditEntry } from './audit-entry.js';

/** A stored entry with its place in the chain. */
export interface StoredAuditEntry extends AuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
}

const SELECT = `select seq, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, actor, tenant_id as "tenantId",
  action, target, details, prev_hash as "prevHash", hash from audit_log`;

/** The newest entries first, of one municipality (or all when `tenantId` is null), at most `limit`. */
export async function listAudit(db: Queryable, tenantId: string | null, limit = 200): Promise<StoredAuditEntry[]> {
  return tenantId === null
    ? db.query<StoredAuditEntry & { [k: string]: unknown }>(`${SELECT} order by seq desc limit $1`, [limit])
    : db.query<StoredAuditEntry & { [k: string]: unknown }>(`${SELECT} where tenant_id = $1 order by seq desc limit $2`, [tenantId, limit]);
}

/** The result of checking the chain: how many entries were checked and where it broke, if it did. */
export interface ChainCheck {
  checked: number;
  intact: boolean;
  brokenAt?: number;
  reason?: string;
}

/** Recomputes every hash in order; reports the first entry whose link or content does not match. */
export async function verifyAuditChain(db: Queryable): Promise<ChainCheck> {
  let previous = GENESIS_HASH;
  let checked = 0;
  let after = 0;
  for (;;) {
    const page = await db.query<StoredAuditEntry & { [k: string]: unknown }>(`${SELECT} where seq > $1 order by seq limit 1000`, [after]);
    if (page.length === 0) return { checked, intact: true };
    for (const entry of page) {
      if (entry.prevHash !== previous) return { checked, intact: false, brokenAt: entry.seq, reason: 'its link to the previous entry does not match' };
      if (hashEntry(previous, entry) !== entry.hash) return { checked, intact: false, brokenAt: entry.seq, reason: 'its content does not match its hash' };
      previous = entry.hash;
      checked += 1;
      after = entry.seq;
    }
  }
}
