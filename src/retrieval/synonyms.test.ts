// Every synonym-table entry fires and reaches the vocabulary of its canonical terms.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDutch } from './analyze-dutch.js';
import { createSynonymExpander } from './create-synonym-expander.js';
import { DUTCH_SYNONYMS } from './synonyms-nl.js';
import { ENGLISH_SYNONYMS } from './synonyms-en.js';

const tables = { DUTCH_SYNONYMS, ENGLISH_SYNONYMS };

for (const [name, table] of Object.entries(tables)) {
  test(`${name}: every term analyses to tokens overlapping its canonical's tokens`, () => {
    for (const entry of table) {
      assert.ok(entry.note.length > 0, `entry without note: ${entry.terms.join(', ')}`);
      const canonical = new Set(entry.canonical.flatMap((phrase) => analyzeDutch(phrase)));
      assert.ok(canonical.size > 0, `canonical without content words: ${entry.canonical.join(', ')}`);
      for (const term of entry.terms) {
        const stems = analyzeDutch(`ik zoek ${term} aub`, { expandSynonyms: true });
        assert.ok(stems.some((stem) => canonical.has(stem)), `"${term}" does not reach ${[...canonical].join(', ')}`);
      }
    }
  });
}

test('hand-written cases route residents\' words to official vocabulary', () => {
  const expand = (text: string) => analyzeDutch(text, { expandSynonyms: true });
  assert.ok(expand('tot hoe laat is het containerpark open').includes('recyclagepark'));
  assert.ok(expand('wanneer mag de grijze zak buiten').includes('restafval'));
  assert.ok(expand('is de bib open op zondag').includes('bibliothek'));
  assert.ok(expand('we gaan trouwen').includes('huwelijk'));
  assert.ok(expand('Kids-ID aanvragen').includes('kidsid'));
  assert.ok(expand('kidsid').includes('kidsid'));
  assert.ok(expand('wat kost een paspoort').includes('reispas'));
  assert.ok(expand('hoe dien ik een bouwaanvraag in').includes('omgevingsvergunn'));
  assert.ok(expand('I lost my identity card').includes('identiteitskaart'));
  assert.ok(expand('driving licence renewal').includes('rijbewijs'));
  assert.ok(expand('What are the opening hours of the library?').includes('openingsur'));
  assert.ok(expand('ik verhuis naar Gent').includes('adreswijz'));
});

test('phrases need their words in order; single words inside them do not fire', () => {
  const expand = (text: string) => analyzeDutch(text, { expandSynonyms: true });
  assert.ok(expand('de grijze zakken').includes('restafval'));
  assert.ok(!expand('een zak en een grijze jas').includes('restafval'));
});

test('without expandSynonyms nothing is added', () => {
  assert.deepEqual(analyzeDutch('containerpark'), ['containerpark']);
});

test('createSynonymExpander rejects terms without words', () => {
  assert.throws(() => createSynonymExpander([[{ terms: ['?!'], canonical: ['x'], note: 'n' }]]), /no words/);
  assert.throws(() => createSynonymExpander([[{ terms: ['bib'], canonical: ['...'], note: 'n' }]]), /no words/);
});
