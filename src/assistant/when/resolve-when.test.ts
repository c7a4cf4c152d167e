// Dutch and English day/time expressions resolved against a Brussels "now".

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Closure } from '../../knowledge/content-types.js';
import { resolveWhen } from './index.js';
import type { When } from './index.js';

// Tuesday 19 January 2027, 09:05 winter time.
const TUESDAY = new Date('2027-01-19T09:05:00+01:00');

function one(text: string, now: Date = TUESDAY): When {
  const result = resolveWhen(text, now);
  assert.ok(result && !Array.isArray(result), `expected one day for ${JSON.stringify(text)}, got ${JSON.stringify(result)}`);
  return result;
}

function dateOf(text: string, now: Date = TUESDAY): string {
  return one(text, now).date;
}

test('now, today and parts of today', () => {
  assert.deepEqual(one('Is het gemeentehuis nu open?'), { date: '2027-01-19', time: '09:05', explicit: false, label: 'nu' });
  assert.deepEqual(one('is het vandaag open'), { date: '2027-01-19', explicit: false, label: 'vandaag' });
  assert.deepEqual(one('vanavond'), { date: '2027-01-19', partOfDay: 'avond', explicit: false, label: 'vanavond' });
  assert.equal(one('vanmiddag').partOfDay, 'middag');
  assert.equal(one('vannamiddag').partOfDay, 'namiddag');
  assert.equal(one('vanochtend').partOfDay, 'ochtend');
  assert.equal(one('deze morgen').partOfDay, 'ochtend');
  assert.equal(one('Is it open now?').time, '09:05');
  assert.equal(dateOf('today'), '2027-01-19');
});

test('tomorrow, the day after, yesterday', () => {
  assert.equal(dateOf('Is de bib morgen open?'), '2027-01-20');
  assert.equal(dateOf('overmorgen'), '2027-01-21');
  assert.equal(dateOf('gisteren'), '2027-01-18');
  assert.equal(dateOf('tomorrow'), '2027-01-20');
  assert.deepEqual(one('morgenvroeg'), { date: '2027-01-20', partOfDay: 'ochtend', explicit: false, label: 'morgenochtend' });
  assert.equal(one('morgenavond').partOfDay, 'avond');
  assert.equal(one('morgen in de namiddag').partOfDay, 'namiddag');
  assert.equal(one('tomorrow morning at 9').time, '09:00');
});

test('"goedemorgen" and "deze morgen" are not tomorrow', () => {
  assert.equal(resolveWhen('Goedemorgen, ik heb een vraag over mijn eID', TUESDAY), null);
  assert.equal(resolveWhen('goede morgen', TUESDAY), null);
  assert.equal(dateOf('deze morgen'), '2027-01-19');
});

test('a weekday is the next one, today included; "volgende" skips today', () => {
  assert.equal(dateOf('dinsdag'), '2027-01-19');
  assert.equal(dateOf('volgende dinsdag'), '2027-01-26');
  assert.equal(dateOf('next tuesday'), '2027-01-26');
  assert.equal(dateOf('woensdag'), '2027-01-20');
  assert.equal(dateOf('tot hoe laat is het containerpark open zaterdag'), '2027-01-23');
  assert.equal(dateOf('on saturday'), '2027-01-23');
  assert.equal(dateOf('maandag'), '2027-01-25');
  assert.equal(dateOf('zondag'), '2027-01-24');
  assert.equal(dateOf('vorige vrijdag'), '2027-01-15');
  assert.deepEqual(one('is het open op donderdag?'), { date: '2027-01-21', explicit: false, label: 'donderdag 21 januari' });
});

test('"zaterdag" on a Saturday is that same Saturday', () => {
  const saturday = new Date('2027-01-23T10:00:00+01:00');
  assert.equal(dateOf('zaterdag', saturday), '2027-01-23');
  assert.equal(dateOf('volgende zaterdag', saturday), '2027-01-30');
});

