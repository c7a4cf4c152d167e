// Configuration: defaults, every problem reported together, and .env.example kept in step.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('counts rate limits in the database with a PostgreSQL server, in memory otherwise, unless told', () => {
    assert.equal(loadConfig({}).rateLimitStore, 'memory');
    assert.equal(loadConfig({ LOKET_DATABASE_URL: 'postgres://u:p@db/loket' }).rateLimitStore, 'database');
    assert.equal(loadConfig({ LOKET_DATABASE_URL: 'postgres://u:p@db/loket', LOKET_RATE_LIMIT_STORE: 'memory' }).rateLimitStore, 'memory');
    assert.equal(loadConfig({ LOKET_RATE_LIMIT_STORE: 'database' }).rateLimitStore, 'database');
    assert.throws(() => loadConfig({ LOKET_RATE_LIMIT_STORE: 'redis' }), /LOKET_RATE_LIMIT_STORE/);
  });

  it('sizes the PostgreSQL pool and statement timeout, 10 and 15 s unless told', () => {
    assert.equal(loadConfig({}).databasePoolSize, 10);
    assert.equal(loadConfig({}).statementTimeoutMs, 15_000);
    const config = loadConfig({ LOKET_DATABASE_POOL_SIZE: '25', LOKET_STATEMENT_TIMEOUT_MS: '0' });
    assert.equal(config.databasePoolSize, 25);
    assert.equal(config.statementTimeoutMs, 0);
    assert.throws(() => loadConfig({ LOKET_DATABASE_POOL_SIZE: '0', LOKET_STATEMENT_TIMEOUT_MS: '-1' }), (error: Error & { details?: Array<{ field: string }> }) => {
      assert.deepEqual(error.details?.map((d) => d.field).sort(), ['LOKET_DATABASE_POOL_SIZE', 'LOKET_STATEMENT_TIMEOUT_MS']);
      return true;
    });
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

  it('reads secrets from files named by _FILE, and refuses both forms at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-secret-'));
    writeFileSync(join(dir, 'token'), 'a-token-from-a-secret-file\n');
    assert.equal(loadConfig({ LOKET_BOOTSTRAP_TOKEN_FILE: join(dir, 'token') }).bootstrapToken, 'a-token-from-a-secret-file');
    assert.throws(() => loadConfig({ LOKET_BOOTSTRAP_TOKEN_FILE: join(dir, 'token'), LOKET_BOOTSTRAP_TOKEN: 'another-token-value' }), /both set/);
    assert.throws(() => loadConfig({ LOKET_DATABASE_URL_FILE: join(dir, 'missing') }), /cannot be read/);
  });

  it('OpenID Connect needs its three variables and the public URL together', () => {
    assert.throws(() => loadConfig({ LOKET_OIDC_ISSUER: 'https://id.example' }), /needs LOKET_OIDC_ISSUER, LOKET_OIDC_CLIENT_ID and LOKET_OIDC_CLIENT_SECRET/);
    assert.throws(() => loadConfig({ LOKET_OIDC_ISSUER: 'https://id.example', LOKET_OIDC_CLIENT_ID: 'loket', LOKET_OIDC_CLIENT_SECRET: 's' }), /LOKET_PUBLIC_URL/);
    const config = loadConfig({ LOKET_OIDC_ISSUER: 'https://id.example', LOKET_OIDC_CLIENT_ID: 'loket', LOKET_OIDC_CLIENT_SECRET: 's', LOKET_PUBLIC_URL: 'https://loket.example' });
    assert.deepEqual(config.oidc, { issuer: 'https://id.example', clientId: 'loket', clientSecret: 's' });
  });

  it('.env.example documents exactly the variables Loket reads', () => {
    const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]).sort();
    assert.deepEqual(documented, [...CONFIG_VARIABLES].sort());
  });
});
