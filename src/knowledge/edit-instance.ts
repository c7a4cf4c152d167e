// Edits the local fields of one municipality's product (instance) the way an import would: the
// tenant's content is loaded, the one instance changed and stored through applyContent, so a
// new content version with its diff is appended and "what changed when" stays answerable.
import { UnknownProductError, UnknownTenantError } from '../errors/index.js';
import type { Db } from '../storage/index.js';
import { applyContent, type ScopeReport } from './apply-content.js';
import type { Instance } from './content-types.js';
import { loadTenantContent } from './tenant-content-store.js';

/** The local fields staff may edit; absent fields keep their value. */
export type InstanceEdit = Partial<Pick<Instance, 'cost' | 'localText' | 'offered' | 'note'>>;

/**
 * Applies `edit` to `tenantId`'s instance of `conceptId`, recording `source` (e.g.
 * "console:account:<id>") with the version. Resolves to the tenant's scope report (unchanged:
 * true and no new version when nothing differs). Throws UnknownTenantError or UnknownProductError.
 */
export async function editInstance(db: Db, tenantId: string, conceptId: string, edit: InstanceEdit, source: string): Promise<ScopeReport> {
  const content = await loadTenantContent(db, tenantId);
  if (!content) throw new UnknownTenantError(tenantId);
  const index = content.instances.findIndex((instance) => instance.conceptId === conceptId);
  const current = content.instances[index];
  if (!current) throw new UnknownProductError(conceptId);
  const instances = [...content.instances];
  instances[index] = { ...current, ...edit };
  const report = await applyContent(db, { tenants: [{ ...content, instances }] }, source);
  const scope = report.scopes[0];
  if (!scope) throw new UnknownTenantError(tenantId);
  return scope;
}