test('weekday with part of day, joined or apart', () => {
  assert.deepEqual(one('kan ik donderdagavond langskomen voor mijn rijbewijs?'), {
    date: '2027-01-21', partOfDay: 'avond', explicit: false, label: 'donderdag 21 januari',
  });
  assert.equal(one('zaterdagvoormiddag').partOfDay, 'ochtend');
  assert.equal(one('vrijdagnamiddag').partOfDay, 'namiddag');
  assert.equal(one('zaterdag morgen').date, '2027-01-23');
  assert.equal(one('zaterdag morgen').partOfDay, 'ochtend');
  assert.equal(one("zondag 's middags").partOfDay, 'middag');
});

test('Flemish weekday abbreviations count only when clearly a date', () => {
  assert.equal(dateOf('za 23/1'), '2027-01-23');
  assert.equal(dateOf('op do'), '2027-01-21');
  assert.equal(dateOf('vr. 22 januari'), '2027-01-22');
  assert.equal(resolveWhen('How do I register my new address?', TUESDAY), null);
  assert.equal(resolveWhen('is dat zo?', TUESDAY), null);
  assert.equal(resolveWhen('ok, tot zo!', TUESDAY), null);
  assert.equal(resolveWhen('op zo’n dag', TUESDAY), null);
  assert.equal(resolveWhen('mijn ma wil een kids-ID aanvragen', TUESDAY), null);
});

test('dates with month names and numbers; without a year the next occurrence', () => {
  assert.deepEqual(one('26 december'), { date: '2027-12-26', explicit: true, label: 'zondag 26 december' });
  assert.equal(dateOf('26/12'), '2027-12-26');
  assert.equal(dateOf('26-12-2026'), '2026-12-26');
  assert.equal(dateOf('26/12/27'), '2027-12-26');
  assert.equal(dateOf('2 januari'), '2028-01-02');
  assert.equal(dateOf('1 mei'), '2027-05-01');
  assert.equal(dateOf('1ste mei'), '2027-05-01');
  assert.equal(dateOf('19 januari'), '2027-01-19', 'today counts as the next occurrence');
  assert.equal(dateOf('15 aug'), '2027-08-15');
  assert.equal(dateOf('december 26th'), '2027-12-26');
  assert.equal(dateOf('is de bibliotheek open op 11 juli?'), '2027-07-11');
  assert.equal(dateOf('21 juli'), '2027-07-21');
  assert.equal(dateOf('Is het Sociaal Huis open op kermismaandag 13 september?'), '2027-09-13');
});

test('a weekday before a date is checked, the date wins', () => {
  const now = new Date('2026-12-29T16:20:00+01:00');
  assert.deepEqual(one('kan ik zaterdag 2 januari naar het gemeentehuis?', now), {
    date: '2027-01-02', explicit: true, label: 'zaterdag 2 januari 2027',
  });
  assert.equal(one('maandag 2 januari', now).weekdayMismatch, true);
});

test('year rollover: on 30 December, early January is next year', () => {
  const now = new Date('2026-12-30T10:00:00+01:00');
  assert.equal(dateOf('2 januari', now), '2027-01-02');
  assert.equal(dateOf('nieuwjaar', now), '2027-01-01');
  assert.equal(dateOf('30 december', now), '2026-12-30');
  assert.equal(dateOf('29 december', now), '2027-12-29');
  assert.equal(dateOf('morgen', new Date('2026-12-31T23:30:00+01:00')), '2027-01-01');
});

