// Turns content into keyed items with a canonical value, so two versions can be compared.
import type { Concept, TenantContent } from './content-types.js';

/** JSON with object keys sorted at every level, so stored (jsonb) and parsed content compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Item key → canonical JSON of the item. Keys read "<kind>:<id>", e.g. "product:eid-aanvragen". */
export type Items = Map<string, string>;

/** The items of a tenant's content: profile, locations, closures per date, products, streets, collections. */
export function itemizeTenant(content: TenantContent): Items {
  const items: Items = new Map();
  items.set('municipality', canonicalJson(content.tenant));
  for (const location of content.locations) items.set(`location:${location.id}`, canonicalJson(location));
  const closuresByDate = new Map<string, unknown[]>();
  for (const closure of content.closures) {
    closuresByDate.set(closure.date, [...(closuresByDate.get(closure.date) ?? []), closure]);
  }
  for (const [date, closures] of closuresByDate) items.set(`closure:${date}`, canonicalJson(closures));
  for (const instance of content.instances) items.set(`product:${instance.conceptId}`, canonicalJson(instance));
  for (const { street, zone } of content.wasteStreets) items.set(`street:${street}`, zone);
  for (const c of content.wasteCalendar) items.set(`collection:${c.date}:${c.zone}:${c.fraction}`, '');
  return items;
}

/** The items of the regional concepts. */
export function itemizeConcepts(concepts: readonly Concept[]): Items {
  return new Map(concepts.map((concept) => [`concept:${concept.id}`, canonicalJson(concept)]));
}
