// Appends a staff action to the audit log, chained to the previous entry. Call it inside the
// transaction of the action itself, so an action is never stored without its record.
import type { Queryable } from '../../storage/index.js';
import { GENESIS_HASH, hashEntry, type AuditEntry } from './audit-entry.js';

// Serialises appends across nodes so two entries never claim the same predecessor.
const AUDIT_LOCK_KEY = 7_205_118_421;

/** Appends `entry` (its `at` defaults to now) and returns its sequence number. */
export async function appendAudit(tx: Queryable, entry: Omit<AuditEntry, 'at' | 'details'> & { at?: Date; details?: Record<string, unknown> }): Promise<number> {
  await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  const [last] = await tx.query<{ hash: string }>('select hash from audit_log order by seq desc limit 1');
  const full: AuditEntry = {
    at: (entry.at ?? new Date()).toISOString(),
    actor: entry.actor,
    tenantId: entry.tenantId,
    action: entry.action,
    target: entry.target,
    details: entry.details ?? {},
  };
  const previous = last?.hash ?? GENESIS_HASH;
  const [row] = await tx.query<{ seq: number }>(
    `insert into audit_log (at, actor, tenant_id, action, target, details, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) returning seq`,
    [full.at, full.actor, full.tenantId, full.action, full.target, JSON.stringify(full.details), previous, hashEntry(previous, full)],
  );
  return Number(row?.seq);
}
