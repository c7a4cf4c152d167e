// docs/errors.md and the error catalogue stay in step: every code documented, nothing documented that is gone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as catalogue from './index.js';

describe('error catalogue', () => {
  // Codes are instance fields, so each class is constructed once with a placeholder argument to read its code.
  const codes = (Object.values(catalogue) as unknown[])
    .filter((value): value is new (arg: string) => catalogue.AppError =>
      typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof catalogue.AppError)
    .map((Class) => new Class('x').code);

  it('ERROR_CODES lists exactly the codes of the error classes', () => {
    assert.deepEqual([...new Set(codes)].sort(), [...catalogue.ERROR_CODES].sort());
  });

  it('docs/errors.md documents every code and no other', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, [...catalogue.ERROR_CODES].sort());
  });
});
