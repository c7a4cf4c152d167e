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

/** A product (concept id) this municipality has no instance of (404), as if it did not exist. */
export class UnknownProductError extends AppError {
  readonly code = 'unknown_product';
  readonly status = 404;
  constructor(conceptId: string) {
    super(`unknown product "${conceptId}"`);
  }
}

/** No or unusable credentials on a staff route (401). */
export class UnauthenticatedError extends AppError {
  readonly code = 'unauthenticated';
  readonly status = 401;
}

/** Wrong e-mail or password at sign-in (401); never says which of the two. */
export class InvalidCredentialsError extends AppError {
  readonly code = 'invalid_credentials';
  readonly status = 401;
  constructor() {
    super('e-mail address or password is not correct');
  }
}

/** Authenticated, but the role does not allow this action (403). */
export class ForbiddenError extends AppError {
  readonly code = 'forbidden';
  readonly status = 403;
}

/** A cookie-authenticated change without the session's CSRF token (403). */
export class CsrfError extends AppError {
  readonly code = 'csrf_failed';
  readonly status = 403;
  constructor() {
    super('missing or wrong X-CSRF-Token header for this session');
  }
}

/** Too many requests from one client or in one conversation (429). */
export class RateLimitedError extends AppError {
  readonly code = 'rate_limited';
  readonly status = 429;
}

/** Too many failed sign-ins: the account is locked for a while (429). */
export class AccountLockedError extends AppError {
  readonly code = 'account_locked';
  readonly status = 429;
}

/** A resource that already exists (409), e.g. an account with that e-mail address. */
export class ConflictError extends AppError {
  readonly code = 'conflict';
  readonly status = 409;
}

/**
 * An update refused because the entry changed after the person opened it (a `conflict`, 409): their
 * edit would silently overwrite the other change. Nothing is stored; they reload and edit again.
 */
export class EntryChangedError extends ConflictError {
  constructor(id: string) {
    super(`cannot update register entry "${id}": the entry was changed by someone else since you opened it; reload it to see the changes`);
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

/** A file Loket serves was not built or cannot be read, e.g. the widget bundle before `npm run build` (503). */
export class AssetUnavailableError extends AppError {
  readonly code = 'asset_unavailable';
  readonly status = 503;
}

/** The OpenID Connect provider cannot be reached or answers with something unusable (502). */
export class IdentityProviderUnavailableError extends AppError {
  readonly code = 'identity_provider_unavailable';
  readonly status = 502;
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
  'unknown_product',
  'not_found',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  'account_locked',
  'conflict',
  'data_dir_locked',
  'invalid_config',
  'storage_unavailable',
  'asset_unavailable',
  'identity_provider_unavailable',
  'internal_error',
] as const;
