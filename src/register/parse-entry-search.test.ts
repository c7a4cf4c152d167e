// URL query parameters of the public register search: what is accepted, and errors that name each bad parameter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Problem } from '../errors/index.js';
import { parseEntrySearch } from './parse-entry-search.js';

function problemsOf(query: Record<string, string | string[]>): Problem[] {
  try {
    parseEntrySearch(query);
  } catch (error) {
    assert.equal((error as { code?: string }).code, 'invalid_input');
    return (error as { details: Problem[] }).details;
  }
  assert.fail('expected InvalidInputError');
}

describe('parseEntrySearch', () => {
  it('parses repeated keys into lists and single keys into values', () => {
    assert.deepEqual(
      parseEntrySearch({
        status: ['in-use', 'pilot'],
        kind: 'computer-vision',
        principle: 'reliability',
        minScore: '3',
        organisation: 'stad-kortrijk',
        q: ' camera ',
      }),
      { status: ['in-use', 'pilot'], kind: ['computer-vision'], principle: 'reliability', minScore: 3, organisation: 'stad-kortrijk', q: 'camera' },
    );
  });

  it('ignores empty values, as a form sends them for blank fields', () => {
    assert.deepEqual(parseEntrySearch({ q: '', status: ['', 'pilot'], programme: '', tenantId: '' }), { status: ['pilot'] });
    assert.deepEqual(parseEntrySearch({}), {});
  });

  it('drops a value repeated within a facet', () => {
    assert.deepEqual(parseEntrySearch({ riskClass: ['high-risk', 'high-risk'] }), { riskClass: ['high-risk'] });
  });

  it('reports every bad parameter at once, each with its allowed values', () => {
    const problems = problemsOf({
      status: ['in-use', 'live'],
      kind: 'robot',
      programme: 'gzg',
      riskClass: 'low',
      principle: 'honesty',
      organisation: 'Stad Kortrijk',
      stauts: 'pilot',
    });
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
    assert.deepEqual(Object.keys(byField).sort(), ['kind', 'organisation', 'principle', 'programme', 'riskClass', 'status', 'stauts']);
    assert.match(byField.status ?? '', /"live"/);
    assert.doesNotMatch(byField.status ?? '', /"in-use"/);
    assert.match(byField.status ?? '', /allowed: idea, planned, pilot, in-use, retired/);
    assert.match(byField.kind ?? '', /"robot".*computer-vision/);
    assert.match(byField.programme ?? '', /gzg-call, city-of-things, lokaal-digitaal, own/);
    assert.match(byField.riskClass ?? '', /high-risk/);
    assert.match(byField.principle ?? '', /"honesty".*democraticValues, reliability/);
    assert.match(byField.organisation ?? '', /"Stad Kortrijk" is not a slug/);
    assert.match(byField.stauts ?? '', /unknown parameter; allowed: organisation, tenantId, status/);
  });

  it('accepts a minimum score of 1 to 5, only with a principle', () => {
    assert.deepEqual(problemsOf({ principle: 'reliability', minScore: '6' }).map((p) => p.field), ['minScore']);
    assert.match(problemsOf({ principle: 'reliability', minScore: '2.5' })[0]?.message ?? '', /allowed: 1, 2, 3, 4, 5/);
    assert.match(problemsOf({ minScore: '3' })[0]?.message ?? '', /needs principle/);
  });

  it('refuses a single-valued parameter given twice, and an overlong q', () => {
    assert.deepEqual(problemsOf({ q: ['a', 'b'], organisation: ['stad-kortrijk', 'gemeente-kuurne'] }).map((p) => p.field), ['organisation', 'q']);
    assert.deepEqual(problemsOf({ q: 'x'.repeat(201) }).map((p) => p.field), ['q']);
  });
});
