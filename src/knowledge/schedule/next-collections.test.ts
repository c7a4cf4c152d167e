// Next waste collections per fraction, on synthetic rows and on the demo calendars around holidays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WasteCollection } from '../content-types.js';
import { nextCollections } from './index.js';
import { loadDemoTenant } from './test-support/load-demo-tenant.js';

const calendar: WasteCollection[] = [
  { date: '2026-12-17', zone: '1', fraction: 'gft' },
  { date: '2026-12-10', zone: '1', fraction: 'pmd' },
  { date: '2026-12-10', zone: '1', fraction: 'gft' },
  { date: '2026-12-10', zone: '2', fraction: 'restafval' },
  { date: '2026-12-14', zone: '1', fraction: 'restafval' },
  { date: '2026-12-03', zone: '1', fraction: 'glas' },
];

test('one collection per fraction, the earliest on or after the date, sorted by date then fraction', () => {
  assert.deepEqual(nextCollections(calendar, '1', '2026-12-10'), [
    { date: '2026-12-10', zone: '1', fraction: 'gft' },
    { date: '2026-12-10', zone: '1', fraction: 'pmd' },
    { date: '2026-12-14', zone: '1', fraction: 'restafval' },
  ]);
});

test('excludeToday skips collections on the date itself', () => {
  assert.deepEqual(
    nextCollections(calendar, '1', '2026-12-10', { excludeToday: true }).map((c) => `${c.fraction} ${c.date}`),
    ['restafval 2026-12-14', 'gft 2026-12-17'],
  );
});

test('the fraction option keeps only that fraction', () => {
  assert.deepEqual(nextCollections(calendar, '1', '2026-12-11', { fraction: 'gft' }), [
    { date: '2026-12-17', zone: '1', fraction: 'gft' },
  ]);
});

test('an unknown zone or a date past the calendar gives an empty list', () => {
  assert.deepEqual(nextCollections(calendar, '9', '2026-12-01'), []);
  assert.deepEqual(nextCollections(calendar, '1', '2027-01-01'), []);
});

test('demo Kempenhout: restafval of zone 3 moves from Christmas Friday to Monday 28 December', () => {
  const { wasteCalendar } = loadDemoTenant('kempenhout');
  const [next] = nextCollections(wasteCalendar, '3', '2026-12-22', { fraction: 'restafval' });
  assert.equal(next?.date, '2026-12-28');
  assert.equal(wasteCalendar.some((c) => c.date === '2026-12-25'), false, 'nothing is collected on Christmas');
});

test('demo Leiebeke: pmd of zone 4 moves from Ascension Thursday to Friday 7 May', () => {
  const { wasteCalendar } = loadDemoTenant('leiebeke');
  assert.deepEqual(nextCollections(wasteCalendar, '4', '2027-05-04', { fraction: 'pmd' }), [
    { date: '2027-05-07', zone: '4', fraction: 'pmd' },
  ]);
  assert.equal(wasteCalendar.some((c) => c.date === '2027-05-06'), false, 'nothing is collected on Ascension Day');
});

test('demo Leiebeke: every fraction of zone 3 from 11 December, restafval on 16 December', () => {
  const { wasteCalendar } = loadDemoTenant('leiebeke');
  const next = nextCollections(wasteCalendar, '3', '2026-12-11');
  assert.equal(next.find((c) => c.fraction === 'restafval')?.date, '2026-12-16');
  assert.equal(new Set(next.map((c) => c.fraction)).size, next.length);
  assert.deepEqual(next.map((c) => c.date), [...next.map((c) => c.date)].sort());
});
