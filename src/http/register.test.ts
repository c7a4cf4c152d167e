// The register over HTTP: the workflow's named scenarios as residents and staff meet them, the exports, and the
// assistant's own entry following its municipality's settings.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { REGISTER_EXAMPLES_PATH } from '../cli/demo-pack.js';
import { seedRegisterExamples, syncAllAssistantEntries } from '../register/index.js';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { postJson } from './test-support/api-client.js';
import { staffTokens } from './test-support/staff-tokens.js';
import { openTestApp } from './test-support/test-app.js';

const ENTRY = {
  name: 'Slimme camera voor sluikstort',
  shortDescription: 'Camera’s herkennen sluikstort op drie plaatsen.',
  leadOrganisation: { name: 'Gemeente Leiebeke', code: '0207.000.001' },
  programme: 'city-of-things',
  themes: ['Openbaar domein'],
  purposeAndImpact: 'Sluikstort sneller opruimen.',
  howItWorks: 'Beeldherkenning op vaste camera’s; een medewerker bekijkt elke melding.',
  kindsOfAi: ['computer-vision'],
  status: 'pilot',
  timeline: { pilotStart: '2027-02' },
  humanOversight: 'Een medewerker bekijkt elke melding voor er iets gebeurt.',
  contact: 'ai@leiebeke.be',
};

