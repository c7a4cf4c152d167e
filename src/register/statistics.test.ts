// Register statistics on five entries, every number worked out by hand from test-support/stored-entries.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registerStatistics } from './statistics.js';
import { smallRegister, storedEntry } from './test-support/stored-entries.js';

describe('registerStatistics', () => {
  const stats = registerStatistics(smallRegister());

  it('counts entries and the local governments involved, by whether one of their systems is in use', () => {
    assert.equal(stats.publishedEntries, 5);
    // Kortrijk (e1 in use) and Kuurne (e1 partner) use a system; Zwevegem (pilot, planned) and
    // Leiedal (idea) only prepare one; Harelbeke only took part in the retired e4.
    assert.deepEqual(stats.organisations, { total: 5, withSystemInUse: 2, preparingOnly: 2, retiredOnly: 1 });
  });

  it('counts by status, programme, kind and risk class in schema order, zeros included', () => {
    assert.deepEqual(stats.byStatus, { idea: 1, planned: 1, pilot: 1, 'in-use': 1, retired: 1 });
    assert.deepEqual(Object.keys(stats.byStatus), ['idea', 'planned', 'pilot', 'in-use', 'retired']);
    assert.deepEqual(stats.byProgramme, { 'gzg-call': 1, 'city-of-things': 1, 'lokaal-digitaal': 1, own: 2 });
    assert.deepEqual(stats.byKind, {
      'rule-based': 1,
      'machine-learning': 2,
      'generative-ai': 1,
      'natural-language-processing': 1,
      'computer-vision': 1,
      speech: 0,
      other: 0,
    });
    assert.deepEqual(stats.byRiskClass, {
      prohibited: 0,
      'high-risk': 1,
      'transparency-obligations': 1,
      'minimal-risk': 1,
      'not-an-ai-system': 1,
      unknown: 1,
    });
  });

  it('groups themes ignoring case, once per entry, in their most used spelling', () => {
    // Mobiliteit: e2 "MOBILITEIT", e3 "Mobiliteit" + "mobiliteit " (one entry), e4 "Mobiliteit".
    assert.deepEqual(stats.byTheme, [
      { theme: 'Mobiliteit', count: 3 },
      { theme: 'Netheid', count: 2 },
      { theme: 'Dienstverlening', count: 1 },
      { theme: 'Veiligheid', count: 1 },
    ]);
  });

  it('puts each phase in the year it started, the earlier of idea and plan counting as planned', () => {
    assert.deepEqual(stats.timeline, {
      years: [
        { year: 2019, planned: 0, pilot: 0, inUse: 1, retired: 0 },
        { year: 2022, planned: 0, pilot: 1, inUse: 0, retired: 0 },
        // e2's idea (2023-11) precedes its plan (2024-06).
        { year: 2023, planned: 1, pilot: 0, inUse: 1, retired: 0 },
        { year: 2024, planned: 0, pilot: 0, inUse: 0, retired: 1 },
        { year: 2025, planned: 0, pilot: 1, inUse: 0, retired: 0 },
        { year: 2027, planned: 1, pilot: 0, inUse: 0, retired: 0 },
      ],
      undated: 1,
    });
  });

  it('averages the self-scores per principle over the entries that scored it', () => {
    const byPrinciple = Object.fromEntries(stats.principles.map((p) => [p.principle, p]));
    assert.deepEqual(byPrinciple.reliability, { principle: 'reliability', scoredBy: 3, averageScore: 3.67 });
    assert.deepEqual(byPrinciple.humanFactor, { principle: 'humanFactor', scoredBy: 1, averageScore: 3 });
    assert.deepEqual(byPrinciple.dataManagement, { principle: 'dataManagement', scoredBy: 1, averageScore: 4 });
    assert.deepEqual(byPrinciple.aiAwareness, { principle: 'aiAwareness', scoredBy: 0, averageScore: null });
    assert.equal(stats.principles.length, 6);
  });

  it('restricts to the entries led by the given tenants', () => {
    const kuurne = registerStatistics(smallRegister(), { tenantIds: ['kuurne'] });
    assert.equal(kuurne.publishedEntries, 2);
    // e2 (pilot): Kuurne, Kortrijk, Zwevegem; e4 (retired): Kuurne, Harelbeke.
    assert.deepEqual(kuurne.organisations, { total: 4, withSystemInUse: 0, preparingOnly: 3, retiredOnly: 1 });
    assert.deepEqual(kuurne.byStatus, { idea: 0, planned: 0, pilot: 1, 'in-use': 0, retired: 1 });
    assert.equal(registerStatistics(smallRegister(), { tenantIds: [] }).publishedEntries, 0);
  });

  it('is all zeros for an empty register', () => {
    const empty = registerStatistics([]);
    assert.equal(empty.publishedEntries, 0);
    assert.deepEqual(empty.organisations, { total: 0, withSystemInUse: 0, preparingOnly: 0, retiredOnly: 0 });
    assert.deepEqual(empty.timeline, { years: [], undated: 0 });
    assert.deepEqual(empty.byTheme, []);
  });

  it('counts a theme once for an entry that lists it twice in different spellings', () => {
    const one = registerStatistics([storedEntry('x', { themes: ['Wélzijn', 'welzijn'] })]);
    assert.deepEqual(one.byTheme, [{ theme: 'Wélzijn', count: 1 }]);
  });
});
