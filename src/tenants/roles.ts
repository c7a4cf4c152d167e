// Staff roles and the acting person or token behind a staff request.

/** Stored role names (CONTRACT.md): with tenant null, "admin" is a platform admin and "reviewer" a regional reviewer. */
export const ROLES = ['admin', 'reviewer', 'editor', 'agent', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who performs a staff action. `tenantId` null means platform-wide (platform admin, regional reviewer). */
export interface Actor {
  /** "account:<id>" or "token:<id>", as written in the audit log. */
  id: string;
  name: string;
  role: Role;
  tenantId: string | null;
  via: 'token' | 'session';
}
