// Fuzzing the public HTTP surface in process: over 10,000 random and malformed requests to every
// path of the app's own OpenAPI document, the pages and unknown paths. No response may be a
// server error, every JSON error is the one envelope without internals, the app stays healthy and
// its heap stays flat.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

/**
 * Requests of the main run, shared among the targets (each OpenAPI path, each page, unknown
 * paths), routes with a body weighing three times a read-only one; at least 10,000 in all.
 */
const RUN_BUDGET = 12_600;
const MIN_RUNS_PER_TARGET = 400;
const WARM_UP_RUNS = 300;
const MIN_REQUESTS = 10_000;
/** A generous bound: the run itself allocates a few MB of conversations and logs nothing. */
const MAX_HEAP_GROWTH_BYTES = 100 * 1024 * 1024;
const PAGES = ['/', '/assets/site.css', '/healthz', '/api/v1/openapi.json'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;

// Forcing a collection makes the heap figures comparable; the flag can be set at run time.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function settledHeap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------------------------------------
// What a request is made of.

interface FuzzRequest {
  /** The generator target, for the per-endpoint count. */
  target: string;
  method: (typeof METHODS)[number];
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** The decoded path parameters, as the server will see them. */
  params: Record<string, string>;
}

const TENANT_IDS = ['leiebeke', 'scheldegem', 'kempenhout'];
const LONE_SURROGATE = '\ud800';

const hostile = fc.constantFrom(
  '../', '../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%00', '\u0000', 'leiebeke\u0000', '%', '%ZZ', '%%', '%2e%2e',
  "' OR 1=1 --", "leiebeke'; DROP TABLE tenants; --", '<script>alert(1)</script>', '{{7*7}}', '${jndi:ldap://x}',
  '😀🏛️', 'مرحبا', '\u202eekebeiel', 'Leiebeke', 'LEIEBEKE', ' leiebeke', 'leiebeke ', 'null', 'undefined', '__proto__',
  'constructor', '0', '-1', 'a'.repeat(100), 'a'.repeat(101), 'a'.repeat(5_000), LONE_SURROGATE,
);

const paramValue = fc.oneof(
  { arbitrary: fc.constantFrom(...TENANT_IDS), weight: 4 },
  { arbitrary: fc.uuid(), weight: 1 },
  { arbitrary: hostile, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 120 }), weight: 1 },
);

/** Percent-encodes a path segment, or leaves it raw for the URL parser to deal with. */
const segment = (value: string, raw: boolean): string => {
  if (raw) return value;
  try {
    return encodeURIComponent(value);
  } catch {
    return value; // a lone surrogate: the URL parser makes it U+FFFD
  }
};

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });

const contentType = fc.option(
  fc.oneof(
    { arbitrary: fc.constantFrom('application/json'), weight: 6 },
    { arbitrary: fc.constantFrom(
      'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'text/plain', 'text/html',
      'application/x-www-form-urlencoded', 'multipart/form-data; boundary=xyz', 'application/xml', 'application/json-patch+json',
    ), weight: 3 },
    { arbitrary: printable, weight: 1 },
  ),
  { freq: 8, nil: undefined },
);

const accept = fc.option(fc.oneof(fc.constantFrom('text/event-stream', 'application/json', '*/*', 'text/html', 'text/event-stream, application/json'), printable), { nil: undefined });

const evalQuestions = [
  'Hoeveel kost een nieuwe identiteitskaart?', 'wat kost een reispas', 'wanneer wordt pmd opgehaald in de Kerkstraat?',
  'is het gemeentehuis morgen open?', 'ik wil een medewerker spreken', 'hallo', 'bedankt', 'en hoeveel kost dat?',
];

const message = fc.oneof(
  { arbitrary: fc.constantFrom(...evalQuestions), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 20 }).map((s) => `wat kost ${s} een reispas`), weight: 1 },
  { arbitrary: fc.constantFrom(
    '😀🙏🏽 hoeveel kost een rijbewijs? 🚗', 'مرحبا، كم تكلفة جواز السفر؟', 'שלום \u202e reispas', '\u200b\u200b\u200b', '   ', '\t\n',
    "'; DROP TABLE conversations; --", "1' OR '1'='1", '<img src=x onerror=alert(1)>', '<script>alert(document.cookie)</script>',
    '**bold** [link](javascript:alert(1))', 'x'.repeat(2000), 'x'.repeat(2001), `${'wat kost een reispas '.repeat(95)}`.slice(0, 2000),
    'é'.repeat(2000), '😀'.repeat(1000), '😀'.repeat(1001), LONE_SURROGATE, `reispas ${LONE_SURROGATE}`, '\u0000', 'reispas\u0000',
  ), weight: 2 },
);