test('named holidays, with Easter-based ones computed', () => {
  const now = new Date('2027-01-02T12:00:00+01:00');
  const cases: Array<[string, string, string]> = [
    ['kerstmis', '2027-12-25', 'Kerstmis'],
    ['op kerstdag', '2027-12-25', 'Kerstmis'],
    ['is burgerzaken open op 2e kerstdag?', '2027-12-26', 'Tweede kerstdag'],
    ['tweede kerstdag', '2027-12-26', 'Tweede kerstdag'],
    ['nieuwjaarsdag', '2028-01-01', 'Nieuwjaar'],
    ['oudejaarsavond', '2027-12-31', 'Oudejaarsavond'],
    ['oudejaar', '2027-12-31', 'Oudejaarsavond'],
    ['pasen', '2027-03-28', 'Pasen'],
    ['paasmaandag', '2027-03-29', 'Paasmaandag'],
    ['hemelvaart', '2027-05-06', 'O.L.H.-Hemelvaart'],
    ['O.L.V.-Hemelvaart', '2027-08-15', 'O.L.V.-Hemelvaart'],
    ['pinkstermaandag', '2027-05-17', 'Pinkstermaandag'],
    ['allerheiligen', '2027-11-01', 'Allerheiligen'],
    ['allerzielen', '2027-11-02', 'Allerzielen'],
    ['wapenstilstand', '2027-11-11', 'Wapenstilstand'],
    ['feest van de Vlaamse Gemeenschap', '2027-07-11', 'Feest van de Vlaamse Gemeenschap'],
    ['nationale feestdag', '2027-07-21', 'Nationale feestdag'],
    ['Christmas Day', '2027-12-25', 'Kerstmis'],
    ['Easter Monday', '2027-03-29', 'Paasmaandag'],
  ];
  for (const [text, date, holiday] of cases) {
    const when = one(text, now);
    assert.deepEqual([text, when.date, when.holiday, when.explicit], [text, date, holiday, true]);
  }
  assert.equal(dateOf('paasmaandag', new Date('2027-04-01T12:00:00+02:00')), '2028-04-17');
});

test('holiday closures of the demo municipality resolve to the dates in its file', () => {
  const file = new URL('../../../demo/municipalities/leiebeke.json', import.meta.url);
  const { closures } = JSON.parse(readFileSync(file, 'utf8')) as { closures: Closure[] };
  const now = new Date('2027-01-02T12:00:00+01:00');
  const named = closures.filter((c) => c.date >= '2027-01-02' && /^(Paasmaandag|O\.L\.[HV]\.-Hemelvaart|Pinkstermaandag|Allerheiligen|Allerzielen|Wapenstilstand|Kerstmis|Tweede kerstdag|Dag van de Arbeid|Nationale feestdag|Feest van de Vlaamse)/.test(c.reason));
  assert.ok(named.length >= 10);
  for (const closure of named) assert.deepEqual([closure.reason, dateOf(closure.reason, now)], [closure.reason, closure.date]);
});

test('clock times and their 12-hour readings', () => {
  assert.equal(one('om 17 uur').time, '17:00');
  assert.equal(one('om 17u30').time, '17:30');
  assert.equal(one('17:30').time, '17:30');
  assert.equal(one('om 16.30 uur').time, '16:30');
  assert.equal(one('tot 19u').time, '19:00');
  assert.equal(one('half vijf').time, '16:30');
  assert.equal(one('kwart over negen').time, '09:15');
  assert.equal(one("om 8 uur 's avonds").time, '20:00');
  assert.equal(one('at 5 pm').time, '17:00');
  assert.equal(one('om 9 uur').time, '09:00');
  assert.equal(one('om 5 uur').time, '17:00', 'no counter opens at 5 in the morning');
  assert.deepEqual(one('zaterdagvoormiddag om 10 uur'), {
    date: '2027-01-23', time: '10:00', partOfDay: 'ochtend', explicit: false, label: 'zaterdag 23 januari',
  });
  assert.equal(one('om 17 uur').date, '2027-01-19', 'a time alone means today');
  assert.equal(one('Is het nu nog open tot 17 uur?').time, '09:05', '"nu" keeps the current time');
});

