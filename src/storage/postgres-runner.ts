// Statements and transactions on a connection pool, run again after transient failures when that
// cannot write twice, and failed as storage_unavailable (503) when the database stays away.
import { StorageUnavailableError } from '../errors/index.js';
import type { Db, Queryable, Row } from './db.js';
import {
  describeDriverError,
  isConflict,
  isConnectionFailure,
  isReadOnlyStatement,
  isReportedByServer,
  isStatementTimeout,
  mustDiscardClient,
  wasNeverSent,
} from './postgres-errors.js';
import { retryTransient, RetryableFailure, type RetryPolicy } from './retry-transient.js';

/** The part of a pooled node-postgres client the runner uses. */
export interface PoolClientLike {
  query(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Gives the client back; with an error the pool closes it instead of reusing it. */
  release(error?: Error | boolean): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of a node-postgres pool the runner uses. */
export interface PoolLike {
  connect(): Promise<PoolClientLike>;
}

/** What the runner needs besides the pool. */
export interface RunnerSettings {
  retry: RetryPolicy;
  /** The statement_timeout the pool's connections have, for the error message (0: none). */
  statementTimeoutMs: number;
}

function withCause(error: StorageUnavailableError, cause: unknown): StorageUnavailableError {
  error.cause = cause;
  return error;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function timeoutError(settings: RunnerSettings, cause: unknown): StorageUnavailableError {
  return withCause(
    new StorageUnavailableError(
      `a database statement ran longer than the statement timeout of ${settings.statementTimeoutMs} ms (LOKET_STATEMENT_TIMEOUT_MS) and was cancelled`,
    ),
    cause,
  );
}

/** A client taken from the pool; `release` gives it back, closing it when it failed or `error` says so. */
interface Lease {
  client: PoolClientLike;
  release(error?: unknown): void;
}

async function acquire(pool: PoolLike): Promise<Lease> {
  let client: PoolClientLike;
  try {
    client = await pool.connect();
  } catch (error) {
    if (isConnectionFailure(error)) throw new RetryableFailure(error);
    throw withCause(new StorageUnavailableError(`cannot connect to the database: ${describeDriverError(error)}`), error);
  }
  // The pool listens for errors only on idle clients. A checked-out client whose session the server
  // ends between two statements (a restart during a transaction) emits 'error' with nobody
  // listening, which would crash the process; its next statement fails and is handled instead.
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost = error;
  };
  client.on('error', onError);
  return {
    client,
    release: (error) => {
      client.removeListener('error', onError);
      const reason = error === undefined ? lost : asError(error);
      client.release(reason);
    },
  };
}

/**
 * Why a single statement (its own implicit transaction) failed, and whether to try again. Again
 * only when it cannot have been applied (the server reported the failure, or it was never sent)
 * or when it only reads; a write lost with its connection in flight may have been committed.
 */
function statementFailure(error: unknown, sql: string, settings: RunnerSettings): unknown {
  if (isStatementTimeout(error)) return timeoutError(settings, error);
  if (isConflict(error)) return new RetryableFailure(error);
  if (!isConnectionFailure(error)) return error;
  if (isReportedByServer(error) || wasNeverSent(error) || isReadOnlyStatement(sql)) return new RetryableFailure(error);
  return withCause(
    new StorageUnavailableError(
      `the connection to the database was lost while a write was running (${describeDriverError(error)}); it was not repeated because it may have been applied`,
    ),
    error,
  );
}

/**
 * A transaction's client: statement timeouts become storage_unavailable, everything else stays as
 * the driver threw it. Statements run one after another even when the caller starts several at once
 * (Promise.all), as one connection does anyway; node-postgres deprecates queueing them itself.
 */
function transactionQueryable(client: PoolClientLike, settings: RunnerSettings): Queryable {
  let previous: Promise<unknown> = Promise.resolve();
  const run = (sql: string, params?: unknown[]) => {
    const next = previous.then(async () => {
      try {
        return await client.query(sql, params);
      } catch (error) {
        throw isStatementTimeout(error) ? timeoutError(settings, error) : error;
      }
    });
    previous = next.catch(() => undefined);
    return next;
  };
  return {
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => (await run(sql, [...params])).rows as T[],
    exec: async (sql: string) => {
      await run(sql);
    },
  };
}

/** Ends a failed transaction before COMMIT and gives its client back (closed when its connection is suspect). */
async function abandon(lease: Lease, error: unknown): Promise<void> {
  if (mustDiscardClient(error)) {
    lease.release(error);
    return;
  }
  try {
    await lease.client.query('rollback');
    lease.release();
  } catch (rollbackError) {
    lease.release(rollbackError);
  }
}

/** After COMMIT failed: again when it surely did not apply, storage_unavailable when nobody can know, else the error itself. */
function commitFailure(lease: Lease, error: unknown): unknown {
  if (isConflict(error)) {
    lease.release();
    return new RetryableFailure(error);
  }
  if (wasNeverSent(error)) {
    lease.release(error);
    return new RetryableFailure(error);
  }
  if (isConnectionFailure(error) || !isReportedByServer(error)) {
    lease.release(error);
    return withCause(
      new StorageUnavailableError(
        `the connection to the database was lost during COMMIT (${describeDriverError(error)}); the outcome is unknown, so the transaction was not repeated`,
      ),
      error,
    );
  }
  // The server refused the commit (a deferred constraint, say) and rolled it back; the session is fine.
  lease.release();
  return error;
}

/**
 * The Db operations on `pool`: `query` and `exec` take a connection per statement, `transaction`
 * one per attempt. Transient failures (connection refused, reset or terminated, server starting or
 * shutting down, serialization failure, deadlock) are tried again by `settings.retry`; a transaction
 * is run again as a whole (so `fn` must only touch the database through `tx`), but never after a
 * COMMIT whose outcome is unknown. Clients whose connection failed are closed, so the pool
 * reconnects once the server is back. Throws StorageUnavailableError when the attempts run out, a
 * statement exceeds the statement timeout, or a write's outcome is unknown; other database errors
 * (constraint violations …) are thrown unchanged.
 */
export function createPostgresRunner(pool: PoolLike, settings: RunnerSettings): Pick<Db, 'query' | 'exec' | 'transaction'> {
  const statement = (sql: string, params: unknown[] | undefined) =>
    retryTransient(settings.retry, async () => {
      const lease = await acquire(pool);
      try {
        const result = await lease.client.query(sql, params);
        lease.release();
        return result.rows;
      } catch (error) {
        lease.release(mustDiscardClient(error) || !isReportedByServer(error) ? error : undefined);
        throw statementFailure(error, sql, settings);
      }
    });

  return {
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) => (await statement(sql, [...params])) as T[],
    exec: async (sql: string) => {
      await statement(sql, undefined);
    },
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      retryTransient(settings.retry, async () => {
        const lease = await acquire(pool);
        let result: T;
        try {
          await lease.client.query('begin');
          result = await fn(transactionQueryable(lease.client, settings));
        } catch (error) {
          await abandon(lease, error);
          // Nothing was committed, so running the whole transaction again cannot write twice.
          throw isConnectionFailure(error) || isConflict(error) ? new RetryableFailure(error) : error;
        }
        try {
          await lease.client.query('commit');
        } catch (error) {
          throw commitFailure(lease, error);
        }
        lease.release();
        return result;
      }),
  };
}
