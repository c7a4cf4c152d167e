// Property tests of redaction: it never throws, is idempotent and leaves no generated personal data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findPersonalData, redactPersonalData } from './index.js';

const mod97 = (digits: string) => Number(BigInt(digits) % 97n);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

// A checksum-valid rijksregisternummer (or BIS number) for a random birth date, in a random notation.
const nationalRegisterNumber = fc
  .record({
    year: fc.integer({ min: 1920, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    monthOffset: fc.constantFrom(0, 20, 40),
    day: fc.integer({ min: 1, max: 28 }),
    sequence: fc.integer({ min: 1, max: 998 }),
    notation: fc.constantFrom('dotted', 'compact', 'spaced'),
  })
  .map(({ year, month, monthOffset, day, sequence, notation }) => {
    const first9 = pad(year % 100, 2) + pad(month + monthOffset, 2) + pad(day, 2) + pad(sequence, 3);
    const check = pad(97 - mod97((year >= 2000 ? '2' : '') + first9), 2);
    const [yy, mm, dd, sss] = [first9.slice(0, 2), first9.slice(2, 4), first9.slice(4, 6), first9.slice(6)];
    if (notation === 'dotted') return `${yy}.${mm}.${dd}-${sss}.${check}`;
    if (notation === 'spaced') return `${yy}${mm}${dd} ${sss} ${check}`;
    return first9 + check;
  });

const belgianIban = fc.stringMatching(/^\d{12}$/).map((bban) => {
  const check = pad(98 - mod97(`${bban}111400`), 2); // "BE00" as digits: B=11, E=14.
  return `BE${check} ${bban.slice(0, 4)} ${bban.slice(4, 8)} ${bban.slice(8)}`;
});

const emailAddress = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9]{1,8})?$/), fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom('be', 'com', 'nl', 'eu'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);

const mobileNumber = fc
  .tuple(fc.integer({ min: 450, max: 499 }), fc.stringMatching(/^\d{6}$/), fc.constantFrom(' ', '/', '.', ''))
  .map(([prefix, rest, sep]) => `0${prefix}${sep === '/' ? '/' : ' '}${rest.slice(0, 2)}${sep}${rest.slice(2, 4)}${sep}${rest.slice(4)}`);

const filler = fc.constantFrom(
  'mijn', 'rijksregisternummer', 'is', 'bel', 'gsm', 'mail', 'ik woon in de Molenstraat', '€ 24,50', '07/12/2026',
  '08:30-12:00', '1.250,00 euro', 'artikel 1.3.2', '8999 Leiebeke', '2026', '21%', 'PMD-100', 'BE', '+', '-', '@', 'Kerkstraat',
);
const separator = fc.constantFrom(', ', ' en ', '; ', '\n', ' (', ') ', ': ');

type Token = { value: string; secret: boolean };
const message = fc
  .array(
    fc.oneof(
      filler.map((value): Token => ({ value, secret: false })),
      fc.oneof(nationalRegisterNumber, belgianIban, emailAddress, mobileNumber).map((value): Token => ({ value, secret: true })),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .chain((tokens) => fc.array(separator, { minLength: tokens.length, maxLength: tokens.length }).map((seps) => ({ tokens, seps })));

// Text dense in digits and separators, and text glued from fragments of personal data.
const numberish = fc.string({ unit: fc.constantFrom(...'0123456789 .-/+@abAB()€,:'), maxLength: 80 });
const fragments = fc
  .array(
    fc.constantFrom('ik woon in ', 'de ', 'Brugstraat ', 'straat', '14', '0478', ' 12', '.', '-', '@', 'x.be', 'BE68', '5390', '1-ABC-234', 'nummerplaat ', 'ABC-123', '+32', ', ', 'bus 3', '/'),
    { maxLength: 15 },
  )
  .map((parts) => parts.join(''));

test('redaction never throws and is idempotent on arbitrary text', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), numberish, fragments), (text) => {
      const once = redactPersonalData(text);
      assert.deepEqual(findPersonalData(once.text), []);
      assert.equal(redactPersonalData(once.text).text, once.text);
    }),
    { numRuns: 2000 },
  );
});

test('generated rijksregisternummers, IBANs, e-mails and phone numbers never survive redaction', () => {
  fc.assert(
    fc.property(message, ({ tokens, seps }) => {
      const text = tokens.map((token, i) => token.value + (seps[i] ?? '')).join('');
      const once = redactPersonalData(text);
      for (const token of tokens) if (token.secret) assert.ok(!once.text.includes(token.value), `${token.value} left in ${once.text}`);
      assert.ok(!/[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(once.text), once.text);
      assert.deepEqual(findPersonalData(once.text), []);
    }),
    { numRuns: 1000 },
  );
});
