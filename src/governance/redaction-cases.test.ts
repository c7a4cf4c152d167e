// Recall and precision of redaction over the labelled cases, printed per kind and asserted overall.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PERSONAL_DATA_KINDS, redactPersonalData, type PersonalDataKind } from './index.js';
import { REDACTION_CASES, type RedactionCase } from './redaction-cases.js';
import { REDACTION_LOOK_ALIKES } from './redaction-look-alikes.js';

interface Tally {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
}

const ALL_CASES: readonly RedactionCase[] = [...REDACTION_CASES, ...REDACTION_LOOK_ALIKES];

// A finding counts only when kind and exact text agree with a label: a phone number cut
// short is both a miss and a false alarm.
function score(cases: readonly RedactionCase[]): { tallies: Map<PersonalDataKind, Tally>; errors: string[] } {
  const tallies = new Map(PERSONAL_DATA_KINDS.map((kind) => [kind, { truePositives: 0, falseNegatives: 0, falsePositives: 0 }]));
  const errors: string[] = [];
  for (const item of cases) {
    const options = item.residentAddress === undefined ? {} : { residentAddress: item.residentAddress };
    const found = redactPersonalData(item.text, options).findings.map((f) => ({ kind: f.kind, value: item.text.slice(f.start, f.end) }));
    const missing = [...item.expect];
    for (const finding of found) {
      const tally = tallies.get(finding.kind)!;
      const index = missing.findIndex((e) => e.kind === finding.kind && e.value === finding.value);
      if (index >= 0) {
        missing.splice(index, 1);
        tally.truePositives++;
      } else {
        tally.falsePositives++;
        errors.push(`false positive ${finding.kind} "${finding.value}" in: ${item.text}`);
      }
    }
    for (const miss of missing) {
      tallies.get(miss.kind)!.falseNegatives++;
      errors.push(`missed ${miss.kind} "${miss.value}" in: ${item.text}`);
    }
  }
  return { tallies, errors };
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

test('labelled set: at least 200 messages, every kind present', () => {
  assert.ok(ALL_CASES.length >= 200, `only ${ALL_CASES.length} cases`);
  for (const kind of PERSONAL_DATA_KINDS) {
    assert.ok(REDACTION_CASES.some((c) => c.expect.some((e) => e.kind === kind)), `no positive case of ${kind}`);
  }
  for (const item of ALL_CASES) {
    for (const e of item.expect) assert.ok(item.text.includes(e.value), `label "${e.value}" not in: ${item.text}`);
  }
});

test('labelled set: recall ≥ 99% and precision ≥ 95%, per kind and overall', () => {
  const { tallies, errors } = score(ALL_CASES);
  const total: Tally = { truePositives: 0, falseNegatives: 0, falsePositives: 0 };
  const lines = [`redaction over ${ALL_CASES.length} messages (${REDACTION_LOOK_ALIKES.length} look-alikes):`];
  for (const [kind, t] of tallies) {
    total.truePositives += t.truePositives;
    total.falseNegatives += t.falseNegatives;
    total.falsePositives += t.falsePositives;
    const labelled = t.truePositives + t.falseNegatives;
    const reported = t.truePositives + t.falsePositives;
    lines.push(`  ${kind.padEnd(25)} recall ${percent(t.truePositives, labelled)} (n=${labelled}), precision ${percent(t.truePositives, reported)} (n=${reported})`);
  }
  const labelled = total.truePositives + total.falseNegatives;
  const reported = total.truePositives + total.falsePositives;
  lines.push(`  ${'overall'.padEnd(25)} recall ${percent(total.truePositives, labelled)} (n=${labelled}), precision ${percent(total.truePositives, reported)} (n=${reported})`);
  console.log([...lines, ...errors.map((e) => `  ${e}`)].join('\n'));
  assert.ok(total.truePositives / labelled >= 0.99, `recall below 99%:\n${errors.join('\n')}`);
  assert.ok(total.truePositives / reported >= 0.95, `precision below 95%:\n${errors.join('\n')}`);
});
