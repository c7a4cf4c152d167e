// What a PostgreSQL or network error means for a retry: lost connection, server going away, or a conflict worth another go.

/** The parts of a node-postgres or socket error this module reads. */
interface DriverError {
  /** SQLSTATE for errors the server reported; errno name (ECONNREFUSED …) for socket errors. */
  code?: unknown;
  severity?: unknown;
  message?: unknown;
}

const SOCKET_ERRORS = new Map([
  ['ECONNREFUSED', 'connection refused'],
  ['ECONNRESET', 'connection reset'],
  ['EPIPE', 'connection closed'],
  ['ETIMEDOUT', 'connection timed out'],
  ['EAI_AGAIN', 'host name lookup failed'],
  ['EHOSTUNREACH', 'host unreachable'],
  ['ENETUNREACH', 'network unreachable'],
]);

// Server states in which it refuses or drops a session: 57P01 admin_shutdown (pg_ctl stop -m fast),
// 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down, recovering),
// 53300 too_many_connections (only ever at connect).
const SERVER_GOING_AWAY = new Set(['57P01', '57P02', '57P03', '53300']);

// node-postgres reports these without a code.
const LOST_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable$/,
  /^timeout expired$/,
];

function sqlState(error: DriverError): string | undefined {
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) ? error.code : undefined;
}

function asDriverError(error: unknown): DriverError {
  return typeof error === 'object' && error !== null ? (error as DriverError) : {};
}

/**
 * True when `error` says the connection is gone or could not be made: a refused, reset or timed-out
 * socket, a server shutting down or starting up, or a 08xxx connection exception.
 */
export function isConnectionFailure(error: unknown): boolean {
  const e = asDriverError(error);
  const state = sqlState(e);
  if (state !== undefined) return SERVER_GOING_AWAY.has(state) || state.startsWith('08');
  if (typeof e.code === 'string' && SOCKET_ERRORS.has(e.code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return LOST_CONNECTION_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when the server itself reported the failure (a SQLSTATE), so the statement is known to have
 * been aborted; false for a socket that died with the statement in flight, whose outcome is unknown.
 */
export function isReportedByServer(error: unknown): boolean {
  return sqlState(asDriverError(error)) !== undefined;
}

/** True when node-postgres refused to send the statement at all (the client was already dead). */
export function wasNeverSent(error: unknown): boolean {
  const message = asDriverError(error).message;
  return typeof message === 'string' && /is not queryable$/.test(message);
}

/** 40001 serialization_failure or 40P01 deadlock_detected: the transaction was rolled back; running it again may succeed. */
export function isConflict(error: unknown): boolean {
  const state = sqlState(asDriverError(error));
  return state === '40001' || state === '40P01';
}

/** 57014 raised by statement_timeout (not a cancel by an administrator). */
export function isStatementTimeout(error: unknown): boolean {
  const e = asDriverError(error);
  return sqlState(e) === '57014' && typeof e.message === 'string' && e.message.includes('statement timeout');
}

/** True when the pool must not get this client back: its connection failed or the server ended the session (FATAL). */
export function mustDiscardClient(error: unknown): boolean {
  const e = asDriverError(error);
  return isConnectionFailure(error) || e.severity === 'FATAL' || e.severity === 'PANIC';
}

/** A statement that only reads, so running it twice is harmless. Conservative: anything else counts as a write. */
export function isReadOnlyStatement(sql: string): boolean {
  const text = sql.replace(/--[^\n]*/g, ' ').trim().toLowerCase();
  if (!/^(select|with|values|show)\b/.test(text)) return false;
  return !/\b(insert|update|delete|merge|into|nextval|setval|pg_notify|pg_advisory\w*|for\s+(no\s+key\s+)?update|for\s+share)\b/.test(text);
}

/** A short description of a driver error for messages: SQLSTATE and text, or what happened to the socket (no addresses). */
export function describeDriverError(error: unknown): string {
  const e = asDriverError(error);
  const state = sqlState(e);
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (state !== undefined) return `${state} ${message}`;
  const socket = typeof e.code === 'string' ? SOCKET_ERRORS.get(e.code) : undefined;
  if (socket !== undefined) return `${socket} (${String(e.code)})`;
  return message;
}
