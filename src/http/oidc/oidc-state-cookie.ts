// The short-lived cookie that carries one sign-in's state, nonce, PKCE verifier and return path
// from the login redirect to the provider's callback: HMAC-signed, HttpOnly, Secure, SameSite=Lax.
import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { z } from 'zod';
import type { SignInChecks } from './create-oidc-client.js';

export const OIDC_STATE_COOKIE = 'loket_oidc';
/** How long a person has at the provider before the sign-in must start again. */
export const OIDC_STATE_MINUTES = 10;

/** A sign-in between its two legs: the checks, and the local path to land on afterwards. */
export interface PendingSignIn extends SignInChecks {
  returnTo: string;
}

const payloadSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(43).max(128),
  returnTo: z.string().startsWith('/'),
  expiresAt: z.number().int(),
});

// Lax, not Strict: the provider sends the browser back with a cross-site top-level GET, on which a
// Strict cookie would not come along. The path keeps it off every other request.
const OPTIONS = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/auth/oidc' } as const;

/**
 * The signing key, derived from the client secret so that every instance of a deployment can
 * check a cookie another instance set, without storing anything.
 */
export function oidcStateKey(clientSecret: string): string {
  return createHmac('sha256', clientSecret).update('loket oidc state cookie').digest('base64url');
}

/** Sets the cookie for `pending`, valid for OIDC_STATE_MINUTES from `now`. */
export async function setOidcStateCookie(c: Context, pending: PendingSignIn, key: string, now: Date): Promise<void> {
  const payload = { ...pending, expiresAt: now.getTime() + OIDC_STATE_MINUTES * 60_000 };
  const value = Buffer.from(JSON.stringify(payload)).toString('base64url');
  await setSignedCookie(c, OIDC_STATE_COOKIE, value, key, { ...OPTIONS, maxAge: OIDC_STATE_MINUTES * 60 });
}

/**
 * Reads the cookie and tells the browser to drop it. Nothing is stored server-side, so a copied
 * cookie stays valid until it expires; the provider's one-time code is what makes a replay fail.
 * Undefined when the cookie is missing, tampered with, malformed or older than OIDC_STATE_MINUTES.
 */
export async function takeOidcStateCookie(c: Context, key: string, now: Date): Promise<PendingSignIn | undefined> {
  const value = await getSignedCookie(c, key, OIDC_STATE_COOKIE);
  if (value !== undefined) deleteCookie(c, OIDC_STATE_COOKIE, OPTIONS);
  if (!value) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    // Signed by us yet not JSON cannot happen short of a key leak; treat it as no sign-in at all.
    return undefined;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.expiresAt <= now.getTime()) return undefined;
  const { state, nonce, codeVerifier, returnTo } = parsed.data;
  return { state, nonce, codeVerifier, returnTo };
}
