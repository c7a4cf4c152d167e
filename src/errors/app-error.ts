// The one error catalogue: every error Loket reports on purpose is an AppError with a stable code.

/** A problem found in input, with where it was found (file, line, field). */
export interface Problem {
  file?: string;
  line?: number;
  field?: string;
  message: string;
}

/** Base of every deliberate error. `code` is stable (docs/errors.md), `status` is the HTTP status. */
export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  /** Extra machine-readable detail that is safe to show (never SQL, never a stack). */
  readonly details: Problem[] | undefined;

  constructor(message: string, details?: Problem[]) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** Input that does not fit the schema of a request or command (400). */
export class InvalidInputError extends AppError {
  readonly code = 'invalid_input';
  readonly status = 400;
}

/** A content pack or file that cannot be imported; `details` lists every problem (400). */
export class InvalidContentError extends AppError {
  readonly code = 'invalid_content';
  readonly status = 400;
}

/** A request body or file larger than its limit (413). */
export class PayloadTooLargeError extends AppError {
  readonly code = 'payload_too_large';
  readonly status = 413;
}

/** A tenant id that does not exist in this deployment (404). */
export class UnknownTenantError extends AppError {
  readonly code = 'unknown_tenant';
  readonly status = 404;
  constructor(tenantId: string) {
    super(`unknown tenant "${tenantId}"`);
  }
}

/** A conversation id that does not exist for this tenant (404), as if it never existed. */
export class UnknownConversationError extends AppError {
  readonly code = 'unknown_conversation';
  readonly status = 404;
  constructor(conversationId: string) {
    super(`unknown conversation "${conversationId}"`);
  }
}

/** A route or resource that does not exist (404). */
export class NotFoundError extends AppError {
  readonly code = 'not_found';
  readonly status = 404;
}

/** The embedded data directory is held by another running process (409). */
export class DataDirLockedError extends AppError {
  readonly code = 'data_dir_locked';
  readonly status = 409;
}

/** Configuration from the environment that cannot be used; `details` names each variable. */
export class InvalidConfigError extends AppError {
  readonly code = 'invalid_config';
  readonly status = 500;
}

/** The database cannot be reached or opened (503). */
export class StorageUnavailableError extends AppError {
  readonly code = 'storage_unavailable';
  readonly status = 503;
}

/** Anything not deliberate; its message is logged, never shown (500). */
export class InternalError extends AppError {
  readonly code = 'internal_error';
  readonly status = 500;
  constructor() {
    super('an internal error occurred; it has been logged');
  }
}

/** Every error class of the catalogue, for docs/errors.md's consistency test. */
export const ERROR_CODES = [
  'invalid_input',
  'invalid_content',
  'payload_too_large',
  'unknown_tenant',
  'unknown_conversation',
  'not_found',
  'data_dir_locked',
  'invalid_config',
  'storage_unavailable',
  'internal_error',
] as const;
