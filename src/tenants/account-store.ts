// Staff accounts: argon2id password hashes, sign-in with lockout after repeated failures.
import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { AccountLockedError, ConflictError, InvalidCredentialsError, InvalidInputError } from '../errors/index.js';
import type { Queryable } from '../storage/index.js';
import type { Actor, Role } from './roles.js';

/** Failed sign-ins in a row that lock an account, and for how long. */
export const LOCKOUT_AFTER = 5;
export const LOCKOUT_MINUTES = 15;
/** Shortest accepted password. */
export const MIN_PASSWORD_LENGTH = 12;

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenantId: string | null;
}

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenant_id: string | null;
  password_hash: string | null;
  failed_logins: number;
  locked_until: string | null;
  [key: string]: unknown;
}

// A hash to verify against when the e-mail is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

function toAccount(row: AccountRow): Account {
  return { id: row.id, email: row.email, name: row.name, role: row.role, tenantId: row.tenant_id };
}

/** The actor of an account signed in through a session. */
export function accountActor(account: Account): Actor {
  return { id: `account:${account.id}`, name: account.name, role: account.role, tenantId: account.tenantId, via: 'session' };
}

/**
 * Creates an account; `password` may be omitted for accounts that sign in through OpenID Connect.
 * Throws ConflictError for an e-mail address in use, InvalidInputError for a short password.
 */
export async function createAccount(
  db: Queryable,
  input: { email: string; name: string; role: Role; tenantId: string | null; password?: string; oidcSubject?: string },
): Promise<Account> {
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidInputError(`password must be at least ${MIN_PASSWORD_LENGTH} characters`, [{ field: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters` }]);
  }
  const email = input.email.trim().toLowerCase();
  const [existing] = await db.query('select 1 from accounts where email = $1', [email]);
  if (existing) throw new ConflictError(`an account with e-mail address ${email} exists already`);
  const id = randomUUID();
  const hash = input.password === undefined ? null : await argon2.hash(input.password, { type: argon2.argon2id });
  await db.query(
    'insert into accounts (id, email, name, password_hash, role, tenant_id, oidc_subject) values ($1, $2, $3, $4, $5, $6, $7)',
    [id, email, input.name, hash, input.role, input.tenantId, input.oidcSubject ?? null],
  );
  return { id, email, name: input.name, role: input.role, tenantId: input.tenantId };
}

/**
 * Checks an e-mail address and password at `now`. Throws InvalidCredentialsError (never saying
 * which part was wrong) or AccountLockedError after LOCKOUT_AFTER failures in a row.
 */
export async function signInWithPassword(db: Queryable, email: string, password: string, now: Date): Promise<Account> {
  const [row] = await db.query<AccountRow>(
    `select id, email, name, role, tenant_id, password_hash, failed_logins, locked_until::text as locked_until
     from accounts where email = $1`,
    [email.trim().toLowerCase()],
  );
  if (!row || !row.password_hash) {
    dummyHash ??= argon2.hash('not a real password', { type: argon2.argon2id });
    await argon2.verify(await dummyHash, password).catch(() => false);
    throw new InvalidCredentialsError();
  }
  if (row.locked_until && new Date(row.locked_until) > now) {
    throw new AccountLockedError(`too many failed sign-ins; try again after ${new Date(row.locked_until).toISOString()}`);
  }
  if (!(await argon2.verify(row.password_hash, password).catch(() => false))) {
    const failures = row.failed_logins + 1;
    const lock = failures >= LOCKOUT_AFTER ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db.query('update accounts set failed_logins = $2, locked_until = $3 where id = $1', [row.id, lock ? 0 : failures, lock]);
    if (lock) throw new AccountLockedError(`too many failed sign-ins; try again after ${lock.toISOString()}`);
    throw new InvalidCredentialsError();
  }
  if (row.failed_logins > 0 || row.locked_until) await db.query('update accounts set failed_logins = 0, locked_until = null where id = $1', [row.id]);
  return toAccount(row);
}

/** The account with this OpenID Connect subject, or else with this (verified) e-mail address. */
export async function findAccountForOidc(db: Queryable, subject: string, email: string | undefined): Promise<Account | undefined> {
  const [row] = await db.query<AccountRow>(
    `select id, email, name, role, tenant_id, password_hash, failed_logins, locked_until::text as locked_until
     from accounts where oidc_subject = $1 or ($2::text is not null and email = $2 and oidc_subject is null)
     order by (oidc_subject = $1) desc limit 1`,
    [subject, email?.toLowerCase() ?? null],
  );
  if (!row) return undefined;
  await db.query('update accounts set oidc_subject = $2 where id = $1 and oidc_subject is null', [row.id, subject]);
  return toAccount(row);
}

/** One account by id, or undefined. */
export async function findAccount(db: Queryable, accountId: string): Promise<Account | undefined> {
  const [row] = await db.query<AccountRow>(
    'select id, email, name, role, tenant_id, null as password_hash, 0 as failed_logins, null as locked_until from accounts where id = $1',
    [accountId],
  );
  return row ? toAccount(row) : undefined;
}
