// Public shape of a municipality in the API: only what residents and integrators may see.
import { z } from '@hono/zod-openapi';
import type { Tenant } from '../../knowledge/index.js';

export const TenantSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'leiebeke' }),
    name: z.string().openapi({ example: 'Leiebeke' }),
  })
  .openapi('TenantSummary');

export type TenantSummary = z.infer<typeof TenantSummarySchema>;

/** The list entry of a tenant: id and name (CONTRACT.md). */
export function presentTenantSummary(tenant: Tenant): TenantSummary {
  return { id: tenant.id, name: tenant.name };
}
