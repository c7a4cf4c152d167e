// Typo correction against a vocabulary, and the distance it relies on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createDeletionIndex, createTypoCorrector, maxTypoDistance } from './create-typo-corrector.js';
import { damerauLevenshtein } from './damerau-levenshtein.js';

const vocabulary = new Map<string, number>([
  ['identiteitskaart', 40], ['rijbewijs', 30], ['paspoort', 5], ['reispas', 25],
  ['afvalophaling', 3], ['containerpark', 4], ['recyclagepark', 20], ['compostbak', 2],
  ['huwelijk', 12], ['kaart', 50], ['kaars', 1], ['kosten', 20], ['koster', 1],
]);
const corrector = createTypoCorrector(vocabulary);

test('corrects typical resident typos', () => {
  assert.equal(corrector.correct('identitijtskaart'), 'identiteitskaart');
  assert.equal(corrector.correct('rijbewys'), 'rijbewijs');
  assert.equal(corrector.correct('paspoordt'), 'paspoort');
  assert.equal(corrector.correct('afvalophalng'), 'afvalophaling');
  assert.equal(corrector.correct('containterpark'), 'containerpark');
  assert.equal(corrector.correct('reisspas'), 'reispas');
  assert.equal(corrector.correct('kompostbak'), 'compostbak');
  assert.equal(corrector.correct('huwlijk'), 'huwelijk');
});

test('leaves known, short and far-off words alone', () => {
  assert.equal(corrector.correct('rijbewijs'), null);
  assert.equal(corrector.correct('kst'), null);
  assert.equal(corrector.correct('gemeentehuis'), null);
  assert.equal(corrector.correct('24,50'), null);
});

test('allows one edit up to five letters and two above', () => {
  assert.equal(maxTypoDistance(5), 1);
  assert.equal(maxTypoDistance(6), 2);
  assert.equal(corrector.correct('kxxrt'), null);
  assert.equal(corrector.correct('koostn'), 'kosten');
});

test('prefers the more frequent of equally close words', () => {
  assert.equal(corrector.correct('kaarx'), 'kaart');
  assert.equal(createTypoCorrector(['kaars', 'kaars', 'kaart']).correct('kaarx'), 'kaars');
});

test('damerauLevenshtein counts swaps as one edit and honours the bound', () => {
  assert.equal(damerauLevenshtein('kaart', 'kaart'), 0);
  assert.equal(damerauLevenshtein('kaart', 'kaatr'), 1);
  assert.equal(damerauLevenshtein('rijbewijs', 'rijbewys'), 2);
  assert.equal(damerauLevenshtein('', 'abc'), 3);
  assert.equal(damerauLevenshtein('identiteitskaart', 'kaart', 2), 3);
});

test('property: the corrector agrees with a linear scan on distance', () => {
  const words = [...vocabulary.keys()];
  fc.assert(
    fc.property(fc.constantFrom(...words), fc.nat(), fc.constantFrom('a', 'e', 'x'), (word, at, ch) => {
      const i = at % word.length;
      const typo = word.slice(0, i) + ch + word.slice(i + 1);
      const fix = corrector.correct(typo);
      if (vocabulary.has(typo)) return fix === null;
      const best = Math.min(...words.map((w) => damerauLevenshtein(typo, w)));
      if (best > maxTypoDistance(typo.length) || typo.length < 4) return fix === null;
      return fix !== null && damerauLevenshtein(typo, fix) === best;
    }),
  );
});

test('a shared deletion index never suggests another vocabulary\'s word', () => {
  const shared = createDeletionIndex();
  const leiebeke = createTypoCorrector(['paspoort', 'kaart'], { index: shared });
  const scheldegem = createTypoCorrector(['reispas', 'kaars'], { index: shared });
  assert.equal(shared.size, 4);
  assert.equal(scheldegem.correct('reisspas'), 'reispas');
  assert.equal(leiebeke.correct('reisspas'), null, 'reispas is only in the other vocabulary');
  assert.equal(leiebeke.correct('kaarx'), 'kaart');
  assert.equal(scheldegem.correct('kaarx'), 'kaars');
  assert.equal(leiebeke.has('reispas'), false);
});

test('property: over a shared index a corrector answers exactly as with its own index', () => {
  const other = ['identiteitsbewijs', 'rijbewijzen', 'paspoorten', 'reispassen', 'kaarten', 'kosters', 'huwelijken', 'compostvat'];
  const shared = createDeletionIndex();
  createTypoCorrector(other, { index: shared });
  const viaShared = createTypoCorrector(vocabulary, { index: shared });
  const words = [...vocabulary.keys(), ...other];
  fc.assert(
    fc.property(fc.constantFrom(...words), fc.nat(), fc.constantFrom('a', 'e', 'x', ''), (word, at, ch) => {
      const i = at % word.length;
      const typo = word.slice(0, i) + ch + word.slice(i + 1);
      return viaShared.correct(typo) === corrector.correct(typo);
    }),
    { numRuns: 500 },
  );
});
