// The register form's conversions: every seeded example survives entry → form → entry unchanged (so an
// edit through the console loses nothing), lines of parts are split as the hints say, and the register's
// problems land at the right form field in Dutch.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REGISTER_EXAMPLES_PATH } from '../../cli/demo-pack.js';
import { assistantEntry, entryFieldLabels, readEntryFile, validateRegisterEntry, type RegisterEntry } from '../../register/index.js';
import { dutchProblem, entryFormValues, entryInputOf, formErrorsOf, formValuesOf, REGISTER_FORM_GROUPS } from './register-form.js';

const examples = readEntryFile({ fileName: 'examples.yaml', content: readFileSync(REGISTER_EXAMPLES_PATH, 'utf8') });
const assistant = validateRegisterEntry(
  assistantEntry(
    { id: 'leiebeke', name: 'Leiebeke', kind: 'gemeente', style: 'u', website: 'https://www.leiebeke.be', address: null, phone: null, email: 'info@leiebeke.be' },
    { retentionDays: 90 },
    { publicUrl: 'https://loket.example' },
  ),
);

/** As stored: jsonb keeps no undefined values. */
const stored = (entry: RegisterEntry) => JSON.parse(JSON.stringify(entry)) as unknown;

describe('the register entry form', () => {
  it('every example survives entry → form values → posted body → entry unchanged', () => {
    assert.ok(assistant.ok);
    const entries = [...examples, assistant.entry];
    assert.ok(entries.length >= 7);
    for (const entry of entries) {
      // Through the body a browser posts: text with CRLF line breaks, checkboxes repeated.
      const values = entryFormValues(entry);
      const body = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value : value.replace(/\n/g, '\r\n')]));
      const result = validateRegisterEntry(entryInputOf(formValuesOf(body), entry));
      assert.ok(result.ok, `${entry.name}: ${JSON.stringify(!result.ok && result.problems)}`);
      assert.deepEqual(stored(result.entry), stored(entry), entry.name);
    }
  });

  it('splits lines of two parts at the last bar and leaves out a blank optional part', () => {
    const input = entryInputOf({
      partnerOrganisations: ' Gemeente A | 0207.000.002 \n\nStad B |  \n', 'data.sources': 'Kaart | A | https://example.org/kaart',
      risks: 'Vals alarm', themes: 'Mobiliteit\r\n  \r\nAfval', kindsOfAi: [],
    });
    assert.deepEqual(input['partnerOrganisations'], [{ name: 'Gemeente A', code: '0207.000.002' }, { name: 'Stad B' }]);
    assert.deepEqual((input['data'] as { sources: unknown }).sources, [{ title: 'Kaart | A', link: 'https://example.org/kaart' }]);
    assert.deepEqual(input['risks'], [{ risk: 'Vals alarm', mitigation: '' }]);
    assert.deepEqual(input['themes'], ['Mobiliteit', 'Afval']);
  });

  it('a blank required field is sent as empty, a blank optional one is left out, a half-filled principle is kept whole', () => {
    const input = entryInputOf({ name: '  ', supplier: '', 'principles.humanFactor.selfScore': '3' });
    assert.equal(input['name'], '');
    assert.equal('supplier' in input, false);
    assert.equal('humanOversight' in input, false, 'required unless compiled: the schema decides');
    assert.deepEqual(input['principles'], { humanFactor: { measures: '', selfScore: 3, explanation: '' } });
  });

  it('places the register\'s problems at their form field, in Dutch, with the line of a list', () => {
    const result = validateRegisterEntry(entryInputOf({ name: '', status: 'broken', risks: 'a | b\nc', contact: 'x', 'timeline.retiredOn': '2020' }));
    assert.equal(result.ok, false);
    const errors = formErrorsOf(result.ok ? [] : result.problems);
    assert.equal(errors.fields['name'], 'Vul dit veld in.');
    assert.equal(errors.fields['status'], 'Kies een waarde uit de lijst.');
    assert.equal(errors.fields['risks'], 'Regel 2 (maatregel): vul dit veld in.');
    assert.deepEqual(errors.form, []);
    assert.deepEqual(formErrorsOf([{ field: 'impactAssessments.0.link', message: 'must be an http(s) URL' }]).form, [
      'Impactbeoordelingen (impactAssessments.0.link): Geef een webadres dat begint met https:// of http://.',
    ]);
    assert.equal(dutchProblem('something the form does not know'), 'Deze waarde is niet geldig.');
  });

  it('every form field is a field of the entry schema, and every field the schema requires is in the form', () => {
    const names = REGISTER_FORM_GROUPS.flatMap((group) => group.fields.map((field) => field.name));
    assert.equal(new Set(names).size, names.length, 'no field twice');
    for (const name of names) assert.ok(name.split('.')[0]! in entryFieldLabels, name);
    const empty = validateRegisterEntry({});
    assert.equal(empty.ok, false);
    const required = empty.ok ? [] : empty.problems.map((problem) => problem.field ?? '');
    assert.ok(required.includes('name') && required.includes('contact'), required.join(', '));
    for (const field of required) assert.ok(names.some((name) => name === field || name.startsWith(`${field}.`)), field);
  });
});