const chatBody = fc.record(
  {
    message,
    conversationId: fc.oneof(fc.uuid(), fc.string({ unit: 'binary', maxLength: 110 }), fc.constantFrom('', 'x'.repeat(101), '00000000-0000-0000-0000-000000000000')),
    language: fc.oneof(fc.constantFrom('nl', 'en', 'fr', 'de', 'es', ''), fc.jsonValue({ maxDepth: 1 })),
    now: fc.oneof(fc.constantFrom('2026-12-25T10:00:00+01:00', '2027-03-10T10:00:00Z', 'tomorrow', '2026-13-45T99:99:99+01:00', '9999-12-31T23:59:59+14:00'), fc.string({ maxLength: 30 })),
    extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['message'] },
);

const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`;

const body = fc.oneof(
  { arbitrary: chatBody.map((b) => JSON.stringify(b)), weight: 6 },
  { arbitrary: fc.json({ maxDepth: 4 }), weight: 2 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ message: v })), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 20_000 }).map((d) => nested(d, '[', ']')), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 3_000 }).map((d) => `{"message":"hallo","extra":${nested(d, '{"a":', '}').replace(/:\}/, ':1}')}}`), weight: 1 },
  { arbitrary: fc.integer({ min: 10_000, max: 20_500 }).map((n) => JSON.stringify({ message: 'a'.repeat(n) })), weight: 1 },
  { arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
  { arbitrary: fc.constantFrom('', '{', '{"message": ', '{message: "hallo"}', "{'message': 'hallo'}", 'null', '[]', '"hallo"', '{"message":"hallo",}', 'message=hallo', '\u0000', '{"message":"\\u0000"}', '{"message":"\\ud800"}', '{"__proto__":{"admin":true},"message":"hallo"}'), weight: 2 },
  { arbitrary: printable, weight: 1 },
);

const query = fc.option(fc.oneof(printable.map((q) => `?${encodeURI(q)}`), fc.constantFrom('?tenant=leiebeke', '?q=%00', '?a=1&a=2', '?' + 'x'.repeat(3000))), { nil: undefined });

type Method = (typeof METHODS)[number];

/**
 * A request to `template` (an OpenAPI path such as "/api/v1/tenants/{tenant}/chat"), mostly with
 * one of its `documented` methods, else any method.
 */
function requestTo(target: string, template: string, documented: readonly Method[]): fc.Arbitrary<FuzzRequest> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const method = documented.length > 0
    ? fc.oneof({ arbitrary: fc.constantFrom(...documented), weight: 3 }, { arbitrary: fc.constantFrom(...METHODS), weight: 2 })
    : fc.constantFrom(...METHODS);
  return fc
    .record({
      method,
      values: fc.tuple(...names.map(() => paramValue)),
      raw: fc.boolean(),
      query,
      contentType,
      accept,
      body: fc.option(body, { freq: 6, nil: undefined }),
    })
    .map(({ method, values, raw, query: q, contentType: type, accept: acc, body: b }) => {
      const params = Object.fromEntries(names.map((n, i) => [n, values[i] as string]));
      const path = template.replace(/\{(\w+)\}/g, (_, n: string) => segment(params[n] ?? '', raw)) + (q ?? '');
      const headers: Record<string, string> = {};
      if (type !== undefined) headers['content-type'] = type;
      if (acc !== undefined) headers.accept = acc;
      const withBody = method !== 'GET' && method !== 'HEAD';
      return { target, method, path, headers, body: withBody ? b : undefined, params };
    });
}

const unknownSegment = fc.oneof(hostile, fc.string({ maxLength: 20 }), fc.constantFrom('api', 'v1', 'v2', 'tenants', 'chat', 'register', 'admin', '.env', 'openapi.json', 'healthz', 'assets'));
const unknownPath = fc
  .tuple(fc.constantFrom('/', '/api/v1/', '/api/v2/', '/api/v1/tenants/', '/api/v1/tenants/leiebeke/', '/assets/', '//', '/HEALTHZ', '/healthz/', '/api/v1/tenants/leiebeke/chat/'), fc.array(unknownSegment, { maxLength: 4 }), fc.boolean())
  .map(([prefix, segments, raw]) => prefix + segments.map((s) => segment(s, raw)).join('/'));

function requestToUnknown(): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({ method: fc.constantFrom(...METHODS), path: unknownPath, contentType, accept, body: fc.option(body, { nil: undefined }) })
    .map(({ method, path, contentType: type, accept: acc, body: b }) => ({
      target: '(unknown paths)',
      method,
      path,
      headers: { ...(type !== undefined ? { 'content-type': type } : {}), ...(acc !== undefined ? { accept: acc } : {}) },
      body: method === 'GET' || method === 'HEAD' ? undefined : b,
      params: {},
    }));
}

// ---------------------------------------------------------------------------------------------
// What every response must be.

// Internals that must never reach a response, unless the request itself carried the text.
const INTERNALS: ReadonlyArray<[string, RegExp]> = [
  ['stack frame', /\bat (?:[\w$.<>]+ )?\(?\/|\bat \//],
  ['node_modules', /node_modules/],
  ['SQL', /(?<!<)\b(select|insert into|update \w+ set|delete from)\s/i],
  ['PostgreSQL message', /invalid byte sequence|syntax error at or near|relation "|violates .* constraint/i],
];

function checkEnvelope(json: unknown, what: string): void {
  assert.ok(typeof json === 'object' && json !== null && !Array.isArray(json), `${what}: not an object`);
  assert.deepEqual(Object.keys(json), ['error'], `${what}: keys`);
  const error = (json as { error: unknown }).error as Record<string, unknown>;
  assert.ok(typeof error === 'object' && error !== null, `${what}: error is no object`);
  for (const key of Object.keys(error)) assert.ok(['code', 'message', 'details'].includes(key), `${what}: unexpected key ${key}`);
  assert.equal(typeof error.code, 'string', `${what}: code`);
  assert.equal(typeof error.message, 'string', `${what}: message`);
  if ('details' in error) {
    assert.ok(Array.isArray(error.details), `${what}: details is no array`);
    for (const d of error.details as unknown[]) assert.equal(typeof (d as { message?: unknown }).message, 'string', `${what}: detail without message`);
  }
}

interface Tally {
  perTarget: Map<string, number>;
  statuses: Map<number, number>;
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

async function send(app: LoketApp, r: FuzzRequest, tally: Tally): Promise<void> {
  const init: RequestInit = { method: r.method, headers: r.headers };
  if (r.body !== undefined) init.body = r.body;
  const request = new Request(`http://localhost${r.path}`, init);
  const res = await app.request(request);
  const text = await res.text();
  bump(tally.perTarget, r.target);
  bump(tally.statuses, res.status);
  const what = `${r.method} ${r.path.slice(0, 120)} [${res.status}] body ${JSON.stringify(r.body?.slice(0, 120))} → ${text.slice(0, 200)}`;

  assert.ok(res.status < 500, `server error: ${what}`);

  const sent = `${decodeURIComponentSafe(r.path)} ${r.path} ${r.body ?? ''}`;
  for (const [name, pattern] of INTERNALS) {
    if (pattern.test(text) && !pattern.test(sent)) assert.fail(`${name} in the response: ${what}`);
  }
  if (res.status >= 400 && r.method !== 'HEAD') {
    assert.match(res.headers.get('content-type') ?? '', /application\/json/, `error without JSON: ${what}`);
    const json: unknown = JSON.parse(text);
    checkEnvelope(json, what);
    const code = (json as { error: { code: string } }).error.code;
    if (res.status === 429) assert.equal(code, 'rate_limited', what);
    if (res.status === 500) assert.equal(code, 'internal_error', what);
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------

describe('fuzzing the public HTTP API', () => {
  let app: LoketApp;
  let db: Db;
  before(async () => {
    ({ app, db } = await openTestApp({ env: { LOKET_ALLOW_CLOCK_OVERRIDE: '1', LOKET_NOW: '2027-03-10T10:00:00+01:00' } }));
  });
  after(async () => db.close());

  // These once reached PostgreSQL, which refuses them, and ended in 500; the edge now refuses NUL
  // (400) and replaces lone surrogates.
  it('a NUL character or lone surrogate in chat input is refused or answered, never a server error', async () => {
    const failures: string[] = [];
    for (const [path, body] of [
      ['/api/v1/tenants/%00/chat', '{"message":"hallo"}'],
      ['/api/v1/tenants/leiebeke/chat', '{"message":"wat kost een reispas\\u0000"}'],
      ['/api/v1/tenants/leiebeke/chat', '{"message":"hallo","conversationId":"a\\u0000"}'],
      ['/api/v1/tenants/leiebeke/chat', '{"message":"reispas \\ud800"}'],
    ] as const) {
      const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (res.status >= 500) failures.push(`${path} ${body} → ${res.status} ${await res.text()}`);
    }
    assert.deepEqual(failures, []);
  });

  it('answers over 10,000 random and malformed requests without a server error or leaked internals, and stays healthy and flat', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.keys(doc.paths);
    assert.ok(documented.includes('/api/v1/tenants/{tenant}/chat'), documented.join(', '));
    const methodsOf = (path: string): Method[] =>
      Object.keys(doc.paths[path] ?? { get: {} }).map((m) => m.toUpperCase()).filter((m): m is Method => (METHODS as readonly string[]).includes(m));
    // Routes that take a body get more runs: they are where parsing, validation and storage happen.
    const weighed = [...new Set([...documented, ...PAGES])].map((path) => {
      const methods = methodsOf(path);
      return { name: path, arbitrary: requestTo(path, path, methods), weight: methods.some((m) => m !== 'GET') ? 3 : 1 };
    });
    weighed.push({ name: '(unknown paths)', arbitrary: requestToUnknown(), weight: 1 });
    const totalWeight = weighed.reduce((sum, t) => sum + t.weight, 0);
    const targets = weighed.map((t) => ({ ...t, runs: Math.max(MIN_RUNS_PER_TARGET, Math.ceil((RUN_BUDGET * t.weight) / totalWeight)) }));

    const tally: Tally = { perTarget: new Map(), statuses: new Map() };
    const everything = fc.oneof(...targets.map((t) => t.arbitrary));
    // Each municipality's knowledge (tens of MB) is built on its first question: build all of them
    // in the warm-up so the heap comparison shows growth, not the caches filling.
    for (const tenant of TENANT_IDS) {
      await send(app, { target: 'warm-up', method: 'POST', path: `/api/v1/tenants/${tenant}/chat`, headers: { 'content-type': 'application/json' }, body: '{"message":"hallo"}', params: { tenant } }, tally);
    }
    await fc.assert(fc.asyncProperty(everything, (r) => send(app, r, tally)), { numRuns: WARM_UP_RUNS });
    const heapBefore = await settledHeap();

    const warmUp = [...tally.perTarget.values()].reduce((a, b) => a + b, 0);
    tally.perTarget.clear();
    const started = performance.now();
    for (const target of targets) {
      await fc.assert(fc.asyncProperty(target.arbitrary, (r) => send(app, r, tally)), { numRuns: target.runs });
    }
    const seconds = (performance.now() - started) / 1000;
    const heapAfter = await settledHeap();

    const health = await app.request('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });

    const total = [...tally.perTarget.values()].reduce((a, b) => a + b, 0);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(`fuzz: ${total} requests in ${seconds.toFixed(1)} s after ${warmUp} warm-up requests`);
    for (const [target, count] of tally.perTarget) console.log(`  ${count} × ${target}`);
    console.log(`  statuses: ${[...tally.statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(', ')}`);
    console.log(`  heap used: ${mb(heapBefore)} after warm-up, ${mb(heapAfter)} after the run (growth ${mb(heapAfter - heapBefore)})`);

    assert.ok(total >= MIN_REQUESTS, `${total} requests`);
    assert.ok(heapAfter - heapBefore < MAX_HEAP_GROWTH_BYTES, `heap grew by ${mb(heapAfter - heapBefore)}`);
  });
});
