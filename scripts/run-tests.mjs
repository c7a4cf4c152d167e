#!/usr/bin/env node
// Runs every *.test.ts under src/ and bench/ with node's own test runner through tsx.
// Node 20's --test does not expand globs, so the file list is collected here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : collect(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv.slice(2);
// The fault tests (src/faults/: restarts and kill -9 under load) run only when asked for by name
// (npm run test:faults), one file at a time so their timings do not disturb each other.
const isFault = (f) => f.includes('/faults/');
const files = [...collect('src'), ...collect('web')].filter((f) =>
  filter.length === 0 ? !isFault(f) : filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error(`no test files match ${JSON.stringify(filter)}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${files.every(isFault) ? 1 : 2}`, ...files],
  { stdio: 'inherit', env: { ...process.env, LOKET_LOG_LEVEL: process.env.LOKET_LOG_LEVEL ?? 'silent' } },
);
process.exit(result.status ?? 1);
