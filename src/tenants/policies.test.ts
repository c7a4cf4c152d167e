// The policy functions on their own: who may do what, per role and municipality.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canChangeSettings, canEraseConversation, canGrant, canReadAudit, canReadTranscript, canSeeTenant, isPlatformAdmin, ROLES, type Actor, type Role } from './index.js';

const actor = (role: Role, tenantId: string | null): Actor => ({ id: `token:${role}`, name: role, role, tenantId, via: 'token' });

describe('policies', () => {
  it('only an admin without municipality is a platform admin', () => {
    assert.equal(isPlatformAdmin(actor('admin', null)), true);
    assert.equal(isPlatformAdmin(actor('admin', 'leiebeke')), false);
    assert.equal(isPlatformAdmin(actor('reviewer', null)), false);
  });

  it('a municipality\'s staff see only their municipality; platform-wide roles see all', () => {
    for (const role of ROLES) {
      assert.equal(canSeeTenant(actor(role, 'leiebeke'), 'leiebeke'), true);
      assert.equal(canSeeTenant(actor(role, 'leiebeke'), 'scheldegem'), false);
      assert.equal(canSeeTenant(actor(role, null), 'scheldegem'), true);
    }
  });

  it('transcripts: admins, editors and agents of the municipality, and platform admins; never viewers or regional reviewers', () => {
    const allowed = ROLES.filter((role) => canReadTranscript(actor(role, 'leiebeke'), 'leiebeke'));
    assert.deepEqual(allowed, ['admin', 'editor', 'agent']);
    assert.equal(canReadTranscript(actor('admin', null), 'leiebeke'), true);
    assert.equal(canReadTranscript(actor('reviewer', null), 'leiebeke'), false);
    assert.equal(canReadTranscript(actor('editor', null), 'leiebeke'), false);
    assert.equal(canReadTranscript(actor('agent', 'scheldegem'), 'leiebeke'), false);
  });

  it('export and deletion on a resident\'s request: admins and agents', () => {
    assert.deepEqual(ROLES.filter((role) => canEraseConversation(actor(role, 'leiebeke'), 'leiebeke')), ['admin', 'agent']);
  });

  it('grants: a municipality admin within its municipality, a platform admin anything', () => {
    assert.equal(canGrant(actor('admin', 'leiebeke'), { tenantId: 'leiebeke', role: 'admin' }), true);
    assert.equal(canGrant(actor('admin', 'leiebeke'), { tenantId: 'scheldegem', role: 'viewer' }), false);
    assert.equal(canGrant(actor('admin', 'leiebeke'), { tenantId: null, role: 'reviewer' }), false);
    assert.equal(canGrant(actor('editor', 'leiebeke'), { tenantId: 'leiebeke', role: 'viewer' }), false);
    assert.equal(canGrant(actor('admin', null), { tenantId: null, role: 'reviewer' }), true);
  });

  it('the audit log: a municipality admin reads its own, only platform admins read everything', () => {
    assert.equal(canReadAudit(actor('admin', 'leiebeke'), 'leiebeke'), true);
    assert.equal(canReadAudit(actor('admin', 'leiebeke'), null), false);
    assert.equal(canReadAudit(actor('agent', 'leiebeke'), 'leiebeke'), false);
    assert.equal(canReadAudit(actor('admin', null), null), true);
  });

  it('settings: the municipality\'s admin', () => {
    assert.deepEqual(ROLES.filter((role) => canChangeSettings(actor(role, 'leiebeke'), 'leiebeke')), ['admin']);
  });
});
