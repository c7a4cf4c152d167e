// Random secrets for API tokens, session cookies and CSRF tokens, and how they are stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret: `prefix` + 32 random bytes, base64url (256 bits, so a fast hash suffices at rest). */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a secret: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of two strings. */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
