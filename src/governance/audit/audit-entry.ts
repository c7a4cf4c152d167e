// One staff action as the audit log records it, and the hash that chains it to the one before.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../knowledge/index.js';

/** What happened: who, what, when, in which municipality, to what. */
export interface AuditEntry {
  /** ISO 8601 UTC with milliseconds, as Date.toISOString() writes it. */
  at: string;
  /** "account:<id>", "token:<id>" or "system". */
  actor: string;
  tenantId: string | null;
  /** Dotted verb, e.g. "token.create", "conversation.delete", "content.import". */
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

/** The first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the previous hash and the entry's canonical JSON. */
export function hashEntry(previousHash: string, entry: AuditEntry): string {
  return createHash('sha256')
    .update(previousHash)
    .update(canonicalJson({ at: entry.at, actor: entry.actor, tenantId: entry.tenantId, action: entry.action, target: entry.target, details: entry.details }))
    .digest('hex');
}
