// The public JSON export: its key set is pinned, so staff identity or a stray stored key cannot leak.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerEntrySchema } from '../entry-schema.js';
import { smallRegister, storedEntry } from '../test-support/stored-entries.js';
import { entriesToJson } from './json.js';

const entryUrl = (id: string) => `https://register.example/register/${id}`;

describe('entriesToJson', () => {
  it('lists every entry with its public metadata first and the entry fields after', () => {
    const json = entriesToJson(smallRegister(), { entryUrl });
    assert.deepEqual(Object.keys(json), ['count', 'entries']);
    assert.equal(json.count, 5);
    const [first] = json.entries;
    assert.deepEqual(Object.keys(first ?? {}).slice(0, 5), ['id', 'url', 'publishedAt', 'updatedAt', 'tenant']);
    assert.equal(first?.url, 'https://register.example/register/e1');
    assert.equal(first?.publishedAt, '2025-02-01T08:00:00.000Z');
    assert.equal(first?.tenant, 'kortrijk');
    assert.equal(first?.name, "Slimme camera's tegen sluikstort");
    assert.deepEqual(first?.principles.reliability?.selfScore, 4);
  });

  it('has only public keys: metadata and the schema fields, never the author or review state', () => {
    const json = entriesToJson(smallRegister(), { entryUrl });
    const allowed = new Set(['id', 'url', 'publishedAt', 'updatedAt', 'tenant', ...Object.keys(registerEntrySchema.shape)]);
    for (const entry of json.entries) {
      for (const key of Object.keys(entry)) assert.ok(allowed.has(key), `unexpected key ${key}`);
    }
    const text = JSON.stringify(json);
    for (const hidden of ['author', 'auteur@voorbeeld.be', '"state"', 'systemKey', 'createdAt']) assert.ok(!text.includes(hidden), hidden);
  });

  it('drops a key the stored entry carries but the schema does not know', () => {
    const stored = storedEntry('x', {});
    (stored.entry as Record<string, unknown>).author = 'iemand@gemeente.be';
    const text = JSON.stringify(entriesToJson([stored], { entryUrl }));
    assert.ok(!text.includes('iemand@gemeente.be'));
  });

  it('states when it was generated only when asked', () => {
    assert.equal(entriesToJson([], { entryUrl, generatedAt: new Date('2026-01-02T03:04:05Z') }).generatedAt, '2026-01-02T03:04:05.000Z');
    assert.deepEqual(entriesToJson([], { entryUrl }), { count: 0, entries: [] });
  });
});
