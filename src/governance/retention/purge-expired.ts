// Retention: transcripts (and what they hold) older than each municipality's retention period are
// deleted, and the deletion is recorded in the audit log.
import type { Db } from '../../storage/index.js';
import { appendAudit } from '../audit/append-audit.js';

/** Deletes conversations not touched for longer than their municipality's retentionDays at `now`. */
export async function purgeExpiredConversations(db: Db, now: Date): Promise<Map<string, number>> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ tenant_id: string }>(
      `delete from conversations c using tenants t
       where c.tenant_id = t.id
         and c.updated_at < $1::timestamptz - make_interval(days => coalesce((t.settings->>'retentionDays')::int, 90))
       returning c.tenant_id`,
      [now],
    );
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.tenant_id, (counts.get(row.tenant_id) ?? 0) + 1);
    for (const [tenantId, count] of counts) {
      await appendAudit(tx, { at: now, actor: 'system', tenantId, action: 'retention.purge', target: null, details: { conversations: count } });
    }
    return counts;
  });
}
