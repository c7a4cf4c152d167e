// Configuration: defaults, every problem reported together, and .env.example kept in step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { CONFIG_VARIABLES, loadConfig } from './index.js';

describe('configuration', () => {
  it('has the defaults of CONTRACT.md', () => {
    const config = loadConfig({});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.match(config.dataDir, /\/data$/);
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.demo, true);
    assert.equal(config.now, undefined);
    assert.equal(config.allowClockOverride, false);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000', HOST: '0.0.0.0', LOKET_DATA_DIR: '/var/lib/loket', LOKET_DATABASE_URL: 'postgres://u:p@db/loket',
      LOKET_DEMO: '0', LOKET_NOW: '2026-12-07T10:15:00+01:00', LOKET_BOOTSTRAP_TOKEN: 'a-long-enough-token', LOKET_ALLOW_CLOCK_OVERRIDE: '1',
    });
    assert.equal(config.port, 9000);
    assert.equal(config.dataDir, '/var/lib/loket');
    assert.equal(config.demo, false);
    assert.equal(config.now?.toISOString(), '2026-12-07T09:15:00.000Z');
    assert.equal(config.allowClockOverride, true);
  });

  it('treats empty values as unset, as in a copied .env.example', () => {
    assert.equal(loadConfig({ LOKET_DATABASE_URL: '', LOKET_NOW: '' }).databaseUrl, undefined);
  });

  it('reports every invalid variable at once, by name', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', LOKET_DEMO: 'yes', LOKET_NOW: '7 december', LOKET_DATABASE_URL: 'mysql://x' }),
      (error: Error & { code?: string; details?: Array<{ field: string }> }) => {
        assert.equal(error.code, 'invalid_config');
        assert.deepEqual(error.details?.map((d) => d.field).sort(), ['LOKET_DATABASE_URL', 'LOKET_DEMO', 'LOKET_NOW', 'PORT']);
        return true;
      },
    );
  });

  it('.env.example documents exactly the variables Loket reads', () => {
    const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, [...CONFIG_VARIABLES].sort());
  });
});
