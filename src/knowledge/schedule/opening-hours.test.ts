// Opening hours on a date, open-at-a-moment and next opening, on synthetic and demo locations.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Closure } from '../content-types.js';
import { isOpenAt, nextOpening, openingHoursOn } from './index.js';
import { demoLocation, loadDemoTenant } from './test-support/load-demo-tenant.js';
import { syntheticLocation } from './test-support/synthetic-location.js';

const weekdays = ['08:30-12:00', '13:30-16:00'];
const counter = syntheticLocation('counter', {
  mon: weekdays, tue: weekdays, wed: ['13:30-16:00', '08:30-12:00'], thu: weekdays, fri: ['08:30-12:00'],
}, { thu: ['16:00-19:00'], sat: ['09:00-12:00'] });
const park = syntheticLocation('park', { tue: ['13:00-19:00'], sat: ['09:00-16:00'] });
const closures: Closure[] = [
  { date: '2026-12-25', reason: 'Kerstmis', locations: ['*'] },
  { date: '2026-12-26', reason: 'Tweede kerstdag', locations: ['*'] },
  { date: '2027-01-05', reason: 'Jaarlijkse inventaris', locations: ['park'] },
];

test('a regular weekday lists the free hours sorted and no closure', () => {
  assert.deepEqual(openingHoursOn(counter, closures, '2026-12-09'), {
    date: '2026-12-09',
    closed: false,
    open: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '16:00' }],
    appointmentOnly: [],
  });
});

test('appointment-only slots are listed apart from the free hours', () => {
  const thursday = openingHoursOn(counter, closures, '2026-12-10');
  assert.deepEqual(thursday.appointmentOnly, [{ start: '16:00', end: '19:00' }]);
  assert.equal(thursday.open.length, 2);
  const saturday = openingHoursOn(counter, closures, '2026-12-12');
  assert.equal(saturday.closed, false, 'a day with only appointment slots is not closed');
  assert.deepEqual(saturday.open, []);
});

test('a day without any hours is closed without a closure reason', () => {
  const sunday = openingHoursOn(counter, closures, '2026-12-13');
  assert.equal(sunday.closed, true);
  assert.equal(sunday.closureReason, undefined);
});

test('a closure for "*" closes every location and empties the appointment slots', () => {
  const christmas = openingHoursOn(counter, closures, '2026-12-25');
  assert.deepEqual(christmas, { date: '2026-12-25', closed: true, closureReason: 'Kerstmis', open: [], appointmentOnly: [] });
  assert.equal(openingHoursOn(park, closures, '2026-12-26').closureReason, 'Tweede kerstdag');
});

test('a closure for one location leaves the others open', () => {
  assert.equal(openingHoursOn(park, closures, '2027-01-05').closed, true);
  assert.equal(openingHoursOn(counter, closures, '2027-01-05').closed, false);
});

test('the day after a closure has its normal hours again', () => {
  assert.deepEqual(openingHoursOn(park, closures, '2027-01-12').open, [{ start: '13:00', end: '19:00' }]);
  assert.equal(openingHoursOn(counter, closures, '2026-12-28').open.length, 2);
});

test('isOpenAt tells open, appointment-only and closed apart, with end exclusive', () => {
  assert.deepEqual(isOpenAt(counter, closures, '2026-12-10', '08:30'), { state: 'open', range: { start: '08:30', end: '12:00' } });
  assert.equal(isOpenAt(counter, closures, '2026-12-10', '12:00').state, 'closed');
  assert.deepEqual(isOpenAt(counter, closures, '2026-12-10', '18:59'), {
    state: 'appointment-only',
    range: { start: '16:00', end: '19:00' },
  });
  assert.equal(isOpenAt(counter, closures, '2026-12-10', '19:00').state, 'closed');
  assert.deepEqual(isOpenAt(counter, closures, '2026-12-25', '10:00'), { state: 'closed', closureReason: 'Kerstmis' });
});

test('isOpenAt rejects an invalid time or date', () => {
  assert.throws(() => isOpenAt(counter, closures, '2026-12-10', '25:00'), RangeError);
  assert.throws(() => isOpenAt(counter, closures, '2026-02-30', '10:00'), RangeError);
});

