// Staff sessions: a random cookie value (only its hash stored), a CSRF token, and an expiry.
import type { Queryable } from '../storage/index.js';
import { accountActor, findAccount } from './account-store.js';
import type { Actor } from './roles.js';
import { hashSecret, newSecret } from './secret-token.js';

/** How long a session lasts without signing in again. */
export const SESSION_HOURS = 8;

/** Starts a session for `accountId` at `now`; the cookie value is returned once. */
export async function createSession(db: Queryable, accountId: string, now: Date): Promise<{ cookie: string; csrfToken: string; expiresAt: Date }> {
  const cookie = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db.query('insert into sessions (id_hash, account_id, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)', [
    hashSecret(cookie),
    accountId,
    csrfToken,
    now,
    expiresAt,
  ]);
  return { cookie, csrfToken, expiresAt };
}

/** The actor and CSRF token of a live session, or undefined for an unknown or expired cookie. */
export async function findSession(db: Queryable, cookie: string, now: Date): Promise<{ actor: Actor; csrfToken: string } | undefined> {
  const [row] = await db.query<{ account_id: string; csrf_token: string }>(
    'select account_id, csrf_token from sessions where id_hash = $1 and expires_at > $2',
    [hashSecret(cookie), now],
  );
  if (!row) return undefined;
  const account = await findAccount(db, row.account_id);
  return account ? { actor: accountActor(account), csrfToken: row.csrf_token } : undefined;
}

/** Ends a session (sign-out). */
export async function deleteSession(db: Queryable, cookie: string): Promise<void> {
  await db.query('delete from sessions where id_hash = $1', [hashSecret(cookie)]);
}

/** Deletes expired sessions; returns how many. */
export async function purgeExpiredSessions(db: Queryable, now: Date): Promise<number> {
  return (await db.query('delete from sessions where expires_at <= $1 returning 1', [now])).length;
}
