// The staff console through app.request(): sign-in by the form, pages per role, another
// municipality hidden, forms validated with messages next to the field, hostile text escaped,
// product edits taking effect at once, and dashboard numbers matching the chats made here.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, type Role } from '../tenants/index.js';
import type { Db } from '../storage/index.js';
import type { LoketApp } from './index.js';
import { openTestApp } from './test-support/test-app.js';

const PASSWORD = 'correct horse battery staple';
const HOSTILE = '<img src=x onerror=alert(1)> [klik](javascript:alert(1)) javascript:alert(2)';

interface Staff {
  cookie: string;
  csrf: string;
}

describe('staff console', () => {
  let app: LoketApp;
  let db: Db;
  const staff: Record<string, Staff> = {};

  const form = (fields: Record<string, string>, who?: Staff) => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(who ? { cookie: who.cookie } : {}) },
    body: new URLSearchParams({ ...(who ? { csrf: who.csrf } : {}), ...fields }).toString(),
  });
  const get = (path: string, who?: Staff) => app.request(path, { headers: who ? { cookie: who.cookie } : {} });
  const chat = async (tenant: string, message: string, conversationId?: string) =>
    (await (await app.request(`/api/v1/tenants/${tenant}/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message, ...(conversationId ? { conversationId } : {}) }),
    })).json()) as { conversationId: string; reply: { type: string; text: string; sources: Array<{ id: string }> } };

  /** Signs in through the form and reads the CSRF token from the page it lands on. */
  async function signIn(email: string): Promise<Staff> {
    const res = await app.request('/console/sign-in', form({ email, password: PASSWORD }));
    assert.equal(res.status, 303);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    assert.match(cookie, /^loket_session=/);
    const home = await get('/console', { cookie, csrf: '' });
    assert.equal(home.status, 302);
    const landing = await get(home.headers.get('location') ?? '', { cookie, csrf: '' });
    assert.equal(landing.status, 200);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await landing.text())?.[1];
    assert.ok(csrf);
    return { cookie, csrf };
  }

  before(async () => {
    ({ app, db } = await openTestApp({ env: { LOKET_NOW: '2026-12-07T10:15:00+01:00' } }));
    const accounts: Array<[string, Role, string | null]> = [
      ['agent', 'agent', 'leiebeke'], ['editor', 'editor', 'leiebeke'], ['viewer', 'viewer', 'leiebeke'],
      ['other', 'agent', 'scheldegem'], ['platform', 'admin', null],
    ];
    for (const [name, role, tenantId] of accounts) {
      await createAccount(db, { email: `${name}@example.org`, name: `Test ${name}`, role, tenantId, password: PASSWORD });
      staff[name] = await signIn(`${name}@example.org`);
    }
  });
  after(async () => db.close());

  describe('sign-in and access', () => {
    it('every console page without a session redirects to the sign-in form', async () => {
      for (const path of ['/console', '/console/inbox', '/console/review', '/console/unanswered', '/console/products', '/console/conversations/abc']) {
        const res = await get(path);
        assert.equal(res.status, 302, path);
        assert.equal(res.headers.get('location'), '/console/sign-in');
      }
      const post = await app.request('/console/conversations/abc/close', form({}));
      assert.equal(post.status, 303);
      assert.equal(post.headers.get('location'), '/console/sign-in');
    });

    it('the sign-in form is accessible and shows errors next to the field', async () => {
      const blank = await get('/console/sign-in');
      const body = await blank.text();
      assert.match(body, /<html lang="nl">/);
      assert.match(body, /<label for="email">E-mailadres<\/label>/);
      assert.match(body, /<main id="inhoud"/);
      const invalid = await app.request('/console/sign-in', form({ email: 'geen-adres', password: '' }));
      assert.equal(invalid.status, 400);
      const text = await invalid.text();
      assert.match(text, /aria-describedby="email-error"/);
      assert.match(text, /<p class="field-error" id="email-error">Vul een geldig e-mailadres in/);
      assert.match(text, /id="password-error">Vul uw wachtwoord in/);
      const wrong = await app.request('/console/sign-in', form({ email: 'agent@example.org', password: 'wrong password!!' }));
      assert.equal(wrong.status, 401);
      assert.match(await wrong.text(), /id="password-error">Het e-mailadres of het wachtwoord klopt niet/);
    });

    it('a form post without the csrf field is refused', async () => {
      const res = await app.request('/console/conversations/abc/close', {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: staff.agent!.cookie }, body: 'x=1',
      });
      assert.equal(res.status, 403);
      assert.match(await res.text(), /Formulier verlopen/);
    });

    it('the layout has a skip link, navigation and one main with a heading; only allowed pages are linked', async () => {
      const agentPage = await (await get('/console/inbox', staff.agent)).text();
      assert.match(agentPage, /<a class="skip-link" href="#inhoud">/);
      assert.match(agentPage, /<nav aria-label="Beheer">/);
      assert.match(agentPage, /<h1>Inbox<\/h1>/);
      assert.match(agentPage, /aria-current="page"[^>]*>Inbox|href="\/console\/inbox" aria-current="page"/);
      const viewer = await (await get('/console/products', staff.viewer)).text();
      assert.doesNotMatch(viewer, /href="\/console\/inbox"/);
      assert.equal((await get('/console/inbox', staff.viewer)).status, 403);
    });

    it('another municipality is not shown: ?tenant= of another gives 404, platform staff pick it', async () => {
      assert.equal((await get('/console/inbox?tenant=scheldegem', staff.agent)).status, 404);
      const platform = await get('/console/inbox?tenant=scheldegem', staff.platform);
      assert.equal(platform.status, 200);
      const body = await platform.text();
      assert.match(body, /<select id="tenant-picker" name="tenant">/);
      assert.match(body, /href="\/console\/inbox\?tenant=scheldegem"/);
      assert.equal((await get('/console/inbox?tenant=nowhere', staff.platform)).status, 404);
    });
  });

  describe('inbox and conversations', () => {
    let waiting: string;
    before(async () => {
      const first = await chat('leiebeke', HOSTILE);
      waiting = first.conversationId;
      assert.equal((await chat('leiebeke', 'ik wil een medewerker spreken', waiting)).reply.type, 'handoff');
    });

    it('lists waiting conversations with the live-update script and an aria-live status', async () => {
      const body = await (await get('/console/inbox', staff.agent)).text();
      assert.match(body, new RegExp(`href="/console/conversations/${waiting}"`));
      assert.match(body, /<script src="\/assets\/console-inbox.js" defer=""><\/script>|<script src="\/assets\/console-inbox.js" defer><\/script>/);
      assert.match(body, /role="status" aria-live="polite"/);
      assert.doesNotMatch(await (await get('/console/inbox', staff.other)).text(), new RegExp(waiting));
    });

    it('renders hostile resident text escaped, never as markup or a link', async () => {
      const res = await get(`/console/conversations/${waiting}`, staff.agent);
      assert.equal(res.status, 200);
      const body = await res.text();
      assert.ok(body.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.doesNotMatch(body, /<img/);
      assert.doesNotMatch(body, /href="javascript:/i);
      assert.match(body, /<p class="role">Inwoner<\/p>/);
      assert.match(body, /<p class="role">Assistent<\/p>/);
    });

    it('another municipality\'s agent gets 404 for the conversation', async () => {
      assert.equal((await get(`/console/conversations/${waiting}`, staff.other)).status, 404);
      assert.equal((await app.request(`/console/conversations/${waiting}/reply`, form({ text: 'hallo' }, staff.other))).status, 404);
    });

    it('contact details the resident left: marked in the inbox, shown to agents on the conversation page, not to editors', async () => {
      const left = await app.request(`/api/v1/tenants/leiebeke/chat/${waiting}/contact`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: '<b>An</b> Peeters', email: 'an.peeters@example.be', phone: '+32 478 12 34 56', consent: true }),
      });
      assert.equal(left.status, 201);
      const inbox = await (await get('/console/inbox', staff.agent)).text();
      assert.match(inbox, new RegExp(`<li data-id="${waiting}">.*?<p class="contact-left">Laat contactgegevens na</p>`, 's'));
      const page = await (await get(`/console/conversations/${waiting}`, staff.agent)).text();
      assert.match(page, /<h2 id="contact-heading">Contactgegevens van de inwoner<\/h2>/);
      assert.match(page, /<dt>Naam<\/dt><dd>&lt;b&gt;An&lt;\/b&gt; Peeters<\/dd>/);
      assert.match(page, /<a href="mailto:an.peeters@example.be">an.peeters@example.be<\/a>/);
      assert.match(page, /<a href="tel:\+32478123456">\+32 478 12 34 56<\/a>/);
      const editorPage = await get(`/console/conversations/${waiting}`, staff.editor);
      assert.equal(editorPage.status, 200);
      assert.doesNotMatch(await editorPage.text(), /an\.peeters@example\.be|Contactgegevens/);
    });

    it('an empty reply is refused next to the field; a reply is posted, redirected and shown as agent', async () => {
      const empty = await app.request(`/console/conversations/${waiting}/reply`, form({ text: '   ' }, staff.agent));
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /id="reply-error">Schrijf een antwoord/);
      const sent = await app.request(`/console/conversations/${waiting}/reply`, form({ text: 'Goeiedag, ik help u verder.' }, staff.agent));
      assert.equal(sent.status, 303);
      assert.equal(sent.headers.get('location'), `/console/conversations/${waiting}`);
      const page = await (await get(`/console/conversations/${waiting}`, staff.agent)).text();
      assert.match(page, /<p class="role">Medewerker<\/p><p class="message-text">Goeiedag, ik help u verder.<\/p>/);
      const close = await app.request(`/console/conversations/${waiting}/close`, form({}, staff.agent));
      assert.equal(close.status, 303);
      const [row] = await db.query<{ state: string }>('select state from conversations where id = $1', [waiting]);
      assert.equal(row?.state, 'closed');
    });

    it('the inbox script is built and served', async () => {
      const { buildConsole } = await import('../../scripts/build-console.mjs');
      await buildConsole();
      const res = await get('/assets/console-inbox.js');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /javascript/);
      assert.doesNotMatch(await res.text(), /innerHTML/);
    });
  });

  describe('review and unanswered questions', () => {
    let fallback: { conversationId: string };
    before(async () => {
      fallback = await chat('leiebeke', 'Wie wint de Ronde van Vlaanderen dit jaar?');
      assert.equal((await chat('leiebeke', 'Wie wint de Ronde van Vlaanderen volgend jaar?')).reply.type, 'fallback');
      assert.equal((await chat('leiebeke', 'Hoe laat begint de kermis op het marktplein?')).reply.type, 'fallback');
      await chat('scheldegem', 'Wie wint de Tour de France in scheldegem?');
    });

    it('lists fallback replies with a product select; marking one wrong is stored and audited', async () => {
      const res = await get('/console/review?type=fallback', staff.editor);
      assert.equal(res.status, 200);
      const body = await res.text();
      assert.match(body, /Ronde van Vlaanderen dit jaar/);
      assert.doesNotMatch(body, /Tour de France/);
      assert.match(body, /<option value="eid-aanvragen">/);
      const bad = await app.request('/console/review/mark?type=fallback', form({ conversation: fallback.conversationId, seq: '2', product: 'not-a-product' }, staff.editor));
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /class="field-error" id="product-\d+-error">Kies een product uit de lijst/);
      const ok = await app.request('/console/review/mark?type=fallback', form({ conversation: fallback.conversationId, seq: '2', product: 'eid-aanvragen' }, staff.editor));
      assert.equal(ok.status, 303);
      const [review] = await db.query<{ right_product: string; verdict: string }>('select right_product, verdict from reply_reviews where conversation_id = $1', [fallback.conversationId]);
      assert.deepEqual(review, { right_product: 'eid-aanvragen', verdict: 'wrong' });
      const [audit] = await db.query<{ action: string }>("select action from audit_log where action = 'reply.review' and target = $1", [`conversation:${fallback.conversationId}`]);
      assert.equal(audit?.action, 'reply.review');
      assert.match(await (await get('/console/review?type=fallback', staff.editor)).text(), /Gemarkeerd als fout; juist product:/);
      // Another municipality's reply cannot be marked: it does not exist for them.
      assert.equal((await app.request('/console/review/mark', form({ conversation: fallback.conversationId, seq: '2', product: '' }, staff.other))).status, 404);
    });

    it('negative feedback and handoffs have their own lists', async () => {
      const { conversationId } = await chat('leiebeke', 'wat kost een identiteitskaart');
      await app.request(`/api/v1/tenants/leiebeke/chat/${conversationId}/feedback`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ messageSeq: 2, rating: 'down', comment: HOSTILE }),
      });
      const negative = await (await get('/console/review?type=negative', staff.editor)).text();
      assert.match(negative, new RegExp(conversationId));
      assert.ok(negative.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.doesNotMatch(negative, /<img/);
      assert.match(await (await get('/console/review?type=handoff', staff.editor)).text(), /Doorverwezen/);
    });

    it('groups similar unanswered questions, largest group first, with counts', async () => {
      const body = await (await get('/console/unanswered', staff.editor)).text();
      const first = body.indexOf('Ronde van Vlaanderen');
      const kermis = body.indexOf('kermis');
      assert.ok(first > 0 && kermis > first, 'the group of two comes before the single question');
      assert.match(body, /\(2×\)/);
      assert.doesNotMatch(body, /Tour de France/);
      assert.equal((await get('/console/unanswered', staff.viewer)).status, 403);
    });
  });

  describe('product editing', () => {
    it('an editor changes the cost; a new content version is stored and the next answer uses it at once', async () => {
      const before = await chat('leiebeke', 'Hoeveel kost een identiteitskaart?');
      assert.match(before.reply.text, /24,50/);
      const form1 = await (await get('/console/products/eid-aanvragen', staff.editor)).text();
      assert.match(form1, /<label for="field-cost">Kostprijs<\/label>/);
      const [{ version: v1 } = { version: 0 }] = await db.query<{ version: number }>("select max(version)::int as version from content_versions where scope = 'leiebeke'");
      const saved = await app.request('/console/products/eid-aanvragen', form({ offered: 'true', cost: '€ 31,00 (normale procedure)', localText: 'Op afspraak.', note: '' }, staff.editor));
      assert.equal(saved.status, 303);
      const [{ version: v2 } = { version: 0 }] = await db.query<{ version: number }>("select max(version)::int as version from content_versions where scope = 'leiebeke'");
      assert.equal(v2, v1 + 1);
      assert.match(await (await get(saved.headers.get('location') ?? '', staff.editor)).text(), new RegExp(`inhoudsversie ${v2}`));
      const afterEdit = await chat('leiebeke', 'Hoeveel kost een identiteitskaart?');
      assert.match(afterEdit.reply.text, /31,00/);
      assert.doesNotMatch(afterEdit.reply.text, /24,50/);
      const [audit] = await db.query<{ target: string }>("select target from audit_log where action = 'content.edit'");
      assert.equal(audit?.target, 'product:eid-aanvragen');
    });

    it('invalid values are refused with messages next to the field and nothing stored', async () => {
      const res = await app.request('/console/products/eid-aanvragen', form({ offered: 'misschien', cost: 'x'.repeat(501), localText: '', note: '' }, staff.editor));
      assert.equal(res.status, 400);
      const body = await res.text();
      assert.match(body, /id="cost-error">De kostprijs mag hoogstens 500 tekens/);
      assert.match(body, /id="offered-error">Kies of de gemeente/);
      assert.match(body, /aria-describedby="cost-error"/);
      assert.match((await chat('leiebeke', 'Hoeveel kost een identiteitskaart?')).reply.text, /31,00/);
    });

    it('viewers read but cannot save; another municipality gets 404; an unknown product 404', async () => {
      const view = await (await get('/console/products/eid-aanvragen', staff.viewer)).text();
      assert.doesNotMatch(view, /<form method="post" action="\/console\/products/);
      assert.equal((await app.request('/console/products/eid-aanvragen', form({ offered: 'true' }, staff.viewer))).status, 403);
      assert.equal((await get('/console/products/eid-aanvragen?tenant=scheldegem', staff.editor)).status, 404);
      assert.equal((await get('/console/products/no-such-product', staff.editor)).status, 404);
      assert.match(await (await get('/console/products', staff.viewer)).text(), /href="\/console\/products\/eid-aanvragen"/);
    });
  });
  describe('dashboard', () => {
    it('its numbers match the conversations stored through the chat API', async () => {
      const asked = async (message: string) => (await chat('kempenhout', message)).conversationId;
      const reispas = await asked('wat kost een reispas');
      await asked('wat kost een reispas voor een kind');
      await asked('rijbewijs vernieuwen');
      await asked('wie wint de verkiezingen in Gent?');
      await asked('ik wil een medewerker spreken');
      const feedback = (body: unknown) =>
        app.request(`/api/v1/tenants/kempenhout/chat/${reispas}/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      assert.equal((await feedback({ messageSeq: 2, rating: 'up' })).status, 201);
      assert.equal((await feedback({ messageSeq: 2, rating: 'down' })).status, 201);

      const html = await (await get('/console/dashboard?tenant=kempenhout', staff.platform)).text();
      const metric = (name: string) => [...html.matchAll(new RegExp(`data-metric="${name}">([^<]*)<`, 'g'))].map((m) => m[1]);
      const stored = await db.query<{ type: string; n: number }>(
        "select reply->>'type' as type, count(*)::int as n from conversation_messages where tenant_id = 'kempenhout' and role = 'bot' group by 1",
      );
      for (const type of ['answer', 'fallback', 'handoff']) {
        assert.equal(metric(type)[0], String(stored.find((r) => r.type === type)?.n ?? 0), type);
      }
      assert.deepEqual([metric('answer')[0], metric('fallback')[0], metric('handoff')[0]], ['3', '1', '1']);
      const [conversations] = await db.query<{ n: number }>("select count(*)::int as n from conversations where tenant_id = 'kempenhout'");
      assert.equal(metric('conversations').at(-1), String(conversations?.n), 'today (the frozen clock) holds every conversation');
      assert.equal(metric('satisfaction')[0], '50%');
      assert.equal(metric('product:reispas')[0], '2');
      assert.match(html, /<svg class="chart"[^>]*role="img"[^>]*aria-label="Gesprekken per dag/);
    });

    it('hides another municipality\'s dashboard', async () => {
      assert.equal((await get('/console/dashboard?tenant=kempenhout', staff.agent)).status, 404);
    });
  });
});
