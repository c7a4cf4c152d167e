// The only place that writes an error response: AppErrors with their code, anything else as internal_error.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, InternalError, InvalidInputError, PayloadTooLargeError } from '../errors/index.js';
import type { Logger } from '../logging/index.js';
import type { ErrorEnvelope } from './error-envelope.js';

/** Renders `error` as the error envelope; unknown errors are logged and hidden. */
export function toErrorResponse(error: unknown, c: Context, logger: Logger): Response {
  let appError: AppError;
  if (error instanceof AppError) {
    appError = error;
    // A 503 (the database away) is the operators' business: it is logged, with its cause.
    if (appError.status >= 500) logger.warn({ err: error, cause: (error as Error & { cause?: unknown }).cause, path: c.req.path, code: appError.code }, appError.message);
  } else if (error instanceof HTTPException && error.status < 500) {
    // Raised by framework middleware (malformed JSON body, body too large).
    appError = error.status === 413
      ? new PayloadTooLargeError('request body too large')
      : new InvalidInputError(error.message || 'invalid request');
  } else {
    logger.error({ err: error, path: c.req.path }, 'unhandled error');
    appError = new InternalError();
  }
  const body: ErrorEnvelope = {
    error: { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) },
  };
  return c.json(body, appError.status as ContentfulStatusCode);
}
