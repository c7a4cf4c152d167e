// Normalisation and tokenisation: examples and fast-check properties.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from './normalize-text.js';
import { tokenize } from './tokenize.js';

test('lowercases, strips diacritics and turns punctuation into spaces', () => {
  assert.equal(normalizeText('Beëindiging van de Wettelijke Samenwoning!'), 'beeindiging van de wettelijke samenwoning');
  assert.equal(normalizeText('Crème brûlée, café… naïef?'), 'creme brulee cafe naief');
  assert.equal(normalizeText('Straße Œuvre'), 'strasse oeuvre');
});

test('keeps amounts, times and inner hyphens; unifies dashes and apostrophes', () => {
  assert.equal(normalizeText('€ 24,50 voor een Kids‑ID (08:30–12:00)'), '24,50 voor een kids-id 08:30-12:00');
  assert.equal(normalizeText('auto’s en baby\'s'), 'autos en babys');
  assert.equal(normalizeText("'s avonds -- e-ID"), 's avonds e-id');
});

test('tokenize gives hyphenated words their parts and joined form', () => {
  assert.deepEqual(tokenize('Kids-ID aanvragen'), ['kids', 'id', 'kidsid', 'aanvragen']);
  assert.deepEqual(tokenize('e-id'), ['e', 'id', 'eid']);
  assert.deepEqual(tokenize('pmd-ophaling op 2024-05-01'), ['pmd', 'ophaling', 'pmdophaling', 'op', '2024', '05', '01']);
  assert.deepEqual(tokenize('kost 24,50 euro'), ['kost', '24,50', 'euro']);
  assert.deepEqual(tokenize('  ?!  '), []);
});

test('property: normalisation is idempotent', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeText(normalizeText(s)) === normalizeText(s)));
});

test('property: tokens are non-empty lowercase ASCII', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => tokenize(s).every((t) => /^[a-z0-9][a-z0-9.,:]*$/.test(t))),
  );
});

test('property: diacritics and case do not change tokens', () => {
  const accented: Record<string, string> = { e: 'é', a: 'à', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' };
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z ]{0,30}$/), (s) => {
      const decorated = [...s].map((ch, i) => (i % 2 === 0 ? (accented[ch] ?? ch).toUpperCase() : ch)).join('');
      assert.deepEqual(tokenize(decorated), tokenize(s));
    }),
  );
});
