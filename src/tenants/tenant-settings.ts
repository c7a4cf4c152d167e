// A municipality's settings: data, never `if (tenant === …)` in code.
import { z } from 'zod';
import type { Queryable } from '../storage/index.js';
import { UnknownTenantError } from '../errors/index.js';

/** Days a transcript is kept by default (the Flemish guidance asks for a short, stated period). */
export const DEFAULT_RETENTION_DAYS = 90;

export const tenantSettingsSchema = z
  .object({
    retentionDays: z.number().int().min(1).max(3650).default(DEFAULT_RETENTION_DAYS),
    /** The widget's accent colour; absent: the widget's own dark blue. */
    widgetColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as "#1f5f3a"').optional(),
    /** The widget's logo: an https URL or a path on this server; absent: no logo. */
    widgetLogoUrl: z
      .string()
      .max(2000)
      .refine((v) => /^https:\/\/[^\s"'<>\\]+$/.test(v) || /^\/(?![/\\])[^\s"'<>\\]*$/.test(v), 'must be an https URL or a path starting with "/"')
      .optional(),
    /** Who publishes the municipality's AI register entries: a regional reviewer, or its own admin or reviewer. */
    registerReview: z.enum(['regional', 'own'], { message: 'must be "regional" or "own"' }).default('regional'),
  })
  .strict();

export type TenantSettings = z.infer<typeof tenantSettingsSchema>;

/** The settings of `tenantId`, defaults filled in. Throws UnknownTenantError. */
export async function getTenantSettings(db: Queryable, tenantId: string): Promise<TenantSettings> {
  const [row] = await db.query<{ settings: unknown }>('select settings from tenants where id = $1', [tenantId]);
  if (!row) throw new UnknownTenantError(tenantId);
  const parsed = tenantSettingsSchema.safeParse(row.settings ?? {});
  return parsed.success ? parsed.data : tenantSettingsSchema.parse({});
}

/** Replaces the settings of `tenantId` with `settings` (already validated). */
export async function saveTenantSettings(db: Queryable, tenantId: string, settings: TenantSettings): Promise<void> {
  await db.query('update tenants set settings = $2::jsonb, updated_at = now() where id = $1', [tenantId, JSON.stringify(settings)]);
}
