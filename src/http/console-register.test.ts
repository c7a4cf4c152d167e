// The console's AI register through app.request(): staff keep their municipality's entries with HTML forms,
// invalid input is refused next to the field with nothing stored, the review workflow runs on buttons
// (four eyes, a required rejection reason), every step is audited as the API audits it, and another
// municipality's entry does not exist.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createDraft, getEntry, getHistory, submit, syncAssistantEntry } from '../register/index.js';
import type { Db } from '../storage/index.js';
import { createAccount, type Role } from '../tenants/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

const PASSWORD = 'correct horse battery staple';
const HOSTILE = '<img src=x onerror=alert(1)> [klik](javascript:alert(1))';

interface Staff {
  cookie: string;
  csrf: string;
  actor: string;
}

/** A valid entry as the form posts it. */
const VALID_FORM: Record<string, string | string[]> = {
  name: 'Slimme camera voor sluikstort',
  shortDescription: 'Camera’s herkennen sluikstort op drie plaatsen.',
  'leadOrganisation.name': 'Gemeente Leiebeke',
  'leadOrganisation.code': '0207.000.001',
  partnerOrganisations: 'Gemeente Scheldegem | 0207.000.002\r\nIntercommunale Leie',
  programme: 'city-of-things',
  themes: 'Openbaar domein\r\nAfval',
  purposeAndImpact: 'Sluikstort sneller opruimen.',
  howItWorks: 'Beeldherkenning op vaste camera’s;\r\neen medewerker bekijkt elke melding.',
  kindsOfAi: ['computer-vision', 'machine-learning'],
  status: 'pilot',
  'timeline.pilotStart': '2027-02',
  'personalData.processed': 'yes',
  'personalData.description': 'Beelden van voorbijgangers, na 30 dagen gewist.',
  humanOversight: 'Een medewerker bekijkt elke melding voor er iets gebeurt.',
  risks: 'Valse meldingen | Een medewerker bekijkt elke melding',
  'aiAct.role': 'deployer',
  'aiAct.riskClass': 'minimal-risk',
  'reusability.reusable': 'unknown',
  contact: 'ai@leiebeke.be',
  'principles.reliability.measures': 'Maandelijkse steekproef.',
  'principles.reliability.selfScore': '4',
  'principles.reliability.explanation': 'Nog geen jaar ervaring.',
};

