// Unit tests of redaction per kind, through the module's front door.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containsPersonalData, findPersonalData, PERSONAL_DATA_KINDS, PERSONAL_DATA_PLACEHOLDERS, redactPersonalData } from './index.js';

const redact = (text: string, options = {}) => redactPersonalData(text, options).text;

test('every kind has a bracketed placeholder', () => {
  for (const kind of PERSONAL_DATA_KINDS) assert.match(PERSONAL_DATA_PLACEHOLDERS[kind], /^\[[a-z-]+\]$/);
});

test('findings carry kind and offsets into the original text', () => {
  const text = 'mijn rijksregisternummer is 85.07.30-033.28 en mail an.dewilde@telenet.be';
  const { text: redacted, findings } = redactPersonalData(text);
  assert.equal(redacted, 'mijn rijksregisternummer is [rijksregisternummer] en mail [e-mail]');
  assert.deepEqual(
    findings.map((f) => [f.kind, text.slice(f.start, f.end)]),
    [['national-register-number', '85.07.30-033.28'], ['email', 'an.dewilde@telenet.be']],
  );
});

test('rijksregisternummer: every notation, born before and after 2000, BIS numbers', () => {
  for (const value of ['85.07.30-033.28', '85073003328', '850730 033 28', '85.07.30 033-28', '03.04.12-156.89', '85.27.30-033.71', '90421511765']) {
    assert.equal(redact(`nummer ${value}.`), 'nummer [rijksregisternummer].', value);
  }
});

test('rijksregisternummer: a failing checksum or an impossible date is left alone', () => {
  assert.equal(redact('nummer 85.07.30-033.29'), 'nummer 85.07.30-033.29');
  assert.equal(redact('factuur 20260412345'), 'factuur 20260412345');
  assert.equal(redact('1285073003328 is een barcode'), '1285073003328 is een barcode');
});

test('iban: any country, spaced or compact, lower case, and the old Belgian format', () => {
  for (const value of ['BE68 5390 0754 7034', 'BE68539007547034', 'be68 5390 0754 7034', 'NL91 ABNA 0417 1643 00', 'FR14 2004 1010 0505 0001 3M02 606', '539-0075470-34']) {
    assert.equal(redact(`rekening ${value} aub`), 'rekening [iban] aub', value);
  }
  assert.equal(redact('rekening BE68 5390 0754 7035'), 'rekening BE68 5390 0754 7035');
  assert.equal(redact('rekening 539-0075470-35'), 'rekening 539-0075470-35');
});

test('iban: a following group of four is not swallowed', () => {
  assert.equal(redact('BE68 5390 0754 7034 2026 betaald'), '[iban] 2026 betaald');
});

test('phone: Belgian mobile, landline and international notations', () => {
  for (const value of ['0478 12 34 56', '0478/12.34.56', '+32 478 12 34 56', '0032478123456', '09 123 45 67', '056 00 10 00', '+32 56 00 10 00', '02/123.45.67', '+31 6 12345678', '+1 (555) 123-4567']) {
    assert.equal(redact(`bel ${value} aub`), 'bel [telefoonnummer] aub', value);
  }
});

test('phone: dates, times, amounts, enterprise numbers and payment references are left alone', () => {
  for (const text of ['op 07/12/2026 om 08:30-12:00', '09.00 - 12.00', '€ 1.250,00', 'ondernemingsnummer 0207.451.227', 'KBO 0478.123.456', '+++090/9337/55493+++', 'bel 112']) {
    assert.equal(redact(text), text);
  }
});

test('email: ordinary, dotted, plus-addressed and upper-case addresses', () => {
  assert.equal(redact('ik ben an.dewilde@telenet.be.'), 'ik ben [e-mail].');
  assert.equal(redact('<j.doe+loket@outlook.com>'), '<[e-mail]>');
  assert.equal(redact('BART.DECLERCQ@GMAIL.COM'), '[e-mail]');
  assert.equal(redact('volg @gemeenteLeiebeke of naam@voorbeeld'), 'volg @gemeenteLeiebeke of naam@voorbeeld');
});

test('licence plate: the current format always, the old format only near a plate word', () => {
  assert.equal(redact('1-ABC-234, 1ABC234, 2-XYZ-987 en 1 GHK 512'), '[nummerplaat], [nummerplaat], [nummerplaat] en [nummerplaat]');
  assert.equal(redact('oude nummerplaat ABC-123'), 'oude nummerplaat [nummerplaat]');
  assert.equal(redact('vul formulier ABC-123 in'), 'vul formulier ABC-123 in');
  assert.equal(redact('nummerplaat PMD-100'), 'nummerplaat PMD-100');
});

test('address: a street with a number after a residence cue, never a street alone', () => {
  assert.equal(redact('ik woon in de Brugstraat 14'), 'ik woon in de [adres]');
  assert.equal(redact('I live at 22 Stationsstraat'), 'I live at [adres]');
  assert.equal(redact('mijn adres is Kerkstraat 12 bus 3, 8999 Leiebeke'), 'mijn adres is [adres], 8999 Leiebeke');
  assert.equal(redact('wanneer wordt het restafval opgehaald in de Molenstraat?'), 'wanneer wordt het restafval opgehaald in de Molenstraat?');
  assert.equal(redact('ik woon in de Molenstraat'), 'ik woon in de Molenstraat');
  assert.equal(redact('Het recyclagepark ligt aan de Industrieweg 5'), 'Het recyclagepark ligt aan de Industrieweg 5');
});

test('address: the resident address matches without case, diacritics or hyphens', () => {
  const options = { residentAddress: ['Sint Rochusstraat 4', 'Kerkstraat 12'] };
  assert.equal(redact('lamp aan sint-rochusstraat 4 kapot', options), 'lamp aan [adres] kapot');
  assert.equal(redact('KERKSTRAAT 12 BUS 3 en Kerkstraat 120', options), '[adres] en Kerkstraat 120');
  assert.equal(redact('voor Kérkstraat 12', options), 'voor [adres]');
  assert.equal(redact('glas in de Kerkstraat?', options), 'glas in de Kerkstraat?');
  assert.equal(redact('glas in de Kerkstraat?', { residentAddress: 'Kerkstraat' }), 'glas in de Kerkstraat?');
});

test('keep: the municipality’s own contact details survive in any notation', () => {
  const options = { keep: ['056 00 10 00', 'info@leiebeke.be'] };
  assert.equal(redact('bel +32 56 00 10 00 of mail info@leiebeke.be', options), 'bel +32 56 00 10 00 of mail info@leiebeke.be');
  assert.equal(redact('bel 0478 12 34 56 of INFO@leiebeke.be', options), 'bel [telefoonnummer] of INFO@leiebeke.be');
});

test('redacting the result again finds nothing, even for glued numbers', () => {
  for (const text of ['0478123456+32478123456', 'an@telenet.be-0478123456', '85073003328 0478 12 34 56']) {
    const once = redactPersonalData(text);
    assert.deepEqual(findPersonalData(once.text), [], once.text);
  }
});

test('containsPersonalData agrees with redaction', () => {
  assert.equal(containsPersonalData('gsm 0478 12 34 56'), true);
  assert.equal(containsPersonalData('Wat kost een identiteitskaart? € 24,50?'), false);
  assert.equal(containsPersonalData('voor Kerkstraat 12', { residentAddress: 'Kerkstraat 12' }), true);
  assert.equal(containsPersonalData(''), false);
});
