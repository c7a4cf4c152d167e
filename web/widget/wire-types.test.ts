// Server responses are checked on arrival; odd shapes are refused or cleaned, never trusted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deltaText, toChatResponse, toPollResponse } from './wire-types.js';

describe('wire types', () => {
  it('reads a chat response and fills missing optional parts', () => {
    const parsed = toChatResponse({
      conversationId: 'c1',
      reply: { type: 'answer', text: 'x', sources: [{ id: 'eid', title: 'eID', url: null }, 'junk'], confidence: 0.8 },
    });
    assert.deepEqual(parsed, {
      conversationId: 'c1',
      reply: { type: 'answer', text: 'x', sources: [{ id: 'eid', title: 'eID', url: null }], confidence: 0.8, suggestions: [] },
    });
  });

  it('refuses responses without the contract shape', () => {
    assert.equal(toChatResponse(null), undefined);
    assert.equal(toChatResponse({ conversationId: 'c', reply: { type: '<b>', text: 'x' } }), undefined);
    assert.equal(toPollResponse({ state: 'gone', messages: [] }), undefined);
  });

  it('keeps only well-formed polled messages', () => {
    const parsed = toPollResponse({
      state: 'with_agent',
      messages: [{ seq: 3, role: 'agent', text: 'Hallo', at: 't' }, { seq: '4', role: 'agent', text: 'x' }, { seq: 5, role: 'admin', text: 'x' }],
    });
    assert.deepEqual(parsed, { state: 'with_agent', messages: [{ seq: 3, role: 'agent', text: 'Hallo', at: 't' }] });
  });

  it('reads delta text and ignores malformed deltas', () => {
    assert.equal(deltaText('{"text":"Een "}'), 'Een ');
    assert.equal(deltaText('not json'), '');
    assert.equal(deltaText('{"text":1}'), '');
  });
});