describe('the AI register in the staff console', () => {
  let app: LoketApp;
  let db: Db;
  const staff: Record<string, Staff> = {};

  const body = (fields: Record<string, string | string[]>, csrf?: string) => {
    const params = new URLSearchParams(csrf === undefined ? {} : { csrf });
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) params.append(name, v);
    return params.toString();
  };
  const post = (path: string, fields: Record<string, string | string[]>, who: Staff, options: { csrf?: boolean } = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.cookie },
      body: body(fields, options.csrf === false ? undefined : who.csrf),
    });
  const get = (path: string, who?: Staff) => app.request(path, { headers: who ? { cookie: who.cookie } : {} });
  const page = async (path: string, who: Staff, status = 200) => {
    const res = await get(path, who);
    assert.equal(res.status, status, `${path}: ${res.status}`);
    return res.text();
  };
  const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0]?.n ?? -1;
  const audits = (action: string, id: string) =>
    db.query<{ actor: string; tenant_id: string; details: Record<string, unknown> }>('select actor, tenant_id, details from audit_log where action = $1 and target = $2', [action, `register-entry:${id}`]);

  /** Signs in through the form; the CSRF token is read from the page the console lands on. */
  async function signIn(email: string): Promise<Staff> {
    const res = await app.request('/console/sign-in', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body({ email, password: PASSWORD }) });
    assert.equal(res.status, 303);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const home = await app.request('/console', { headers: { cookie } });
    const landing = await (await app.request(home.headers.get('location') ?? '', { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(landing)?.[1];
    assert.ok(csrf);
    const [account] = await db.query<{ id: string }>('select id from accounts where email = $1', [email]);
    return { cookie, csrf, actor: `account:${account?.id}` };
  }

  /** Creates an entry through the form as `who` and returns its id. */
  async function createThroughForm(who: Staff, name: string, tenant?: string): Promise<string> {
    const res = await post(`/console/register/new${tenant ? `?tenant=${tenant}` : ''}`, { ...VALID_FORM, name }, who);
    assert.equal(res.status, 303, await res.clone().text());
    const id = /\/console\/register\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1];
    assert.ok(id, res.headers.get('location') ?? '');
    return id;
  }

  before(async () => {
    ({ app, db } = await openTestApp());
    const accounts: Array<[string, Role, string | null]> = [
      ['editor', 'editor', 'leiebeke'], ['admin', 'admin', 'leiebeke'], ['viewer', 'viewer', 'leiebeke'], ['agent', 'agent', 'leiebeke'],
      ['other', 'editor', 'scheldegem'], ['reviewer', 'reviewer', null], ['platform', 'admin', null],
    ];
    for (const [name, role, tenantId] of accounts) {
      await createAccount(db, { email: `${name}@example.org`, name: `Test ${name}`, role, tenantId, password: PASSWORD });
      staff[name] = await signIn(`${name}@example.org`);
    }
  });
  after(async () => db.close());

  it('without a session every register page goes to the sign-in form', async () => {
    for (const path of ['/console/register', '/console/register/new', '/console/register/review', `/console/register/${crypto.randomUUID()}`]) {
      const res = await get(path);
      assert.equal(res.status, 302, path);
      assert.equal(res.headers.get('location'), '/console/sign-in');
    }
  });

  it('the list shows only the own municipality\'s entries, in every state, with the nav item and the button for writers', async () => {
    const at = new Date();
    const own = await createDraft(db, { tenantId: 'leiebeke', author: 'test', at, input: { ...formEntry(), name: 'Eigen conceptfiche' } });
    await submit(db, { id: own.id, actor: 'test', at });
    await createDraft(db, { tenantId: 'scheldegem', author: 'test', at, input: { ...formEntry(), name: 'Fiche van Scheldegem', leadOrganisation: { name: 'Gemeente Scheldegem' } } });

    const list = await page('/console/register', staff.editor!);
    assert.match(list, /<h1>AI-register<\/h1>/);
    assert.match(list, /<a href="\/console\/register" aria-current="page">AI-register<\/a>/);
    assert.match(list, new RegExp(`<a href="/console/register/${own.id}">Eigen conceptfiche</a>`));
    assert.match(list, /<span class="state state-submitted">Ingediend<\/span>/);
    // The entry's own row shows its system status (formEntry() is in use).
    const ownRow = list.split('<tr>').find((row) => row.includes(`/console/register/${own.id}"`)) ?? '';
    assert.match(ownRow, /<td>In gebruik<\/td>/);
    assert.doesNotMatch(list, /Fiche van Scheldegem/);
    assert.match(list, /<a class="button-link" href="\/console\/register\/new">Nieuwe registratie<\/a>/);
    assert.doesNotMatch(await page('/console/register', staff.other!), /Eigen conceptfiche/);

    const viewer = await page('/console/register', staff.viewer!);
    assert.match(viewer, /Eigen conceptfiche/);
    assert.doesNotMatch(viewer, /Nieuwe registratie/);
    assert.equal((await get('/console/register/new', staff.viewer)).status, 403);

    // An agent handles conversations, not the register: no nav item, and a Dutch 403 page.
    assert.doesNotMatch(await page('/console/inbox', staff.agent!), /AI-register/);
    const refused = await get('/console/register', staff.agent);
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /<h1>Geen toegang<\/h1>/);

    // Platform-wide staff pick the municipality; another's list is 404 for a municipality's staff.
    assert.match(await page('/console/register?tenant=scheldegem', staff.reviewer!), /Fiche van Scheldegem/);
    assert.equal((await get('/console/register?tenant=scheldegem', staff.editor)).status, 404);
  });

  it('invalid input is refused with Dutch messages next to the fields, what was typed is kept, and nothing is stored', async () => {
    const [entriesBefore, auditBefore] = [await count('register_entries'), await count("audit_log where action like 'register.%'")];
    const res = await post('/console/register/new', {
      ...VALID_FORM, name: '', shortDescription: HOSTILE, contact: 'geen adres', 'timeline.pilotStart': '2027-13',
      risks: 'Alleen een risico', 'principles.reliability.selfScore': '',
    }, staff.editor!);
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /<input type="text" id="field-name" name="name" aria-invalid="true" aria-describedby="field-name-error" aria-required="true" value=""/);
    assert.match(html, /<p class="field-error" id="field-name-error">Vul dit veld in.<\/p>/);
    assert.match(html, /aria-describedby="field-contact-hint field-contact-error"/);
    assert.match(html, /id="field-contact-error">Geef een e-mailadres of een webadres dat begint met https:\/\/.<\/p>/);
    assert.match(html, /id="field-timeline-pilotStart-error">Schrijf een datum als JJJJ, JJJJ-MM of JJJJ-MM-DD/);
    assert.match(html, /id="field-risks-error">Regel 1 \(maatregel\): vul dit veld in.<\/p>/);
    assert.match(html, /id="field-principles-reliability-selfScore-error">Kies een score van 1 tot 5.<\/p>/);
    assert.match(html, /<div class="error-summary" role="alert">/);
    assert.match(html, /<a href="#field-name">Naam van de toepassing<\/a>: Vul dit veld in./);
    // What was typed stays, escaped; checked boxes stay checked.
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /value="geen adres"/);
    assert.match(html, /id="field-kindsOfAi-computer-vision" name="kindsOfAi" value="computer-vision" checked/);
    assert.doesNotMatch(html, /id="field-kindsOfAi-speech" name="kindsOfAi" value="speech" checked/);
    assert.equal(await count('register_entries'), entriesBefore);
    assert.equal(await count("audit_log where action like 'register.%'"), auditBefore);
  });

  it('a valid form is stored as a draft by its author, with lists and numbers parsed, and audited as the API audits', async () => {
    const id = await createThroughForm(staff.editor!, 'Camera via het formulier');
    const stored = await getEntry(db, id);
    assert.equal(stored.state, 'draft');
    assert.equal(stored.tenantId, 'leiebeke');
    assert.equal(stored.author, staff.editor!.actor);
    assert.deepEqual(stored.entry.partnerOrganisations, [{ name: 'Gemeente Scheldegem', code: '0207.000.002' }, { name: 'Intercommunale Leie' }]);
    assert.deepEqual(stored.entry.kindsOfAi, ['computer-vision', 'machine-learning']);
    assert.deepEqual(stored.entry.principles.reliability, { measures: 'Maandelijkse steekproef.', selfScore: 4, explanation: 'Nog geen jaar ervaring.' });
    assert.equal(stored.entry.howItWorks, 'Beeldherkenning op vaste camera’s;\neen medewerker bekijkt elke melding.');
    assert.deepEqual(stored.entry.timeline, { pilotStart: '2027-02' });
    assert.equal(stored.entry.principles.democraticValues, undefined, 'an empty principle is left out');
    const [audit] = await audits('register.create', id);
    assert.deepEqual({ actor: audit?.actor, tenant: audit?.tenant_id }, { actor: staff.editor!.actor, tenant: 'leiebeke' });

    const shown = await page(`/console/register/${id}?done=created`, staff.editor!);
    assert.match(shown, /<p class="notice" role="status">Opgeslagen als concept/);
    assert.match(shown, /<span class="state state-draft">Concept<\/span>/);
    assert.match(shown, /<textarea id="field-partnerOrganisations" name="partnerOrganisations"[^>]*>Gemeente Scheldegem \| 0207.000.002\nIntercommunale Leie<\/textarea>/);
    assert.match(shown, /<button type="submit">Indienen voor beoordeling<\/button>/);
    assert.match(shown, /<h2 id="history-heading">Geschiedenis<\/h2>/);
    assert.match(shown, /<td>Aangemaakt<\/td><td>Concept<\/td>/);
  });

  it('?done= names only its own notices: an inherited name such as toString shows none', async () => {
    const id = await createThroughForm(staff.editor!, 'Geen vreemde melding');
    assert.match(await page(`/console/register/${id}?done=saved`, staff.editor!), /<p class="notice" role="status">Wijzigingen opgeslagen.<\/p>/);
    for (const done of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'onbekend']) {
      assert.doesNotMatch(await page(`/console/register/${id}?done=${done}`, staff.editor!), /role="status"/, done);
    }
  });

  it('an edit through the form keeps the fields the form does not show, and is audited', async () => {
    const at = new Date();
    const { id } = await createDraft(db, {
      tenantId: 'leiebeke', author: staff.editor!.actor, at,
      input: { ...formEntry(), name: 'Met een DPIA', impactAssessments: [{ kind: 'dpia', title: 'DPIA camera', link: 'https://leiebeke.be/dpia' }] },
    });
    const res = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Met een DPIA', supplier: 'Beeld NV' }, staff.editor!);
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), `/console/register/${id}?done=saved`);
    const stored = await getEntry(db, id);
    assert.equal(stored.entry.supplier, 'Beeld NV');
    assert.deepEqual(stored.entry.impactAssessments, [{ kind: 'dpia', title: 'DPIA camera', link: 'https://leiebeke.be/dpia' }]);
    assert.equal((await audits('register.update', id)).length, 1);
    assert.match(await page(`/console/register/${id}`, staff.editor!), /<td>Gewijzigd<\/td><td>Concept<\/td><td class="message-text">—<\/td><td>[^<]*Leverancier/);

    const invalid = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'x'.repeat(120) }, staff.editor!);
    assert.equal(invalid.status, 400);
    assert.match(await invalid.text(), /id="field-name-error">Gebruik hoogstens 99 tekens.<\/p>/);
    assert.equal((await getEntry(db, id)).entry.name, 'Met een DPIA');
    assert.equal((await get(`/console/register/${id}`, staff.viewer)).status, 200);
    assert.equal((await post(`/console/register/${id}`, VALID_FORM, staff.viewer!)).status, 403);
  });

  it('two people save the same entry: the second is refused with a Dutch message and what they typed, the first change is kept', async () => {
    // Created a minute ago, so the first save certainly gives the entry another version.
    const { id } = await createDraft(db, {
      tenantId: 'leiebeke', author: staff.editor!.actor, at: new Date(Date.now() - 60_000), input: { ...formEntry(), name: 'Twee tegelijk' },
    });
    /** Opens the edit form as `who` and returns the version it carries. */
    const open = async (who: Staff) => {
      const form = await page(`/console/register/${id}`, who);
      const version = /<input type="hidden" name="updatedAt" value="([^"]+)"\/?>/.exec(form)?.[1];
      assert.ok(version, 'the form carries the version it shows');
      return version;
    };
    const [editorOpened, adminOpened] = [await open(staff.editor!), await open(staff.admin!)];
    assert.equal(editorOpened, (await getEntry(db, id)).updatedAt.toISOString());
    assert.equal(adminOpened, editorOpened);

    const first = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Twee tegelijk', supplier: 'Eerste NV', updatedAt: editorOpened }, staff.editor!);
    assert.equal(first.status, 303);
    const second = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Twee tegelijk', supplier: 'Tweede NV', updatedAt: adminOpened }, staff.admin!);
    assert.equal(second.status, 409);
    const refused = await second.text();
    assert.match(refused, /<\/p><div class="error-summary" role="alert"><h2>Niet opgeslagen: iemand anders heeft deze registratie intussen gewijzigd<\/h2>/);
    assert.match(refused, /Uw wijzigingen zijn niet bewaard/);
    assert.match(refused, new RegExp(`<a href="/console/register/${id}">open de huidige versie</a>`));
    assert.match(refused, /name="supplier"[^>]*value="Tweede NV"/, 'what was typed stays in the form');
    assert.ok(refused.includes(`<input type="hidden" name="updatedAt" value="${adminOpened}"`), 'still the version it was opened with: saving again is refused too');
    assert.doesNotMatch(refused, /role="status"/);

    const stored = await getEntry(db, id);
    assert.equal(stored.entry.supplier, 'Eerste NV', 'the first save is kept');
    assert.deepEqual((await getHistory(db, id)).map((step) => step.action), ['create', 'update']);
    assert.deepEqual((await audits('register.update', id)).map((audit) => audit.actor), [staff.editor!.actor]);
    assert.equal((await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Twee tegelijk', supplier: 'Tweede NV', updatedAt: adminOpened }, staff.admin!)).status, 409);

    // Reopened, the form carries the new version and the admin's change is saved.
    const reopened = await open(staff.admin!);
    assert.equal(reopened, stored.updatedAt.toISOString());
    assert.notEqual(reopened, adminOpened);
    assert.equal((await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Twee tegelijk', supplier: 'Tweede NV', updatedAt: reopened }, staff.admin!)).status, 303);
    assert.equal((await getEntry(db, id)).entry.supplier, 'Tweede NV');

    // A step taken meanwhile is a change too: the form opened before the submission does not save.
    const beforeSubmit = await open(staff.editor!);
    assert.equal((await post(`/console/register/${id}/submit`, {}, staff.admin!)).status, 303);
    const late = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Twee tegelijk', supplier: 'Te laat NV', updatedAt: beforeSubmit }, staff.editor!);
    assert.equal(late.status, 409);
    assert.match(await late.text(), /name="supplier"[^>]*value="Te laat NV"/);
    assert.equal((await getEntry(db, id)).state, 'submitted');
    assert.equal((await getEntry(db, id)).entry.supplier, 'Tweede NV');
  });

  it('the entry Loket keeps from the municipality\'s settings is not edited by hand', async () => {
    const { id } = await syncAssistantEntry(db, 'leiebeke', { at: new Date(), publicUrl: 'https://loket.example' });
    const before = await getEntry(db, id);
    const shown = await page(`/console/register/${id}`, staff.admin!);
    assert.match(shown, /Loket houdt deze registratie zelf bij/);
    assert.doesNotMatch(shown, /name="name"/, 'no form');
    const refused = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Met de hand' }, staff.admin!);
    assert.equal(refused.status, 409);
    assert.match(await refused.text(), /<h1>Niet mogelijk<\/h1>/);
    const after = await getEntry(db, id);
    assert.deepEqual([after.state, after.entry.name, after.updatedAt], [before.state, before.entry.name, before.updatedAt]);
    assert.equal((await audits('register.update', id)).length, 0);
  });

  it('the author submits, a regional reviewer publishes from the queue, and the entry is on the public register API', async () => {
    const id = await createThroughForm(staff.editor!, 'Publiek via de console');
    assert.equal((await get(`/api/v1/register/entries/${id}`)).status, 404);
    const submitted = await post(`/console/register/${id}/submit`, {}, staff.editor!);
    assert.equal(submitted.status, 303);
    assert.equal(submitted.headers.get('location'), `/console/register/${id}?done=submitted`);
    assert.equal((await getEntry(db, id)).state, 'submitted');
    const authorView = await page(`/console/register/${id}`, staff.editor!);
    assert.doesNotMatch(authorView, /Publiceren/);
    assert.doesNotMatch(authorView, /name="name"/, 'a submitted entry is not edited');

    // The municipality's own admin does not review (regional review by default).
    assert.doesNotMatch(await page(`/console/register/${id}`, staff.admin!), /Publiceren/);
    assert.equal((await post(`/console/register/${id}/publish`, {}, staff.admin!)).status, 403);

    const queue = await page('/console/register/review', staff.reviewer!);
    assert.match(queue, new RegExp(`<a href="/console/register/${id}\\?tenant=leiebeke">Publiek via de console</a>`));
    assert.match(queue, /<td>Leiebeke<\/td>/);
    const reviewerView = await page(`/console/register/${id}?tenant=leiebeke`, staff.reviewer!);
    assert.match(reviewerView, /<form method="post" action="\/console\/register\/[0-9a-f-]+\/publish\?tenant=leiebeke">/);
    assert.match(reviewerView, /<dt>Naam van de toepassing<\/dt><dd>Publiek via de console<\/dd>/);
    const published = await post(`/console/register/${id}/publish?tenant=leiebeke`, {}, staff.reviewer!);
    assert.equal(published.status, 303);
    assert.equal(published.headers.get('location'), `/console/register/${id}?tenant=leiebeke&done=published`);

    const pub = await get(`/api/v1/register/entries/${id}`);
    assert.equal(pub.status, 200);
    assert.match(await pub.text(), /Publiek via de console/);
    const entries = (await (await get('/api/v1/register/entries?tenant=leiebeke')).json()) as { entries: Array<{ id: string }> };
    assert.ok(entries.entries.some((e) => e.id === id));
    assert.equal((await audits('register.submit', id))[0]?.actor, staff.editor!.actor);
    assert.equal((await audits('register.publish', id))[0]?.actor, staff.reviewer!.actor);
    assert.doesNotMatch(await page('/console/register/review', staff.reviewer!), new RegExp(id));

    const history = await page(`/console/register/${id}`, staff.editor!);
    for (const step of ['Aangemaakt', 'Ingediend', 'Gepubliceerd']) assert.match(history, new RegExp(`<td>${step}</td>`));
    assert.match(history, new RegExp(`<a href="/register/${id}">Bekijk de openbare versie`));

    // Retracting needs the admin; the public entry then says it is retracted.
    assert.equal((await post(`/console/register/${id}/retract`, { reason: '' }, staff.editor!)).status, 403);
    const retracted = await post(`/console/register/${id}/retract`, { reason: 'Het proefproject is stopgezet.' }, staff.admin!);
    assert.equal(retracted.status, 303);
    assert.equal((await getEntry(db, id)).state, 'retracted');
    assert.deepEqual((await audits('register.retract', id))[0]?.details, { reason: 'Het proefproject is stopgezet.' });
    assert.match(await page(`/console/register/${id}`, staff.editor!), /Het proefproject is stopgezet./);
  });

  it('editing a published entry starts a new version; retracting it then withdraws the public version and drops the edit', async () => {
    const id = await createThroughForm(staff.editor!, 'Tweede versie');
    await post(`/console/register/${id}/submit`, {}, staff.editor!);
    assert.equal((await post(`/console/register/${id}/publish?tenant=leiebeke`, {}, staff.reviewer!)).status, 303);
    const published = await page(`/console/register/${id}`, staff.editor!);
    assert.match(published, /<button type="submit">Opslaan als nieuwe versie<\/button>/);
    const edited = await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Tweede versie', supplier: 'Nog niet nagekeken NV' }, staff.editor!);
    assert.equal(edited.status, 303);
    const stored = await getEntry(db, id);
    assert.equal(stored.state, 'draft');
    assert.doesNotMatch(await (await get(`/api/v1/register/entries/${id}`)).text(), /Nog niet nagekeken/, 'the public keeps the published version');
    const adminView = await page(`/console/register/${id}`, staff.admin!);
    assert.match(adminView, /<span class="state state-draft">Concept<\/span><span class="meta"> \(de vorige versie blijft openbaar\)<\/span>/);
    assert.match(adminView, /<button type="submit" class="danger">Intrekken<\/button>/);
    assert.match(adminView, /de wijzigingen die nog niet gepubliceerd zijn, vervallen/);
    assert.doesNotMatch(await page(`/console/register/${id}`, staff.editor!), /Intrekken/, 'editors do not retract');
    assert.equal((await post(`/console/register/${id}/retract`, { reason: '' }, staff.admin!)).status, 303);
    const retracted = await getEntry(db, id);
    assert.equal(retracted.state, 'retracted');
    assert.equal(retracted.entry.supplier, undefined, 'the unreviewed edit is dropped');
    assert.deepEqual((await audits('register.retract', id))[0]?.details, {});
    const after = await page(`/console/register/${id}`, staff.admin!);
    assert.doesNotMatch(after, /Intrekken<\/button>|Indienen voor beoordeling|name="name"/, 'a retracted entry has no further steps');
  });

  it('a rejection needs a reason, and the author sees it on the list and the entry', async () => {
    const id = await createThroughForm(staff.editor!, 'Nog niet duidelijk');
    await post(`/console/register/${id}/submit`, {}, staff.editor!);
    const empty = await post(`/console/register/${id}/reject?tenant=leiebeke`, { reason: '   ' }, staff.reviewer!);
    assert.equal(empty.status, 400);
    const form = await empty.text();
    assert.match(form, /<textarea id="reject-reason" name="reason" rows="3" aria-required="true" aria-invalid="true" aria-describedby="reject-reason-hint reject-reason-error">/);
    assert.match(form, /<p class="field-error" id="reject-reason-error">Schrijf waarom u de registratie afwijst.<\/p>/);
    assert.equal((await getEntry(db, id)).state, 'submitted');
    assert.equal((await audits('register.reject', id)).length, 0);

    const reason = `Het doel is te vaag. ${HOSTILE}`;
    const rejected = await post(`/console/register/${id}/reject?tenant=leiebeke`, { reason }, staff.reviewer!);
    assert.equal(rejected.status, 303);
    assert.equal((await getEntry(db, id)).state, 'rejected');
    assert.deepEqual((await audits('register.reject', id))[0]?.details, { reason });

    const escaped = 'Het doel is te vaag. &lt;img src=x onerror=alert(1)&gt;';
    const list = await page('/console/register', staff.editor!);
    assert.match(list, /<span class="state state-rejected">Afgewezen<\/span><p class="rejection-reason"><strong>Reden van de afwijzing:<\/strong> <span class="message-text">Het doel is te vaag/);
    assert.ok(list.includes(escaped));
    assert.doesNotMatch(list, /<img/);
    const entry = await page(`/console/register/${id}`, staff.editor!);
    assert.match(entry, /<div class="rejection"><h2>Afgewezen door de reviewer<\/h2><p class="message-text">Het doel is te vaag/);
    // The author edits it: it becomes a draft again and can be submitted anew.
    assert.match(entry, /name="name"/);
    assert.equal((await post(`/console/register/${id}`, { ...VALID_FORM, name: 'Nog niet duidelijk', purposeAndImpact: 'Sluikstort sneller opruimen en voorkomen.' }, staff.editor!)).status, 303);
    assert.equal((await getEntry(db, id)).state, 'draft');
    assert.equal((await post(`/console/register/${id}/submit`, {}, staff.editor!)).status, 303);
  });

  it('nobody reviews their own entry: a platform admin who wrote it sees no review buttons and is refused', async () => {
    const id = await createThroughForm(staff.platform!, 'Door de platformbeheerder', 'leiebeke');
    assert.equal((await post(`/console/register/${id}/submit?tenant=leiebeke`, {}, staff.platform!)).status, 303);
    const own = await page(`/console/register/${id}?tenant=leiebeke`, staff.platform!);
    assert.doesNotMatch(own, /Publiceren|Afwijzen/);
    assert.match(own, /U schreef deze registratie zelf; een andere reviewer beoordeelt ze./);
    const refused = await post(`/console/register/${id}/publish?tenant=leiebeke`, {}, staff.platform!);
    assert.equal(refused.status, 403);
    assert.match(await refused.text(), /Geen toegang/);
    assert.equal((await post(`/console/register/${id}/reject?tenant=leiebeke`, { reason: 'Zelf afgewezen.' }, staff.platform!)).status, 403);
    assert.equal((await post(`/console/register/${id}/reject?tenant=leiebeke`, { reason: '' }, staff.platform!)).status, 403);
    assert.doesNotMatch(await page('/console/register/review?tenant=leiebeke', staff.platform!), new RegExp(id));
    assert.equal((await getEntry(db, id)).state, 'submitted');
    // Another reviewer may.
    assert.equal((await post(`/console/register/${id}/publish?tenant=leiebeke`, {}, staff.reviewer!)).status, 303);
  });

  it('another municipality\'s entry answers 404 to every page and step; a malformed id too', async () => {
    const id = await createThroughForm(staff.editor!, 'Alleen voor Leiebeke');
    assert.equal((await get(`/console/register/${id}`, staff.other)).status, 404);
    assert.match(await (await get(`/console/register/${id}`, staff.other)).text(), /<h1>Niet gevonden<\/h1>/);
    assert.equal((await post(`/console/register/${id}`, VALID_FORM, staff.other!)).status, 404);
    assert.equal((await post(`/console/register/${id}/submit`, {}, staff.other!)).status, 404);
    // Platform-wide staff looking at the wrong municipality do not find it either.
    assert.equal((await get(`/console/register/${id}?tenant=scheldegem`, staff.reviewer)).status, 404);
    assert.equal((await post(`/console/register/${id}/publish?tenant=scheldegem`, {}, staff.reviewer!)).status, 404);
    assert.equal((await get('/console/register/not-an-id', staff.editor)).status, 404);
    assert.equal((await getEntry(db, id)).state, 'draft');
    assert.equal((await getEntry(db, id)).entry.name, 'Alleen voor Leiebeke');
  });

  it('a form posted without the CSRF token is refused and changes nothing', async () => {
    const before = await count('register_entries');
    const res = await post('/console/register/new', VALID_FORM, staff.editor!, { csrf: false });
    assert.equal(res.status, 403);
    assert.match(await res.text(), /Formulier verlopen/);
    assert.equal(await count('register_entries'), before);
    const id = await createThroughForm(staff.editor!, 'Niet zonder token');
    assert.equal((await post(`/console/register/${id}/submit`, {}, staff.editor!, { csrf: false })).status, 403);
    assert.equal((await post(`/console/register/${id}/submit`, {}, { ...staff.editor!, csrf: 'a-wrong-token' })).status, 403);
    assert.equal((await getEntry(db, id)).state, 'draft');
  });

  it('the review queue is for reviewers only', async () => {
    assert.equal((await get('/console/register/review', staff.editor)).status, 403);
    assert.equal((await get('/console/register/review', staff.admin)).status, 200);
    assert.match(await page('/console/register?tenant=leiebeke', staff.reviewer!), /<a href="\/console\/register\/review\?tenant=leiebeke">Registraties beoordelen<\/a>/);
    assert.doesNotMatch(await page('/console/register', staff.editor!), /Registraties beoordelen/);
  });
});

/** A valid entry input for the store, matching VALID_FORM's required fields. */
function formEntry() {
  return {
    name: 'Fiche',
    shortDescription: 'Een korte beschrijving.',
    leadOrganisation: { name: 'Gemeente Leiebeke' },
    purposeAndImpact: 'Een doel.',
    howItWorks: 'Zo werkt het.',
    status: 'in-use',
    humanOversight: 'Een medewerker beslist.',
    contact: 'ai@leiebeke.be',
  };
}
