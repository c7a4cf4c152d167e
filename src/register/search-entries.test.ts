// Faceted search of the public register on five entries whose counts are worked out by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchEntries, type EntrySearch } from './search-entries.js';
import { smallRegister } from './test-support/stored-entries.js';

const entries = smallRegister();
const ids = (search: EntrySearch) => searchEntries(entries, search).entries.map((e) => e.id);
const counts = <T extends { count: number }>(facet: T[], key: (item: T) => string) => Object.fromEntries(facet.map((f) => [key(f), f.count]));

describe('searchEntries', () => {
  it('without a search returns everything in the given order', () => {
    const result = searchEntries(entries, {});
    assert.deepEqual(result.entries.map((e) => e.id), ['e1', 'e2', 'e3', 'e4', 'e5']);
    assert.equal(result.total, 5);
  });

  it('combines values within a facet with OR and facets with AND', () => {
    assert.deepEqual(ids({ status: ['in-use', 'pilot'] }), ['e1', 'e2']);
    assert.deepEqual(ids({ kind: ['machine-learning', 'generative-ai'] }), ['e1', 'e2', 'e3']);
    assert.deepEqual(ids({ status: ['in-use', 'pilot'], kind: ['generative-ai'] }), ['e2']);
    assert.deepEqual(ids({ status: ['in-use', 'pilot'], kind: ['machine-learning'], programme: ['gzg-call'] }), []);
    assert.deepEqual(ids({ riskClass: ['high-risk', 'unknown'] }), ['e1', 'e5']);
    assert.deepEqual(ids({ status: [] }), ['e1', 'e2', 'e3', 'e4', 'e5'], 'an empty list is no filter');
  });

  it('filters on an organisation as lead or partner, and on the tenant', () => {
    assert.deepEqual(ids({ organisation: 'stad-kortrijk' }), ['e1', 'e2', 'e5']);
    assert.deepEqual(ids({ organisation: 'gemeente-harelbeke' }), ['e4']);
    assert.deepEqual(ids({ tenantId: 'kuurne' }), ['e2', 'e4']);
    assert.deepEqual(ids({ organisation: 'onbekend' }), []);
  });

  it('filters on a principle with a minimum self-score', () => {
    assert.deepEqual(ids({ principle: 'reliability' }), ['e1', 'e2', 'e3']);
    assert.deepEqual(ids({ principle: 'reliability', minScore: 3 }), ['e1', 'e3']);
    assert.deepEqual(ids({ principle: 'reliability', minScore: 5 }), ['e3']);
    assert.deepEqual(ids({ principle: 'aiAwareness' }), []);
  });

  it('matches every word of q in any searchable field, ignoring case and accents', () => {
    assert.deepEqual(ids({ q: 'CRECHE' }), ['e3'], 'crèche in the short description');
    assert.deepEqual(ids({ q: 'crèche parkeerdruk' }), ['e3']);
    assert.deepEqual(ids({ q: 'creche chatbot' }), [], 'all words must match');
    assert.deepEqual(ids({ q: 'kortrijk camera' }), ['e1'], 'organisation name and entry name');
    assert.deepEqual(ids({ q: 'leiedal' }), ['e5']);
    assert.deepEqual(ids({ q: 'citymesh' }), ['e1'], 'supplier');
    assert.deepEqual(ids({ q: 'digitaal loket' }), ['e2'], 'search terms');
    assert.deepEqual(ids({ q: 'veiligheid' }), ['e1'], 'themes');
    assert.deepEqual(ids({ q: '  ' }), ['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('counts each facet over the entries matching every other facet', () => {
    const { facets } = searchEntries(entries, { status: ['pilot'] });
    assert.deepEqual(counts(facets.status, (f) => f.value), { idea: 1, planned: 1, pilot: 1, 'in-use': 1, retired: 1 });
    assert.deepEqual(counts(facets.kind, (f) => f.value), {
      'rule-based': 0,
      'machine-learning': 0,
      'generative-ai': 1,
      'natural-language-processing': 1,
      'computer-vision': 0,
      speech: 0,
      other: 0,
    });
    assert.deepEqual(counts(facets.programme, (f) => f.value), { 'gzg-call': 1, 'city-of-things': 0, 'lokaal-digitaal': 0, own: 0 });
    assert.deepEqual(facets.organisation, [
      { slug: 'gemeente-kuurne', name: 'Gemeente Kuurne', count: 1 },
      { slug: 'gemeente-zwevegem', name: 'Gemeente Zwevegem', count: 1 },
      { slug: 'stad-kortrijk', name: 'Stad Kortrijk', count: 1 },
    ]);
  });

  it('lists enumerated facet values in schema order and organisations by name', () => {
    const { facets } = searchEntries(entries, { organisation: 'stad-kortrijk' });
    assert.deepEqual(facets.riskClass.map((f) => f.value), ['prohibited', 'high-risk', 'transparency-obligations', 'minimal-risk', 'not-an-ai-system', 'unknown']);
    assert.deepEqual(counts(facets.riskClass, (f) => f.value), {
      prohibited: 0,
      'high-risk': 1,
      'transparency-obligations': 1,
      'minimal-risk': 0,
      'not-an-ai-system': 0,
      unknown: 1,
    });
    assert.deepEqual(counts(facets.organisation, (f) => f.slug), {
      'gemeente-harelbeke': 1,
      'gemeente-kuurne': 3,
      'gemeente-zwevegem': 2,
      'intercommunale-leiedal': 1,
      'stad-kortrijk': 3,
    });
    assert.deepEqual(facets.organisation.map((f) => f.name), ['Gemeente Harelbeke', 'Gemeente Kuurne', 'Gemeente Zwevegem', 'Intercommunale Leiedal', 'Stad Kortrijk']);
  });

  it('keeps the chosen organisation in its facet when other filters leave it nothing', () => {
    const result = searchEntries(entries, { organisation: 'gemeente-harelbeke', status: ['in-use'] });
    assert.equal(result.total, 0);
    assert.deepEqual(result.facets.organisation, [
      { slug: 'gemeente-harelbeke', name: 'Gemeente Harelbeke', count: 0 },
      { slug: 'gemeente-kuurne', name: 'Gemeente Kuurne', count: 1 },
      { slug: 'stad-kortrijk', name: 'Stad Kortrijk', count: 1 },
    ]);
  });

  it('counts principle scores as "at least N", ignoring the chosen minimum', () => {
    const all = searchEntries(entries, { principle: 'reliability', minScore: 5 }).facets.principle;
    assert.deepEqual(all.find((p) => p.value === 'reliability')?.atLeast, [3, 3, 2, 2, 1]);
    assert.deepEqual(all.find((p) => p.value === 'humanFactor')?.atLeast, [1, 1, 1, 0, 0]);
    assert.deepEqual(all.find((p) => p.value === 'aiAwareness')?.atLeast, [0, 0, 0, 0, 0]);
    const planned = searchEntries(entries, { status: ['planned'] }).facets.principle;
    assert.deepEqual(planned.find((p) => p.value === 'reliability')?.atLeast, [1, 1, 1, 1, 1]);
    assert.deepEqual(planned.map((p) => p.value), ['democraticValues', 'reliability', 'humanFactor', 'aiAwareness', 'dataManagement', 'ecologicalAndHumanitarianImpact']);
  });

  it('applies q and the tenant to every facet', () => {
    const { facets } = searchEntries(entries, { q: 'mobiliteit', tenantId: 'kuurne' });
    assert.deepEqual(counts(facets.status, (f) => f.value), { idea: 0, planned: 0, pilot: 1, 'in-use': 0, retired: 1 });
  });
});