describe('the register over HTTP', () => {
  let app: LoketApp;
  let db: Db;
  let tokens: Awaited<ReturnType<typeof staffTokens>>;
  before(async () => {
    ({ app, db } = await openTestApp());
    tokens = await staffTokens(db, ['leiebeke', 'scheldegem']);
    await syncAllAssistantEntries(db, { at: new Date(), publicUrl: 'https://loket.example' });
    await seedRegisterExamples(db, { path: REGISTER_EXAMPLES_PATH, at: new Date() });
  });
  after(async () => db.close());

  const staff = (tenant: string, role: string) => tokens[tenant]![role as 'admin']!;
  const send = (method: string, path: string, token: string, body?: unknown) =>
    app.request(path, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const publicIds = async (query = '') =>
    ((await (await app.request(`/api/v1/register/entries${query}`)).json()) as { entries: Array<{ id: string }> }).entries.map((e) => e.id);
  const draft = async (name: string) => {
    const res = await postJson(app, '/api/v1/tenants/leiebeke/register/entries', { entry: { ...ENTRY, name } }, staff('leiebeke', 'editor'));
    assert.equal(res.status, 201, await res.clone().text());
    return ((await res.json()) as { id: string }).id;
  };
  const submitAndPublish = async (id: string) => {
    assert.equal((await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/submit`, staff('leiebeke', 'editor'))).status, 200);
    assert.equal((await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/publish`, staff('platform', 'reviewer'))).status, 200);
  };

  it('a draft is never public: not in search, not by id, not on a page, not in any export', async () => {
    const id = await draft('Conceptfiche zichtbaarheid');
    assert.equal((await publicIds()).includes(id), false);
    assert.equal((await app.request(`/api/v1/register/entries/${id}`)).status, 404);
    assert.equal((await app.request(`/register/${id}`)).status, 404);
    assert.doesNotMatch(await (await app.request('/register?q=conceptfiche')).text(), /Conceptfiche/);
    for (const format of ['csv', 'json', 'algoritmeregister', 'dcat', 'atom']) {
      assert.doesNotMatch(await (await app.request(`/api/v1/register/export?format=${format}`)).text(), /Conceptfiche/, format);
    }
    assert.doesNotMatch(await (await app.request('/register/overzicht')).text(), /Conceptfiche/);
    // Its own staff do see it.
    const own = (await (await send('GET', '/api/v1/tenants/leiebeke/register/entries', staff('leiebeke', 'viewer'))).json()) as Array<{ id: string; state: string }>;
    assert.equal(own.find((e) => e.id === id)?.state, 'draft');
  });

  it('reviewed regionally by default: the municipality cannot publish its own entry; a regional reviewer can', async () => {
    const id = await draft('Regionaal nagekeken');
    await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/submit`, staff('leiebeke', 'editor'));
    const byAdmin = await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/publish`, staff('leiebeke', 'admin'));
    assert.equal(byAdmin.status, 403);
    const queue = (await (await send('GET', '/api/v1/register/review', staff('platform', 'reviewer'))).json()) as Array<{ id: string }>;
    assert.ok(queue.some((e) => e.id === id));
    assert.equal((await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/publish`, staff('platform', 'reviewer'))).status, 200);
    assert.ok((await publicIds()).includes(id));
    assert.match(await (await app.request(`/register/${id}`)).text(), /Regionaal nagekeken/);
  });

  it('a municipality that reviews its own entries: its reviewer publishes, but never an entry they wrote', async () => {
    const settings = await send('PUT', '/api/v1/tenants/leiebeke/settings', staff('leiebeke', 'admin'), { retentionDays: 90, registerReview: 'own' });
    assert.equal(settings.status, 200);
    const id = await draft('Eigen goedkeuring');
    await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/submit`, staff('leiebeke', 'editor'));
    assert.equal((await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/publish`, staff('leiebeke', 'editor'))).status, 403, 'the author');
    assert.equal((await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/publish`, staff('scheldegem', 'reviewer'))).status, 404, 'another municipality');
    assert.equal((await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/publish`, staff('leiebeke', 'reviewer'))).status, 200);
    await send('PUT', '/api/v1/tenants/leiebeke/settings', staff('leiebeke', 'admin'), { retentionDays: 90 });
  });

  it('a rejected entry returns to its author with the reason, and editing makes it a draft again', async () => {
    const id = await draft('Onduidelijk doel');
    await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/submit`, staff('leiebeke', 'editor'));
    const noReason = await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/reject`, staff('platform', 'reviewer'), { reason: '  ' });
    assert.equal(noReason.status, 400);
    const rejected = await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/reject`, staff('platform', 'reviewer'), { reason: 'Beschrijf wie de meldingen bekijkt.' });
    assert.equal(rejected.status, 200);
    const seen = (await (await send('GET', `/api/v1/tenants/leiebeke/register/entries/${id}`, staff('leiebeke', 'editor'))).json()) as {
      state: string; history: Array<{ action: string; reason: string | null }>;
    };
    assert.equal(seen.state, 'rejected');
    assert.equal(seen.history.at(-1)?.reason, 'Beschrijf wie de meldingen bekijkt.');
    assert.equal((await publicIds()).includes(id), false);
    const edited = await send('PUT', `/api/v1/tenants/leiebeke/register/entries/${id}`, staff('leiebeke', 'editor'), { entry: { ...ENTRY, name: 'Duidelijk doel' } });
    assert.equal(((await edited.json()) as { state: string }).state, 'draft');
  });

  it('a retracted entry leaves search but keeps its public history, with the reason', async () => {
    const id = await draft('Stopgezette proef');
    await submitAndPublish(id);
    const retracted = await send('POST', `/api/v1/tenants/leiebeke/register/entries/${id}/retract`, staff('leiebeke', 'admin'), { reason: 'De proef is afgelopen.' });
    assert.equal(retracted.status, 200);
    assert.equal((await publicIds()).includes(id), false);
    assert.doesNotMatch(await (await app.request('/register')).text(), /Stopgezette proef/);
    const body = (await (await app.request(`/api/v1/register/entries/${id}`)).json()) as { state: string; history: Array<{ action: string; reason: string | null }> };
    assert.equal(body.state, 'retracted');
    assert.deepEqual(body.history.map((v) => v.action), ['publish', 'retract']);
    assert.equal(body.history[1]?.reason, 'De proef is afgelopen.');
    const page = await (await app.request(`/register/${id}`)).text();
    assert.match(page, /ingetrokken/);
    assert.match(page, /De proef is afgelopen\./);
    assert.match(await (await app.request('/register/wijzigingen.atom')).text(), /Ingetrokken: Stopgezette proef/);
  });

  it('bad input is refused field by field, and a file with invalid entries stores none', async () => {
    const bad = await postJson(app, '/api/v1/tenants/leiebeke/register/entries', { entry: { ...ENTRY, status: 'live', contact: 'jan', timeline: { pilotStart: '2027-02-30' } } }, staff('leiebeke', 'editor'));
    assert.equal(bad.status, 400);
    const fields = ((await bad.json()) as { error: { details: Array<{ field: string }> } }).error.details.map((d) => d.field).sort();
    assert.deepEqual(fields, ['contact', 'status', 'timeline.pilotStart']);
    const before = (await (await send('GET', '/api/v1/tenants/leiebeke/register/entries', staff('leiebeke', 'admin'))).json()) as unknown[];
    const file = JSON.stringify([{ ...ENTRY, name: 'Goed' }, { ...ENTRY, name: '' }]);
    const imported = await postJson(app, '/api/v1/tenants/leiebeke/register/import', { fileName: 'fiches.json', content: file }, staff('leiebeke', 'editor'));
    assert.equal(imported.status, 400);
    assert.match(JSON.stringify(await imported.json()), /entries\[1\]\.name/);
    const afterImport = (await (await send('GET', '/api/v1/tenants/leiebeke/register/entries', staff('leiebeke', 'admin'))).json()) as unknown[];
    assert.equal(afterImport.length, before.length);
    const search = await app.request('/api/v1/register/entries?status=live&minScore=9');
    assert.equal(search.status, 400);
    assert.match(JSON.stringify(await search.json()), /status.*minScore|minScore.*status/);
  });

  it('exports: the CSV, the overview and the DCAT catalogue carry every published entry; the overview names every organisation', async () => {
    const published = await publicIds();
    assert.ok(published.length >= 9, 'three assistants and six examples at least');
    const csv = parseCsv(await (await app.request('/api/v1/register/export?format=csv')).text(), { columns: true }) as Array<{ id: string }>;
    assert.deepEqual(csv.map((r) => r.id).sort(), [...published].sort());
    const overview = (await (await app.request('/api/v1/register/overview')).json()) as Array<{ entryId: string; organisationName: string }>;
    assert.deepEqual([...new Set(overview.map((r) => r.entryId))].sort(), [...published].sort());
    assert.ok(overview.some((r) => r.organisationName === 'Leiedal'), 'a partner organisation gets its own row');
    const overviewCsv = await (await app.request('/register/overzicht.csv')).text();
    assert.match(overviewCsv, /Stad Kortrijk/);
    const dcat = JSON.parse(await (await app.request('/api/v1/register/export?format=dcat')).text()) as object;
    const expanded = (await jsonld.expand(dcat as jsonld.JsonLdDocument)) as Array<Record<string, unknown>>;
    const datasets = JSON.stringify(expanded).match(/"http:\/\/www\.w3\.org\/ns\/dcat#Dataset"/g) ?? [];
    assert.equal(datasets.length, published.length);
    const ar = (await (await app.request('/api/v1/register/export?format=algoritmeregister')).json()) as { records: unknown[]; notExported: Array<{ problems: unknown[] }> };
    assert.equal(ar.records.length + ar.notExported.length, published.length);
    assert.ok(ar.notExported.every((n) => n.problems.length > 0), 'what is not exported says why');
  });

  it('the assistant\'s entry follows its settings, and the transparency page links to it', async () => {
    const page = await (await app.request('/t/scheldegem/over-deze-assistent')).text();
    const link = /href="\/register\/([0-9a-f-]{36})"/.exec(page);
    assert.ok(link, 'the transparency page links to the entry');
    const id = link[1]!;
    assert.equal((await send('PUT', '/api/v1/tenants/scheldegem/settings', staff('scheldegem', 'admin'), { retentionDays: 31 })).status, 200);
    const entry = (await (await app.request(`/api/v1/register/entries/${id}`)).json()) as { personalData: { description: string }; history: Array<{ action: string; changes: Array<{ field: string }> }> };
    assert.match(entry.personalData.description, /31 dagen/);
    assert.equal(entry.history.at(-1)?.action, 'revise');
    assert.ok(entry.history.at(-1)?.changes.some((c) => c.field === 'personalData'));
    assert.match(await (await app.request(`/register/${id}`)).text(), /Bijgewerkt/);
  });

  it('the assistant\'s entry is not edited by hand over the API either: 409 conflict, nothing stored', async () => {
    const [assistant] = await db.query<{ id: string }>("select id from register_entries where system_key = 'assistant:leiebeke'");
    assert.ok(assistant);
    const history = async () => (await db.query<{ n: number }>('select count(*)::int as n from register_entry_history where entry_id = $1', [assistant.id]))[0]?.n;
    const before = await history();
    const path = `/api/v1/tenants/leiebeke/register/entries/${assistant.id}`;
    const edited = await send('PUT', path, staff('leiebeke', 'admin'), { entry: { ...ENTRY, name: 'Digitale assistent, met de hand' } });
    assert.equal(edited.status, 409);
    const { error } = (await edited.json()) as { error: { code: string; message: string } };
    assert.equal(error.code, 'conflict');
    assert.match(error.message, /is kept by Loket from the municipality's settings/);
    assert.equal(await history(), before);
    const shown = (await (await send('GET', path, staff('leiebeke', 'admin'))).json()) as { state: string };
    assert.equal(shown.state, 'published');
    assert.doesNotMatch(JSON.stringify(shown), /met de hand/);
    // Another municipality's staff do not learn it exists.
    assert.equal((await send('PUT', path.replace('leiebeke', 'scheldegem'), staff('scheldegem', 'admin'), { entry: ENTRY })).status, 404);
  });

  it('public pages answer for residents: search with facets, an organisation, statistics, the overview, open data', async () => {
    const search = await (await app.request('/register?status=in-use')).text();
    assert.match(search, /Digitale assistent van Leiebeke/);
    assert.doesNotMatch(search, /Wegdekmonitoring/, 'a planned system is filtered out');
    assert.match(search, /value="planned"[^>]*>\s*Gepland <span class="count">\(\d+\)/, 'other statuses keep their counts');
    assert.equal((await app.request('/register/organisaties/stad-kortrijk')).status, 200);
    assert.equal((await app.request('/register/organisaties/nergens')).status, 404);
    assert.match(await (await app.request('/register/statistieken')).text(), /gepubliceerde toepassingen/);
    assert.match(await (await app.request('/register/overzicht')).text(), /Automatisch Advies Leefloon/);
    assert.equal((await app.request('/register/open-data')).status, 200);
    assert.equal((await app.request('/register?kind=telepathy')).status, 400);
  });
});