test('ranges: this week, next week, this weekend', () => {
  const week = resolveWhen('wanneer komen ze deze week de pmd ophalen?', TUESDAY);
  assert.ok(Array.isArray(week));
  assert.deepEqual(week.map((w) => w.date), ['2027-01-19', '2027-01-20', '2027-01-21', '2027-01-22', '2027-01-23', '2027-01-24']);
  const next = resolveWhen('volgende week', TUESDAY);
  assert.ok(Array.isArray(next));
  assert.deepEqual([next[0]?.date, next[6]?.date], ['2027-01-25', '2027-01-31']);
  const weekend = resolveWhen('is het containerpark open dit weekend?', TUESDAY);
  assert.ok(Array.isArray(weekend));
  assert.deepEqual(weekend.map((w) => w.label), ['zaterdag 23 januari', 'zondag 24 januari']);
  const sunday = resolveWhen('dit weekend', new Date('2027-01-24T10:00:00+01:00'));
  assert.deepEqual(Array.isArray(sunday) ? sunday.map((w) => w.date) : sunday, ['2027-01-24']);
});

test('just before and after the spring switch (28 March 2027)', () => {
  const saturdayNight = new Date('2027-03-27T23:30:00+01:00');
  assert.equal(dateOf('vandaag', saturdayNight), '2027-03-27');
  assert.equal(dateOf('morgen', saturdayNight), '2027-03-28');
  const before = new Date('2027-03-28T01:30:00+01:00');
  const after = new Date('2027-03-28T03:30:00+02:00');
  assert.deepEqual([one('nu', before).date, one('nu', before).time], ['2027-03-28', '01:30']);
  assert.deepEqual([one('nu', after).date, one('nu', after).time], ['2027-03-28', '03:30']);
  assert.equal(dateOf('morgen', before), '2027-03-29');
  assert.equal(dateOf('morgen', after), '2027-03-29');
  assert.equal(dateOf('zondag', after), '2027-03-28');
  assert.equal(dateOf('paasmaandag', after), '2027-03-29');
});

test('just before and after the autumn switch (25 October 2026)', () => {
  // 00:30 summer time is still 24 October in UTC; adding 24 hours would stay on the 25th.
  const justAfterMidnight = new Date('2026-10-25T00:30:00+02:00');
  assert.equal(dateOf('vandaag', justAfterMidnight), '2026-10-25');
  assert.equal(dateOf('morgen', justAfterMidnight), '2026-10-26');
  const secondHalfPastTwo = new Date('2026-10-25T02:30:00+01:00');
  assert.equal(one('nu', secondHalfPastTwo).time, '02:30');
  assert.equal(dateOf('morgen', secondHalfPastTwo), '2026-10-26');
  const lateEvening = new Date('2026-10-25T23:30:00+01:00');
  assert.equal(dateOf('morgen', lateEvening), '2026-10-26');
  assert.equal(dateOf('maandag', lateEvening), '2026-10-26');
});

test('every quarter hour of both switch weekends: vandaag is the Brussels date, morgen the next day', () => {
  for (const [startUtc, hours] of [['2027-03-26T22:00:00Z', 72], ['2026-10-23T21:00:00Z', 72]] as const) {
    for (let quarter = 0; quarter < hours * 4; quarter += 1) {
      const now = new Date(Date.parse(startUtc) + quarter * 900_000);
      const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels', dateStyle: 'short' }).format(now);
      const tomorrow = new Date(Date.parse(`${local}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual([now.toISOString(), dateOf('vandaag', now), dateOf('morgen', now)], [now.toISOString(), local, tomorrow]);
    }
  }
});

test('no or invalid expression gives null; an invalid now throws', () => {
  assert.equal(resolveWhen('', TUESDAY), null);
  assert.equal(resolveWhen('wat kost een nieuwe identiteitskaart', TUESDAY), null);
  assert.equal(resolveWhen('31 februari', TUESDAY), null);
  assert.equal(resolveWhen('32 december', TUESDAY), null);
  assert.equal(resolveWhen('31/13', TUESDAY), null);
  assert.equal(resolveWhen('Kerkstraat 12/3, wanneer is de gft?', TUESDAY), null);
  assert.equal(resolveWhen('kost € 24,50 en duurt 2 weken', TUESDAY), null);
  assert.throws(() => resolveWhen('vandaag', new Date('nope')), RangeError);
});
