// How to reach the municipality, for fallbacks and handoffs.
import type { Tenant } from '../../knowledge/index.js';
import { styled } from './style-text.js';

/** "U kunt Leiebeke bereiken op +32 … of via info@…" with what the tenant has. */
export function contactText(tenant: Tenant): string {
  const ways = [tenant.phone ? `op ${tenant.phone}` : null, tenant.email ? `via ${tenant.email}` : null].filter(Boolean);
  const reach = ways.length > 0 ? ` ${ways.join(' of ')}` : '';
  return `${styled(tenant.style, 'U kunt', 'Je kunt')} de gemeente ${tenant.name} bereiken${reach}${tenant.website ? ` (${tenant.website})` : ''}.`;
}

/** The source entry of the municipality's website, when it has one. */
export function tenantUrl(tenant: Tenant, path = ''): string | null {
  return tenant.website ? `${tenant.website.replace(/\/$/, '')}${path}` : null;
}
