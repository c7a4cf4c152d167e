// Dutch reply sentences for opening hours and collections, and the date formats they use.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DaySchedule } from './index.js';
import { describeCollections, describeOpeningHours, formatDutchDate, formatDutchDayMonth, fractionName, openingHoursOn } from './index.js';
import { demoLocation, loadDemoTenant } from './test-support/load-demo-tenant.js';

const monday: DaySchedule = {
  date: '2026-12-07',
  closed: false,
  open: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '16:00' }],
  appointmentOnly: [],
};

test('dates are written with Dutch weekday and month names', () => {
  assert.equal(formatDutchDate('2026-12-10'), 'donderdag 10 december 2026');
  assert.equal(formatDutchDayMonth('2027-05-07'), 'vrijdag 7 mei');
  assert.throws(() => formatDutchDate('2026-13-01'), RangeError);
});

test('today with two free ranges', () => {
  assert.equal(
    describeOpeningHours('het loket Burgerzaken', monday, { today: '2026-12-07' }),
    'Vandaag, maandag 7 december, is het loket Burgerzaken open van 08:30 tot 12:00 en van 13:30 tot 16:00.',
  );
});

test('a sentence about right now is added for today', () => {
  assert.match(describeOpeningHours('het loket', monday, { today: '2026-12-07', time: '10:15' }), /Nu \(10:15\) is het open, tot 12:00\.$/);
  assert.match(describeOpeningHours('het loket', monday, { today: '2026-12-07', time: '12:30' }), /gaat weer open om 13:30\.$/);
  assert.match(describeOpeningHours('het loket', monday, { today: '2026-12-07', time: '17:00' }), /Nu \(17:00\) is het gesloten\.$/);
});

test('a closure names its reason; another day gets "Op"', () => {
  const christmas: DaySchedule = { date: '2026-12-25', closed: true, closureReason: 'Kerstmis', open: [], appointmentOnly: [] };
  assert.equal(
    describeOpeningHours('het loket Burgerzaken', christmas, { today: '2026-12-22' }),
    'Op vrijdag 25 december is het loket Burgerzaken gesloten (Kerstmis).',
  );
  assert.equal(
    describeOpeningHours('het loket', { ...christmas, closureReason: undefined } as DaySchedule, { today: '2026-12-24' }),
    'Morgen, vrijdag 25 december, is het loket gesloten.',
  );
});

test('appointment-only slots are mentioned with "op afspraak"', () => {
  const demo = loadDemoTenant('leiebeke');
  const thursday = openingHoursOn(demoLocation(demo.locations, 'burgerzaken'), demo.closures, '2027-01-21');
  assert.equal(
    describeOpeningHours('het loket Burgerzaken', thursday, { today: '2027-01-19' }),
    'Op donderdag 21 januari is het loket Burgerzaken open van 08:30 tot 12:30 en op afspraak van 13:30 tot 19:00.',
  );
  const omgeving = openingHoursOn(demoLocation(demo.locations, 'omgeving'), demo.closures, '2027-01-19');
  assert.equal(
    describeOpeningHours('de dienst Omgeving', omgeving, { today: '2027-01-19' }),
    'Vandaag, dinsdag 19 januari, is de dienst Omgeving alleen op afspraak open, van 09:00 tot 12:00 en van 13:30 tot 16:00.',
  );
});

test('a date in another year carries the year', () => {
  assert.match(describeOpeningHours('het loket', { ...monday, date: '2027-01-04' }, { today: '2026-12-30' }), /^Op maandag 4 januari 2027 is/);
});

test('one collection reads as one sentence with the Dutch fraction name', () => {
  assert.equal(
    describeCollections([{ date: '2026-12-10', zone: '1', fraction: 'gft' }], { today: '2026-12-07', street: 'Abdijstraat', zone: '1' }),
    'De volgende ophaling van gft in de Abdijstraat (zone 1) is op donderdag 10 december.',
  );
  assert.equal(
    describeCollections([{ date: '2026-12-08', zone: '2', fraction: 'papier-karton' }], { today: '2026-12-07', zone: '2' }),
    'De volgende ophaling van papier en karton in zone 2 is morgen, dinsdag 8 december.',
  );
});

test('several collections become a list; none becomes a clear sentence', () => {
  assert.equal(
    describeCollections(
      [{ date: '2026-12-07', zone: '1', fraction: 'pmd' }, { date: '2026-12-14', zone: '1', fraction: 'restafval' }],
      { today: '2026-12-07', street: 'Kerkstraat', zone: '1' },
    ),
    'De volgende ophalingen in de Kerkstraat (zone 1):\n- pmd: vandaag, maandag 7 december\n- restafval: maandag 14 december',
  );
  assert.equal(
    describeCollections([], { today: '2027-12-30', zone: '1', fraction: 'glas' }),
    'Er staat geen volgende ophaling van glas in zone 1 in de afvalkalender.',
  );
});

test('every fraction has its display name', () => {
  assert.deepEqual(
    (['restafval', 'gft', 'pmd', 'papier-karton', 'glas', 'grofvuil'] as const).map(fractionName),
    ['restafval', 'gft', 'pmd', 'papier en karton', 'glas', 'grofvuil'],
  );
});
