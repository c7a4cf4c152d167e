// Edits the local fields of one municipality's product (instance) the way an import would: the
// tenant's content is loaded, the one instance changed and stored through applyContent, so a
// new content version with its diff is appended and "what changed when" stays answerable.
import { UnknownProductError, UnknownTenantError } from '../errors/index.js';
import type { Db, Queryable } from '../storage/index.js';
import { applyContentIn, type ScopeReport } from './apply-content.js';
import type { Instance } from './content-types.js';
import { loadTenantContent, lockTenantContent } from './tenant-content-store.js';

/** The local fields staff may edit; absent fields keep their value. */
export type InstanceEdit = Partial<Pick<Instance, 'cost' | 'localText' | 'offered' | 'note'>>;

/**
 * Applies `edit` to `tenantId`'s instance of `conceptId`, recording `source` (e.g.
 * "console:account:<id>") with the version. Resolves to the tenant's scope report (unchanged:
 * true and no new version when nothing differs). The read and the write are one transaction
 * holding the tenant's row, so two edits at once cannot lose one another's change; `alsoIn`
 * (an audit entry) runs in that same transaction, so the edit and its record are stored together
 * or not at all. Throws UnknownTenantError or UnknownProductError.
 */
export async function editInstance(
  db: Db, tenantId: string, conceptId: string, edit: InstanceEdit, source: string,
  alsoIn?: (tx: Queryable, report: ScopeReport) => Promise<unknown>,
): Promise<ScopeReport> {
  return db.transaction(async (tx) => {
    if (!(await lockTenantContent(tx, tenantId))) throw new UnknownTenantError(tenantId);
    const content = await loadTenantContent(tx, tenantId);
    if (!content) throw new UnknownTenantError(tenantId);
    const index = content.instances.findIndex((instance) => instance.conceptId === conceptId);
    const current = content.instances[index];
    if (!current) throw new UnknownProductError(conceptId);
    const instances = [...content.instances];
    instances[index] = { ...current, ...edit };
    const report = await applyContentIn(tx, { tenants: [{ ...content, instances }] }, source);
    const scope = report.scopes[0];
    if (!scope) throw new UnknownTenantError(tenantId);
    await alsoIn?.(tx, scope);
    return scope;
  });
}
