// The loket command: help, exit codes, import output, and the real server process with a second process.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { stringify } from 'yaml';
import { DEMO, editJson, scratchPack } from '../knowledge/test-support/scratch-pack.js';
import { openDb } from '../storage/index.js';
import { runCli, type CliIo } from './index.js';

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), env: { LOKET_LOG_LEVEL: 'silent', ...env } };
  return { cli, out, err };
}

describe('loket CLI in process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-cli-'));
  // LOKET_DEMO=0: the import test below is the first to fill this empty database.
  const env = { LOKET_DATA_DIR: dataDir, LOKET_DEMO: '0' };

  for (const command of ['serve', 'import', 'tenants', 'ask', 'eval', 'accounts', 'audit', 'register']) {
    it(`${command} --help prints its usage and exits 0`, async () => {
      const t = io();
      assert.equal(await runCli([command, '--help'], t.cli), 0);
      assert.match(t.out.join('\n'), new RegExp(`^Usage: loket ${command}`));
    });
  }

  it('without a command prints the commands and exits 2; an unknown command exits 2', async () => {
    const none = io();
    assert.equal(await runCli([], none.cli), 2);
    assert.match(none.out.join('\n'), /serve .*\n.*import <path>/);
    const unknown = io();
    assert.equal(await runCli(['frobnicate'], unknown.cli), 2);
    assert.match(unknown.err[0] ?? '', /unknown command "frobnicate"/);
  });

  it('import without a path, or with an unknown option, exits 2 with the help', async () => {
    const t = io(env);
    assert.equal(await runCli(['import'], t.cli), 2);
    assert.match(t.err.join('\n'), /import needs exactly one path[\s\S]*Usage: loket import/);
    assert.equal(await runCli(['import', DEMO, '--force'], io(env).cli), 2);
  });

  it('import prints what it added, then "Nothing changed." the second time', async () => {
    const first = io(env);
    assert.equal(await runCli(['import', DEMO], first.cli), 0, first.err.join('\n'));
    const text = first.out.join('\n');
    assert.match(text, /regional concepts: version 1 — added 51 concepts/);
    assert.match(text, /Leiebeke \(leiebeke\): version 1 — added 1 municipality profile, \d+ locations/);
    const second = io(env);
    assert.equal(await runCli(['import', DEMO], second.cli), 0);
    assert.match(second.out.join('\n'), /Leiebeke \(leiebeke\): no changes \(still version 1\)[\s\S]*Nothing changed\./);
  });

  it('import reads a FAQ sheet for a municipality and prints its report; a website or sheet without --tenant is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-faq-cli-'));
    // Its own database (with the demo), so the other tests' versions are not moved.
    const env = { LOKET_DATA_DIR: join(dir, 'data'), LOKET_DEMO: '1' };
    const sheet = join(dir, 'faq.csv');
    writeFileSync(sheet, 'question,answer,keywords\nCan I bring my dog to the library?,Only assistance dogs are allowed.,dog\n');
    const first = io(env);
    assert.equal(await runCli(['import', sheet, '--tenant', 'leiebeke'], first.cli), 0, first.err.join('\n'));
    assert.match(first.out.join('\n'), /faq\.csv: content version \d+\nadded 1 product\(s\) \(faq-leiebeke-/);
    const again = io(env);
    assert.equal(await runCli(['import', sheet, '--tenant', 'leiebeke'], again.cli), 0);
    assert.match(again.out.join('\n'), /^No changes\.$/m);
    const noTenant = io(env);
    assert.equal(await runCli(['import', sheet], noTenant.cli), 1);
    assert.match(noTenant.err.join('\n'), /belongs to one municipality: name it with --tenant/);
    assert.equal(await runCli(['import', 'https://www.leiebeke.example/sitemap.xml', '--tenant', 'leiebeke', '--resync', 'often'], io(env).cli), 2);
    assert.equal(await runCli(['import', DEMO, '--tenant', 'leiebeke'], io(env).cli), 2, 'a pack names its municipalities itself');
  });

  it('register import stores every entry as a draft, or with one bad entry nothing, listing each problem with exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-register-'));
    const entry = (name: string) => ({
      name, shortDescription: 'Kort.', leadOrganisation: { name: 'Gemeente Leiebeke' }, purposeAndImpact: 'Doel.',
      howItWorks: 'Werking.', status: 'pilot', humanOversight: 'Een medewerker beslist.', contact: 'ai@leiebeke.example',
    });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([entry('Goed'), { ...entry('Slimme camera'), contact: 'niet bereikbaar' }], null, 2));
    writeFileSync(join(dir, 'good.yaml'), stringify({ entries: [entry('Wegdekscan'), entry('Parkeersensoren')] }));

    const bad = io(env);
    assert.equal(await runCli(['register', 'import', join(dir, 'bad.json'), '--tenant', 'leiebeke'], bad.cli), 1);
    assert.match(bad.err.join('\n'), /1 of 2 entries are invalid \(1 problem\(s\)\); nothing was imported/);
    assert.match(bad.err.join('\n'), /bad\.json:\d+ entries\[1\]\.contact: must be an e-mail address or an https:\/\/ URL \(entry "Slimme camera"\)/);

    const good = io(env);
    assert.equal(await runCli(['register', 'import', join(dir, 'good.yaml'), '--tenant', 'leiebeke'], good.cli), 0, good.err.join('\n'));
    assert.match(good.out.join('\n'), /Imported 2 entries from .*good\.yaml as drafts:\n  [0-9a-f-]{36}  Wegdekscan\n  [0-9a-f-]{36}  Parkeersensoren/);

    assert.equal(await runCli(['register', 'import'], io(env).cli), 2);
    assert.equal(await runCli(['register', 'export', 'x.json'], io(env).cli), 2);
    const unknown = io(env);
    assert.equal(await runCli(['register', 'import', join(dir, 'good.yaml'), '--tenant', 'leiebeek'], unknown.cli), 1);
    assert.match(unknown.err.join('\n'), /unknown tenant "leiebeek"/);
    const missing = io(env);
    assert.equal(await runCli(['register', 'import', join(dir, 'nergens.json')], missing.cli), 1);
    assert.match(missing.err.join('\n'), /nergens\.json: no such file/);

    const db = await openDb({ dataDir, command: 'cli test' });
    try {
      const drafts = await db.query<{ name: string; state: string; tenant_id: string }>(
        "select entry->>'name' as name, state, tenant_id from register_entries where author = 'cli' order by created_at, entry->>'name'",
      );
      assert.deepEqual(drafts.map((d) => [d.name, d.state, d.tenant_id]).sort(), [['Parkeersensoren', 'draft', 'leiebeke'], ['Wegdekscan', 'draft', 'leiebeke']]);
      const assistants = await db.query<{ system_key: string; state: string }>("select system_key, state from register_entries where system_key is not null order by system_key");
      assert.deepEqual(assistants.map((a) => [a.system_key, a.state]), [['assistant:kempenhout', 'published'], ['assistant:leiebeke', 'published'], ['assistant:scheldegem', 'published']], 'loket import gave each new municipality its entry');
    } finally {
      await db.close();
    }
  });

  it('a new demo database gets the register examples and each assistant entry, published once', async () => {
    const demoEnv = { LOKET_DATA_DIR: mkdtempSync(join(tmpdir(), 'loket-cli-demo-')), LOKET_DEMO: '1', LOKET_PUBLIC_URL: 'https://loket.example.be' };
    for (let run = 0; run < 2; run += 1) {
      const t = io(demoEnv);
      assert.equal(await runCli(['ask', '--tenant', 'leiebeke', 'hallo'], t.cli), 0, t.err.join('\n'));
    }
    const db = await openDb({ dataDir: demoEnv.LOKET_DATA_DIR, command: 'cli test' });
    try {
      const rows = await db.query<{ author: string; state: string; n: number }>(
        'select author, state, count(*)::int as n from register_entries group by author, state order by author',
      );
      assert.deepEqual(rows.map((r) => [r.author, r.state, r.n]), [['system:demo', 'published', 6], ['system:loket', 'published', 3]]);
      const [page] = await db.query<{ page: string }>("select entry->>'publicPage' as page from register_entries where system_key = 'assistant:leiebeke'");
      assert.equal(page?.page, 'https://loket.example.be/t/leiebeke/over-deze-assistent');
    } finally {
      await db.close();
    }
  });

  it('invalid content exits 1 and lists each problem with file and line', async () => {
    const pack = scratchPack();
    editJson(join(pack, 'municipalities/leiebeke.json'), (m) => {
      m.locations.burgerzaken.hours.mon = ['25:00-26:00'];
      m.products['reispas'].location = 'nergens';
    });
    const t = io(env);
    assert.equal(await runCli(['import', pack], t.cli), 1);
    const text = t.err.join('\n');
    assert.match(text, /2 problem\(s\); nothing was imported/);
    assert.match(text, /leiebeke\.json:\d+ locations\.burgerzaken\.hours\.mon\.0: .*"25:00-26:00"/);
    assert.match(text, /leiebeke\.json:\d+ products\.reispas\.location: unknown location "nergens"/);
  });

  it('tenants lists the municipalities with their version; --json for machines', async () => {
    const t = io(env);
    assert.equal(await runCli(['tenants'], t.cli), 0);
    assert.equal(t.out.length, 3);
    assert.match(t.out[1] ?? '', /^leiebeke\s+Leiebeke\s+style u\s+version 1$/);
    const j = io(env);
    await runCli(['tenants', '--json'], j.cli);
    assert.deepEqual(JSON.parse(j.out.join('\n')).map((x: { id: string }) => x.id), ['kempenhout', 'leiebeke', 'scheldegem']);
  });

  it('ask prints the answer with its source; --json prints the reply object', async () => {
    const t = io({ ...env, LOKET_NOW: '2026-12-07T10:15:00+01:00' });
    assert.equal(await runCli(['ask', '--tenant', 'leiebeke', 'wat kost een reispas?'], t.cli), 0, t.err.join('\n'));
    assert.match(t.out.join('\n'), /€ 85,00[\s\S]*Bron: Reispas \(paspoort\) aanvragen \(reispas\)/);
    const j = io({ ...env, LOKET_NOW: '2026-12-07T10:15:00+01:00' });
    await runCli(['ask', '--tenant', 'leiebeke', '--json', 'is het gemeentehuis nu open?'], j.cli);
    const result = JSON.parse(j.out.join('\n')) as { conversationId: string; reply: { type: string; sources: Array<{ id: string }> } };
    assert.equal(result.reply.sources[0]?.id, 'location:burgerzaken');
    const follow = io({ ...env, LOKET_NOW: '2026-12-07T10:15:00+01:00' });
    await runCli(['ask', '--tenant', 'leiebeke', '--json', '--conversation', result.conversationId, 'en morgen?'], follow.cli);
    assert.match(follow.out.join('\n'), /dinsdag 8 december/);
  });

  it('ask without --tenant exits 2; with an unknown tenant exits 1 naming it', async () => {
    assert.equal(await runCli(['ask', 'hallo'], io(env).cli), 2);
    const t = io(env);
    assert.equal(await runCli(['ask', '--tenant', 'leiebeek', 'hallo'], t.cli), 1);
    assert.match(t.err.join('\n'), /unknown tenant "leiebeek"/);
  });

  it('eval runs a question file and prints accuracy per category and each failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-eval-'));
    const file = join(dir, 'cases.jsonl');
    writeFileSync(file, [
      { id: 'a', tenant: 'leiebeke', now: '2026-12-07T10:15:00+01:00', turns: ['wat kost een reispas'], expect: { type: 'answer', source: 'reispas', contains: ['85,00'] } },
      { id: 'b', tenant: 'leiebeke', now: '2026-12-07T10:15:00+01:00', turns: ['ik wil een medewerker'], expect: { type: 'handoff' } },
      { id: 'c', tenant: 'leiebeke', now: '2026-12-07T10:15:00+01:00', turns: ['wat kost een reispas'], expect: { type: 'answer', source: 'reispas', contains: ['99,99'] } },
    ].map((c) => JSON.stringify(c)).join('\n'));
    const t = io(env);
    assert.equal(await runCli(['eval', file], t.cli), 0, t.err.join('\n'));
    const text = t.out.join('\n');
    assert.match(text, /product question\s+1\/2/);
    assert.match(text, /asking for a person\s+1\/1\s+100\.0%/);
    assert.match(text, /overall\s+2\/3/);
    assert.match(text, /Failures \(1\):[\s\S]*c \[product question\][\s\S]*text lacks "99,99"/);
  });

  it('eval refuses a file with invalid lines, naming each line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-eval-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"id":"x","tenant":"leiebeke","turns":["hallo"],"expect":{"type":"answer"}}\n{not json\n{"id":"y","tenant":"leiebeke","turns":[],"expect":{"type":"maybe"}}\n');
    const t = io(env);
    assert.equal(await runCli(['eval', file], t.cli), 1);
    const text = t.err.join('\n');
    assert.match(text, /bad\.jsonl:2: invalid JSON/);
    assert.match(text, /bad\.jsonl:3 turns: /);
    assert.match(text, /bad\.jsonl:3 expect\.type: /);
  });

  it('accounts create reads the password from a file and is audited; audit verify checks the chain', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loket-pw-'));
    writeFileSync(join(dir, 'pw'), 'a very long password\n');
    const t = io(env);
    assert.equal(await runCli(['accounts', 'create', '--email', 'Admin@Leiebeke.example', '--name', 'Admin', '--role', 'admin', '--tenant', 'leiebeke', '--password-file', join(dir, 'pw')], t.cli), 0, t.err.join('\n'));
    assert.match(t.out.join('\n'), /created account admin@leiebeke\.example \(admin of leiebeke\)/);
    const again = io(env);
    assert.equal(await runCli(['accounts', 'create', '--email', 'admin@leiebeke.example', '--name', 'Admin', '--role', 'admin', '--tenant', 'leiebeke'], again.cli), 1);
    assert.match(again.err.join('\n'), /exists already/);
    assert.equal(await runCli(['accounts', 'create', '--email', 'x@y.be', '--name', 'X', '--role', 'king'], io(env).cli), 2);
    const verify = io(env);
    assert.equal(await runCli(['audit', 'verify'], verify.cli), 0, verify.err.join('\n'));
    assert.match(verify.out.join('\n'), /audit log intact: [1-9]\d* entries checked/);
  });

  it('a bad environment exits 1 naming every variable at fault', async () => {
    const t = io({ ...env, PORT: 'x', LOKET_DEMO: 'maybe' });
    assert.equal(await runCli(['tenants'], t.cli), 1);
    assert.match(t.err.join('\n'), /PORT[\s\S]*LOKET_DEMO/);
  });
});

