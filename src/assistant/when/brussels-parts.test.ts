// Brussels wall clock around the summer-time switches, and Easter-based holiday dates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brusselsInstant, brusselsParts, easterSunday } from './index.js';

test('spring forward: 01:30 winter time is followed by 03:30 summer time one hour later', () => {
  const before = brusselsParts(new Date('2027-03-28T01:30:00+01:00'));
  assert.deepEqual([before.date, before.time, before.weekday, before.offsetMinutes], ['2027-03-28', '01:30', 'sun', 60]);
  const after = brusselsParts(new Date('2027-03-28T03:30:00+02:00'));
  assert.deepEqual([after.date, after.time, after.offsetMinutes], ['2027-03-28', '03:30', 120]);
  assert.equal(new Date('2027-03-28T03:30:00+02:00').getTime() - new Date('2027-03-28T01:30:00+01:00').getTime(), 3_600_000);
});

test('fall back: 02:30 happens twice on 25 October 2026, first in summer time', () => {
  assert.equal(brusselsParts(new Date('2026-10-25T00:30:00Z')).time, '02:30');
  assert.equal(brusselsParts(new Date('2026-10-25T00:30:00Z')).offsetMinutes, 120);
  assert.equal(brusselsParts(new Date('2026-10-25T01:30:00Z')).time, '02:30');
  assert.equal(brusselsParts(new Date('2026-10-25T01:30:00Z')).offsetMinutes, 60);
});

test('the Brussels date differs from the UTC date late in the evening', () => {
  assert.equal(brusselsParts(new Date('2026-10-24T23:30:00Z')).date, '2026-10-25');
  assert.equal(brusselsParts(new Date('2026-12-31T23:30:00Z')).date, '2027-01-01');
  assert.equal(brusselsParts(new Date('2027-06-30T22:15:00Z')).time, '00:15');
});

test('brusselsInstant turns a wall-clock time back into an instant, across both switches', () => {
  assert.equal(brusselsInstant('2027-01-19', '09:05').toISOString(), '2027-01-19T08:05:00.000Z');
  assert.equal(brusselsInstant('2027-07-01', '09:05').toISOString(), '2027-07-01T07:05:00.000Z');
  // 02:30 does not exist on 28 March 2027; the clock reads 03:30 at that moment.
  assert.equal(brusselsInstant('2027-03-28', '02:30').toISOString(), '2027-03-28T01:30:00.000Z');
  assert.equal(brusselsInstant('2026-10-25', '02:30').toISOString(), '2026-10-25T00:30:00.000Z');
});

test('invalid input is rejected', () => {
  assert.throws(() => brusselsParts(new Date('not a date')), RangeError);
  assert.throws(() => brusselsInstant('2027-01-19', '9:05'), RangeError);
});

test('Easter Sunday follows the Meeus/Jones/Butcher algorithm', () => {
  assert.equal(easterSunday(2024), '2024-03-31');
  assert.equal(easterSunday(2025), '2025-04-20');
  assert.equal(easterSunday(2026), '2026-04-05');
  assert.equal(easterSunday(2027), '2027-03-28');
  assert.equal(easterSunday(2038), '2038-04-25');
  assert.equal(easterSunday(2285), '2285-03-22');
});
