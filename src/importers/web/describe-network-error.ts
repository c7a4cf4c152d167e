// Names what went wrong when fetch itself rejected (refused connection, reset, DNS), for a failure reason.

/**
 * The most telling short name of a fetch rejection: the system error code undici puts in
 * `cause` (ECONNREFUSED, ENOTFOUND, …), else the cause's message, else the error's.
 */
export function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return typeof code === 'string' ? code : cause.message;
  }
  return error instanceof Error ? error.message : String(error);
}
