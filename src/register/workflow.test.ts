// The register workflow as a table: every allowed step, and every other step refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entryStates, nextState, statesAllowing, type EntryState, type TransitionAction } from './workflow.js';

const allowed: Array<[EntryState, TransitionAction, EntryState]> = [
  ['draft', 'update', 'draft'],
  ['rejected', 'update', 'draft'],
  ['published', 'update', 'draft'],
  ['draft', 'submit', 'submitted'],
  ['submitted', 'publish', 'published'],
  ['submitted', 'reject', 'rejected'],
  ['published', 'retract', 'retracted'],
  ['published', 'revise', 'published'],
];
const actions: TransitionAction[] = ['update', 'submit', 'publish', 'reject', 'retract', 'revise'];

describe('register workflow', () => {
  it('allows the review steps', () => {
    for (const [from, action, to] of allowed) assert.equal(nextState(from, action), to, `${from} --${action}->`);
  });

  it('refuses every other step', () => {
    for (const from of entryStates) {
      for (const action of actions) {
        if (allowed.some(([f, a]) => f === from && a === action)) continue;
        assert.equal(nextState(from, action), undefined, `${from} --${action}-> should be refused`);
      }
    }
  });

  it('editing a published entry starts a new draft; a submitted one waits for review; a retracted one is final', () => {
    assert.equal(nextState('published', 'update'), 'draft');
    assert.equal(nextState('submitted', 'update'), undefined);
    for (const action of actions) assert.equal(nextState('retracted', action), undefined);
  });

  it('an entry edited after publication can be retracted in any editing state; one never published cannot', () => {
    for (const from of ['draft', 'submitted', 'rejected'] as const) {
      assert.equal(nextState(from, 'retract', { wasPublished: true }), 'retracted', from);
      assert.equal(nextState(from, 'retract', { wasPublished: false }), undefined, from);
    }
    assert.equal(nextState('retracted', 'retract', { wasPublished: true }), undefined);
    assert.equal(nextState('draft', 'publish', { wasPublished: true }), undefined, 'only retraction depends on it');
  });

  it('names the states an action is allowed from', () => {
    assert.deepEqual(statesAllowing('update'), ['draft', 'published', 'rejected']);
    assert.deepEqual(statesAllowing('publish'), ['submitted']);
    assert.deepEqual(statesAllowing('revise'), ['published']);
  });
});
