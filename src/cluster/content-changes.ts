// "A content version was appended": sent with the version, heard by every node's knowledge cache.
import type { Db, Queryable } from '../storage/index.js';
import { listenCluster, notifyCluster } from './cluster-channel.js';

/** A scope (a tenant id, or the regional concepts) reached `version`. */
export interface ContentChange {
  scope: string;
  version: number;
}

// Payload "<version>:<scope>": the version first, so a scope may hold any character.
const PAYLOAD = /^(\d+):(.+)$/s;

/** Tells every node that `change.scope` reached `change.version`; in a transaction, on commit. */
export async function notifyContentChange(tx: Queryable, change: ContentChange): Promise<void> {
  await notifyCluster(tx, 'content', `${change.version}:${change.scope}`);
}

/**
 * Calls `handler` for every content version appended on any node (this one included) once it is
 * committed. Payloads of another shape are ignored. Resolves to a function that stops listening.
 */
export async function listenContentChanges(db: Db, handler: (change: ContentChange) => void): Promise<() => Promise<void>> {
  return listenCluster(db, 'content', (payload) => {
    const match = PAYLOAD.exec(payload);
    if (match?.[1] && match[2]) handler({ scope: match[2], version: Number(match[1]) });
  });
}