test('nextOpening returns the ongoing slot when it is open now', () => {
  assert.deepEqual(nextOpening(counter, closures, '2026-12-07', '10:15'), {
    date: '2026-12-07',
    range: { start: '08:30', end: '12:00' },
    ongoing: true,
  });
  assert.deepEqual(nextOpening(counter, closures, '2026-12-07', '12:30'), {
    date: '2026-12-07',
    range: { start: '13:30', end: '16:00' },
    ongoing: false,
  });
});

test('nextOpening skips the weekend and appointment-only slots', () => {
  // Friday afternoon: Saturday has only appointment slots, Sunday nothing.
  assert.deepEqual(nextOpening(counter, closures, '2026-12-11', '12:00'), {
    date: '2026-12-14',
    range: { start: '08:30', end: '12:00' },
    ongoing: false,
  });
});

test('nextOpening skips a holiday closure', () => {
  // Thursday 24 December evening: Christmas (Friday) and the weekend are closed.
  assert.equal(nextOpening(counter, closures, '2026-12-24', '19:30')?.date, '2026-12-28');
  // The park: Tuesday 5 January is its inventory day, so Saturday 9 January is next.
  assert.equal(nextOpening(park, closures, '2027-01-04', '09:00')?.date, '2027-01-09');
});

test('nextOpening gives null when nothing opens within the window', () => {
  const appointmentsOnly = syntheticLocation('omgeving', {}, { mon: ['09:00-12:00'] });
  assert.equal(nextOpening(appointmentsOnly, closures, '2026-12-07', '08:00'), null);
  assert.equal(nextOpening(park, closures, '2026-12-07', '08:00', 0), null);
});

test('demo Leiebeke: burgerzaken on a Monday morning, the park closed for inventory', () => {
  const demo = loadDemoTenant('leiebeke');
  const burgerzaken = demoLocation(demo.locations, 'burgerzaken');
  assert.deepEqual(isOpenAt(burgerzaken, demo.closures, '2026-12-07', '10:15').range, { start: '08:30', end: '12:30' });
  const park = demoLocation(demo.locations, 'recyclagepark');
  assert.equal(openingHoursOn(park, demo.closures, '2027-01-05').closureReason, 'Recyclagepark gesloten wegens jaarlijkse inventaris');
  assert.deepEqual(openingHoursOn(burgerzaken, demo.closures, '2027-01-21').appointmentOnly, [{ start: '13:30', end: '19:00' }]);
});

test('demo Leiebeke: kermismaandag closes burgerzaken but not the Sociaal Huis', () => {
  const demo = loadDemoTenant('leiebeke');
  assert.equal(openingHoursOn(demoLocation(demo.locations, 'burgerzaken'), demo.closures, '2027-09-13').closed, true);
  assert.deepEqual(openingHoursOn(demoLocation(demo.locations, 'sociaal-huis'), demo.closures, '2027-09-13').open, [
    { start: '09:00', end: '12:00' },
  ]);
});

test('demo Kempenhout: the bridge day after Ascension closes the town hall, not the park', () => {
  const demo = loadDemoTenant('kempenhout');
  assert.equal(openingHoursOn(demoLocation(demo.locations, 'burgerzaken'), demo.closures, '2027-05-07').closed, true);
  assert.deepEqual(openingHoursOn(demoLocation(demo.locations, 'recyclagepark'), demo.closures, '2027-05-07').open, [
    { start: '12:00', end: '17:00' },
  ]);
  // Omgevingsloket is freely open on Mondays only; from Wednesday 16 June that is Monday 21 June.
  assert.deepEqual(nextOpening(demoLocation(demo.locations, 'omgeving'), demo.closures, '2027-06-16', '10:20'), {
    date: '2027-06-21',
    range: { start: '08:30', end: '12:00' },
    ongoing: false,
  });
});

test('demo Scheldegem: burgerzaken closed on Saturday 2 January, open the next Saturday', () => {
  const demo = loadDemoTenant('scheldegem');
  const burgerzaken = demoLocation(demo.locations, 'burgerzaken');
  assert.equal(openingHoursOn(burgerzaken, demo.closures, '2027-01-02').closed, true);
  assert.deepEqual(openingHoursOn(burgerzaken, demo.closures, '2027-01-09').open, [{ start: '09:00', end: '12:00' }]);
  // From Christmas Eve evening: 25, 26 (closures), 27 (Sunday) → Monday 28 December.
  assert.equal(nextOpening(burgerzaken, demo.closures, '2026-12-24', '18:00')?.date, '2026-12-28');
});