const CLI = new URL('../cli.ts', import.meta.url).pathname;

function spawnLoket(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, LOKET_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c) => (stdout += c));
  child.stderr?.on('data', (c) => (stderr += c));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('loket serve as a real process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'loket-serve-'));
  const env = { LOKET_DATA_DIR: dataDir, PORT: '0', LOKET_BOOTSTRAP_TOKEN: 'bootstrap-token-for-the-test' };
  let server: ChildProcess;
  let url: string;
  let exited: ReturnType<typeof finished>;

  before(async () => {
    server = spawnLoket(['serve'], env);
    url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      server.stderr?.on('data', (chunk) => {
        seen += chunk;
        const match = /serving on (http:\/\/\S+)/.exec(seen);
        if (match?.[1]) resolve(match[1]);
      });
      server.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
    });
    exited = finished(server);
  });
  after(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
  });

  it('serves the demo municipalities imported into the empty database', async () => {
    assert.deepEqual(await (await fetch(`${url}/healthz`)).json(), { status: 'ok' });
    const tenants = (await (await fetch(`${url}/api/v1/tenants`)).json()) as Array<{ id: string }>;
    assert.deepEqual(tenants.map((t) => t.id), ['kempenhout', 'leiebeke', 'scheldegem']);
  });

  it('LOKET_BOOTSTRAP_TOKEN is a platform-admin token from the start', async () => {
    assert.equal((await fetch(`${url}/api/v1/audit`)).status, 401);
    const res = await fetch(`${url}/api/v1/audit`, { headers: { authorization: 'Bearer bootstrap-token-for-the-test' } });
    assert.equal(res.status, 200);
  });

  it('a second process on the same data dir fails at once naming the server, and the server keeps working', async () => {
    const second = await finished(spawnLoket(['import', DEMO], env));
    assert.equal(second.code, 1);
    assert.match(second.stderr, new RegExp(`in use by process ${server.pid} \\("loket serve"`));
    assert.equal((await fetch(`${url}/api/v1/tenants`)).status, 200);
  });

  it('SIGTERM shuts down cleanly: exit 0 and the lock released; a restart finds the data intact', async () => {
    server.kill('SIGTERM');
    assert.equal((await exited).code, 0);
    assert.equal(existsSync(join(dataDir, 'loket.pid')), false);
    const again = await finished(spawnLoket(['tenants'], { ...env, LOKET_DEMO: '0' }));
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /leiebeke\s+Leiebeke\s+style u\s+version 1/);
  });
});
