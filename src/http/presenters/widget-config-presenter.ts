// Public shape of a widget's branding: what any website embedding the widget may read.
import { z } from '@hono/zod-openapi';
import type { Tenant } from '../../knowledge/index.js';
import type { TenantSettings } from '../../tenants/index.js';

export const WidgetConfigSchema = z
  .object({
    name: z.string().openapi({ example: 'Leiebeke' }),
    color: z.string().nullable().openapi({ description: 'Accent colour #rrggbb; null: the widget default', example: '#1f5f3a' }),
    logoUrl: z.string().nullable().openapi({ description: 'An https URL or a path on this server; null: no logo' }),
    aboutUrl: z.string().openapi({ description: 'The assistant\'s transparency page, a path on this server', example: '/t/leiebeke/over-deze-assistent' }),
  })
  .openapi('WidgetConfig');

export type WidgetConfig = z.infer<typeof WidgetConfigSchema>;

/** The widget's name, colour, logo and transparency page of `tenant`, from its settings. */
export function presentWidgetConfig(tenant: Tenant, settings: TenantSettings): WidgetConfig {
  return {
    name: tenant.name,
    color: settings.widgetColor ?? null,
    logoUrl: settings.widgetLogoUrl ?? null,
    aboutUrl: `/t/${encodeURIComponent(tenant.id)}/over-deze-assistent`,
  };
}
