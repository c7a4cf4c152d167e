// Dutch timing phrases at the precision of the timeline's dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPartialDate, timingPhrase } from './timing-phrase.js';
import { storedEntry } from './test-support/stored-entries.js';

const phrase = (status: 'idea' | 'planned' | 'pilot' | 'in-use' | 'retired', timeline: Record<string, string>) =>
  timingPhrase(storedEntry('x', { status, timeline }).entry);

describe('timing phrases', () => {
  it('writes partial dates at their own precision with Dutch month names', () => {
    assert.equal(formatPartialDate('2027'), '2027');
    assert.equal(formatPartialDate('2023-10'), 'oktober 2023');
    assert.equal(formatPartialDate('2025-03-01'), '1 maart 2025');
    assert.equal(formatPartialDate('2024-12-31'), '31 december 2024');
    assert.equal(formatPartialDate('morgen'), 'morgen');
  });

  it('leads with the status and the date that status needs', () => {
    assert.equal(phrase('in-use', { pilotStart: '2022', inUseSince: '2023-10' }), 'in gebruik sinds oktober 2023');
    assert.equal(phrase('planned', { plannedStart: '2027' }), 'gepland vanaf 2027');
    assert.equal(phrase('pilot', { pilotStart: '2025-03-01' }), 'proefproject sinds 1 maart 2025');
    assert.equal(phrase('idea', { ideaOn: '2024-05' }), 'idee sinds mei 2024');
  });

  it('gives a retired system its period of use, or the day or month it stopped', () => {
    assert.equal(phrase('retired', { inUseSince: '2019', retiredOn: '2024-12' }), 'in gebruik van 2019 tot december 2024');
    assert.equal(phrase('retired', { retiredOn: '2025-03-01' }), 'stopgezet op 1 maart 2025');
    assert.equal(phrase('retired', { retiredOn: '2025-03' }), 'stopgezet in maart 2025');
  });

  it('says so when the date is not known', () => {
    assert.equal(phrase('in-use', { plannedStart: '2020' }), 'in gebruik (datum niet bekend)');
    assert.equal(phrase('idea', {}), 'idee (datum niet bekend)');
  });
});
