// The evaluation's comparison follows CONTRACT.md: case-insensitive, whitespace-free, times normalised.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Reply } from '../reply.js';
import { checkReply } from './check-reply.js';

const reply = (text: string, type: Reply['type'] = 'answer', source = 'eid-aanvragen'): Reply => ({
  type,
  text,
  sources: source ? [{ id: source, title: source, url: null }] : [],
  confidence: 0.9,
});

describe('checkReply', () => {
  it('ignores whitespace and case: "€ 24,50" matches "€24,50"', () => {
    assert.deepEqual(checkReply(reply('Kostprijs: € 24,50.'), { type: 'answer', source: 'eid-aanvragen', contains: ['€24,50'], notContains: [] }), []);
  });
  it('reads 8.30 uur, 8u30 and 8:30 as 08:30', () => {
    for (const text of ['open vanaf 8.30 uur', 'open vanaf 8u30', 'open vanaf 8:30']) {
      assert.deepEqual(checkReply(reply(text), { type: 'answer', contains: ['08:30'], notContains: [] }), [], text);
    }
  });
  it('names every miss: type, source, missing and forbidden text', () => {
    const misses = checkReply(reply('uw nummer 85.07.30-033.28', 'fallback', ''), {
      type: 'answer', source: 'eid-aanvragen', contains: ['24,50'], notContains: ['85.07.30-033.28'],
    });
    assert.deepEqual(misses, [
      'type fallback, expected answer',
      'source none, expected eid-aanvragen',
      'text lacks "24,50"',
      'text contains "85.07.30-033.28"',
    ]);
  });
  it('sourcesAny accepts any listed first source', () => {
    assert.deepEqual(checkReply(reply('x', 'answer', 'reispas'), { type: 'answer', sourcesAny: ['kids-id', 'reispas'], contains: [], notContains: [] }), []);
  });
});
