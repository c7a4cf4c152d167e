// How a Loket tenant appears in register entries: its organisation name and a contact the entry schema accepts.
import type { Tenant } from '../knowledge/index.js';

/**
 * The tenant as an organisation: its kind and name ("Gemeente Leiebeke", "Stad Gent"), as the
 * register names organisations; the name alone when it already starts with the kind. At most 99
 * characters (the schema's limit).
 */
export function tenantOrganisation(tenant: Pick<Tenant, 'name' | 'kind'>): { name: string } {
  const kind = tenant.kind.trim();
  const named = kind === '' || tenant.name.toLowerCase().startsWith(kind.toLowerCase());
  const name = named ? tenant.name : `${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${tenant.name}`;
  return { name: name.slice(0, 99) };
}

/**
 * The tenant's e-mail address, else its website when that is https (the schema accepts only
 * those two forms), else undefined.
 */
export function tenantContact(tenant: Pick<Tenant, 'email' | 'website'>): string | undefined {
  if (tenant.email) return tenant.email;
  if (tenant.website && /^https:\/\/\S+$/.test(tenant.website)) return tenant.website;
  return undefined;
}
