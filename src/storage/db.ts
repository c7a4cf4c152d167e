// The database port: the one small interface every module uses to reach PostgreSQL (embedded or server).

/** A result row as the driver returns it: dates as 'YYYY-MM-DD' strings, jsonb parsed, bigint as number. */
export type Row = Record<string, unknown>;

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The database port, implemented by the PGlite and PostgreSQL adapters with the same SQL. */
export interface Db extends Queryable {
  /** Which adapter this is, for logs and the health check. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `handler` with the payload of every notification on `channel` (PostgreSQL LISTEN), from
   * this process and, on a server, from every other node; `select pg_notify(channel, payload)` sends
   * one (inside a transaction, on commit). The PostgreSQL adapter re-listens after a lost connection.
   * Resolves to a function that stops listening.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes connections and releases the data dir lock; safe to call twice. */
  close(): Promise<void>;
}

/** PostgreSQL type OIDs whose parsing both adapters set the same way. */
export const TYPE_OIDS = { int8: 20, date: 1082 } as const;
