// Notifications between the nodes that share one database: one channel per topic and schema.
import type { Db, Queryable } from '../storage/index.js';

/** What a notification is about; each topic has its own channel. */
export type ClusterTopic = 'content' | 'conversations';

// NOTIFY channels belong to the database, not to a schema: installations (and test runs) in other
// schemas of the same database must not hear each other, so the schema is part of the name. The
// name is computed by the server in both directions, so sender and listener always agree; past
// PostgreSQL's 63-byte identifier limit the schema is replaced by its md5.
const CHANNEL_SQL = `case when octet_length('loket_' || $1::text || '_' || current_schema()) <= 63
  then 'loket_' || $1::text || '_' || current_schema()
  else 'loket_' || $1::text || '_' || md5(current_schema()) end`;

/**
 * Sends `payload` on `topic` to every node listening in this schema, this node included. Inside a
 * transaction it is delivered when (and only if) the transaction commits.
 */
export async function notifyCluster(db: Queryable, topic: ClusterTopic, payload: string): Promise<void> {
  await db.query(`select pg_notify(${CHANNEL_SQL}, $2::text)`, [topic, payload]);
}

/** The channel `topic` uses in the schema `db` works in (for logs and tests). */
export async function clusterChannel(db: Queryable, topic: ClusterTopic): Promise<string> {
  const [row] = await db.query<{ channel: string }>(`select ${CHANNEL_SQL} as channel`, [topic]);
  if (!row) throw new Error(`no channel name for topic "${topic}"`);
  return row.channel;
}

/**
 * Calls `handler` with the payload of every notification on `topic` from any node. Notifications
 * sent while a connection was down are lost: callers keep a check on their own clock as well.
 * Resolves, once listening, to a function that stops listening.
 */
export async function listenCluster(db: Db, topic: ClusterTopic, handler: (payload: string) => void): Promise<() => Promise<void>> {
  return db.listen(await clusterChannel(db, topic), handler);
}
