// The analyser end to end: options, tenant analyser, and fast-check properties.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDutch, analyzeDutchTerms, createCompoundSplitter, createDutchAnalyzer, createTypoCorrector, QUESTION_WORDS, DUTCH_STOPWORDS } from './index.js';

const content = [
  'Elektronische identiteitskaart (eID) aanvragen of vernieuwen. De identiteitskaart kost 24,50 euro.',
  'Recyclagepark: toegang, wat mag binnen en tarieven. Het recyclagepark is open op zaterdag.',
  'Ophaling van huisvuil, PMD, papier en GFT (afvalkalender). Restafval wordt om de twee weken opgehaald.',
  'Rijbewijs aanvragen of vernieuwen. Reispas (paspoort) aanvragen. Aangifte van huwelijk.',
];
const tenant = createDutchAnalyzer(content);
const stems = (text: string) => tenant.analyzeQuery(text).map((t) => t.stem);

test('drops stopwords, including Flemish colloquial ones, and stems the rest', () => {
  assert.deepEqual(analyzeDutch('ik wil ne nieuwe identiteitskaart, hoe gaat da?'), ['nieuw', 'identiteitskaart', 'gat']);
  assert.deepEqual(analyzeDutch('kik zijde gij wa kost da'), ['kost']);
});

test('question words are stopwords unless keepQuestionWords is set', () => {
  assert.deepEqual(analyzeDutch('Hoeveel kost een reispas?'), ['kost', 'reispas']);
  const terms = analyzeDutchTerms('Hoeveel kost een reispas, wanneer?', { keepQuestionWords: true });
  assert.deepEqual(terms.map((t) => t.surface), ['hoeveel', 'kost', 'reispas', 'wanneer']);
  for (const word of QUESTION_WORDS) assert.ok(DUTCH_STOPWORDS.has(word), word);
});

test('terms carry surface word, stem, position and source', () => {
  const terms = analyzeDutchTerms('afvalophalingen Leiebeke', { compounds: createCompoundSplitter() });
  assert.deepEqual(terms, [
    { surface: 'afvalophalingen', stem: 'afvalophal', position: 0, source: 'text' },
    { surface: 'afval', stem: 'afval', position: 0, source: 'compound' },
    { surface: 'ophaling', stem: 'ophal', position: 0, source: 'compound' },
    { surface: 'leiebeke', stem: 'leiebek', position: 1, source: 'text' },
  ]);
});

test('typo correction keeps the original word and adds the fix', () => {
  const terms = analyzeDutchTerms('wat kost een identitijtskaart', { typos: createTypoCorrector(['identiteitskaart']) });
  assert.deepEqual(terms.map((t) => [t.surface, t.source]), [
    ['kost', 'text'], ['identitijtskaart', 'text'], ['identiteitskaart', 'typo'],
  ]);
});

test('the tenant analyser combines typos, synonyms and compounds for queries', () => {
  assert.ok(stems('containterpark open zaterdag').includes('recyclagepark'));
  assert.ok(stems('rijbewys vernieuwen').includes('rijbewijs'));
  assert.ok(stems('wat kost een paspoordt').includes('reispas'));
  assert.ok(stems('wanneer is de afvalophaling').includes('ophal'));
  assert.ok(stems('grijze zak buitenzetten').includes('restafval'));
  assert.ok(tenant.analyzeQuery('hoeveel kost da', { keepQuestionWords: true }).some((t) => t.surface === 'hoeveel'));
});

test('the tenant analyser indexes documents with compound parts but no expansions', () => {
  const indexed = tenant.analyzeDocument('De huisvuilophaling in het containerpark');
  assert.deepEqual(indexed, ['huisvuilophal', 'huisvuil', 'ophal', 'containerpark', 'container', 'park']);
});

test('property: never throws on arbitrary unicode, output is non-empty lowercase ASCII', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      for (const stem of tenant.analyzeQuery(s).map((t) => t.stem).concat(tenant.analyzeDocument(s))) {
        assert.match(stem, /^[a-z0-9][a-z0-9.,:]*$/);
      }
    }),
  );
});

test('property: analysing a concatenation contains the analysis of each part', () => {
  const word = fc.constantFrom('identiteitskaart', 'grijze', 'zak', 'kids', 'id', 'containerpark', 'hoeveel', 'kost', 'bouwaanvraag', 'de', 'paspoordt', 'trouwen', 'bib', '24,50');
  const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(text, text, (a, b) => {
      const whole = new Set(stems(`${a} ${b}`));
      for (const stem of [...stems(a), ...stems(b)]) assert.ok(whole.has(stem), `${stem} missing for "${a} ${b}"`);
    }),
  );
});

test('property: diacritics and case do not change the analysis', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z ]{0,40}$/), (s) => {
      const shouted = s.toUpperCase().replace(/E/g, 'Ë').replace(/A/g, 'Á');
      assert.deepEqual(stems(shouted), stems(s));
    }),
  );
});

test('property: analysing the normalised surface words gives the same stems', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
      const once = analyzeDutchTerms(s, { keepStopwords: true }).filter((t) => t.source === 'text');
      const again = analyzeDutch(once.map((t) => t.surface).join(' '), { keepStopwords: true });
      assert.deepEqual(again, once.map((t) => t.stem));
    }),
  );
});
