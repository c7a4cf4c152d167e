// A request sent on a pooled keep-alive connection the server has just closed fails before the
// server saw it ("other side closed", ECONNRESET). Node's fetch (undici) does not send it again;
// for requests that change nothing that is safe and what a browser would do.

/** Error codes undici puts in `cause` when the connection was gone before an answer came. */
const STALE_CONNECTION_CODES: ReadonlySet<string> = new Set(['UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNRESET', 'EPIPE']);

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** True when `error` (a fetch rejection) says the connection closed before any answer. */
export function isStaleConnectionError(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && STALE_CONNECTION_CODES.has(code);
}

/**
 * `fetchImpl` that sends a GET or HEAD once more, on a new connection, when the first attempt
 * failed because its connection was closed under it. Other methods (a POST may have been
 * processed) and other failures (a refused connection, a timeout, an abort) are passed on as they are.
 */
export function retryingStaleConnections(fetchImpl: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    try {
      return await fetchImpl(input, init);
    } catch (error) {
      // An aborted request rejects with an AbortError, never a stale-connection TypeError: not retried.
      if (!SAFE_METHODS.has(method) || !isStaleConnectionError(error)) throw error;
      return fetchImpl(input, init);
    }
  };
}
