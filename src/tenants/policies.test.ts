// The policy functions on their own: who may do what, per role and municipality.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  canChangeSettings, canEraseConversation, canGrant, canReadAudit, canReadRegisterDrafts, canReadTranscript, canRetractEntry, canReviewEntry,
  canSeeTenant, canWriteRegisterEntry, isPlatformAdmin, ROLES, type Actor, type Role,
} from './index.js';

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

  it('register entries: a municipality\'s admins and editors write them, its viewers and reviewers read its drafts', () => {
    assert.deepEqual(ROLES.filter((role) => canWriteRegisterEntry(actor(role, 'leiebeke'), 'leiebeke')), ['admin', 'editor']);
    assert.deepEqual(ROLES.filter((role) => canReadRegisterDrafts(actor(role, 'leiebeke'), 'leiebeke')), ['admin', 'reviewer', 'editor', 'viewer']);
    assert.equal(canWriteRegisterEntry(actor('admin', 'scheldegem'), 'leiebeke'), false);
    assert.equal(canReadRegisterDrafts(actor('reviewer', null), 'leiebeke'), true);
    assert.equal(canWriteRegisterEntry(actor('reviewer', null), 'leiebeke'), false, 'a regional reviewer reviews, it does not write for a municipality');
  });

  it('reviewing: regional reviewers always, the municipality\'s own approver only when it chose so, never the author', () => {
    const entry = { tenantId: 'leiebeke', author: 'account:auteur' };
    assert.equal(canReviewEntry(actor('reviewer', null), entry, 'regional'), true);
    assert.equal(canReviewEntry(actor('admin', null), entry, 'regional'), true);
    assert.deepEqual(ROLES.filter((role) => canReviewEntry(actor(role, 'leiebeke'), entry, 'regional')), []);
    assert.deepEqual(ROLES.filter((role) => canReviewEntry(actor(role, 'leiebeke'), entry, 'own')), ['admin', 'reviewer']);
    assert.equal(canReviewEntry(actor('reviewer', 'scheldegem'), entry, 'own'), false);
    assert.equal(canReviewEntry(actor('reviewer', null), { ...entry, author: 'token:reviewer' }, 'regional'), false, 'four eyes');
    assert.equal(canReviewEntry(actor('reviewer', 'leiebeke'), { tenantId: null, author: 'cli' }, 'own'), false);
  });

  it('retracting: the municipality\'s admin, regional reviewers and platform admins', () => {
    assert.deepEqual(ROLES.filter((role) => canRetractEntry(actor(role, 'leiebeke'), 'leiebeke')), ['admin']);
    assert.equal(canRetractEntry(actor('reviewer', null), 'leiebeke'), true);
    assert.equal(canRetractEntry(actor('admin', 'scheldegem'), 'leiebeke'), false);
  });
});
