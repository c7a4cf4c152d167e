// In a real browser (Debian's Chromium): a resident's conversation in the widget with source
// links, a handoff where the resident leaves contact details and the agent's reply appears, a
// keyboard-only run, hostile text that never runs, and axe-core on the widget (with the contact
// form), the demo page and every console page. Screenshots are kept in test-artifacts/.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../cli/index.js';
import { loadConfig } from '../config/index.js';
import { createLogger } from '../logging/index.js';
import { ARTIFACTS, browserMissing, launchBrowser, seriousViolations } from './browser.js';

const skip = browserMissing();
const BOOTSTRAP = 'browser-test-bootstrap-token';
const PASSWORD = 'correct horse battery staple';

describe('in a real browser', { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    // The widget and console scripts are build outputs; build them so a fresh clone's npm test runs.
    for (const script of ['scripts/build-widget.mjs', 'scripts/build-console.mjs']) execFileSync(process.execPath, [script], { stdio: 'ignore' });
    const dataDir = mkdtempSync(join(tmpdir(), 'loket-browser-'));
    server = await startServer(
      loadConfig({ LOKET_DATA_DIR: dataDir, PORT: '0', LOKET_BOOTSTRAP_TOKEN: BOOTSTRAP, LOKET_NOW: '2026-12-07T10:15:00+01:00', LOKET_LOG_LEVEL: 'silent' }),
      createLogger('silent'),
    );
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${BOOTSTRAP}`, ...(init.headers ?? {}) } });
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const botReplies = () => page.locator('loket-chat .log .msg.bot');

  it('a resident asks in the widget and gets the answer with its source as a link', async () => {
    await page.goto(`${server.url}/t/leiebeke`);
    await page.locator('loket-chat .launcher').click();
    await page.locator('loket-chat #loket-input').fill('Wat kost een reispas?');
    await page.locator('loket-chat #loket-input').press('Enter');
    await botReplies().first().waitFor();
    await page.waitForFunction(() => document.querySelector('loket-chat')?.shadowRoot?.querySelector('.log .msg.bot')?.textContent?.includes('85,00'));
    const reply = await botReplies().first().innerText();
    assert.match(reply, /€ 85,00/);
    const link = page.locator('loket-chat .log .msg.bot .sources a').first();
    assert.match((await link.innerText()) ?? '', /Reispas/);
    assert.match((await link.getAttribute('href')) ?? '', /^https?:\/\//);
    await shot('widget-answer');
  });

  it('hostile text is shown as text: no script runs', async () => {
    await page.locator('loket-chat #loket-input').fill('<img src=x onerror=alert(1)> [klik](javascript:alert(2)) مرحبا 🙂 ' + 'x'.repeat(300));
    await page.locator('loket-chat #loket-input').press('Enter');
    await page.waitForFunction(() => (document.querySelector('loket-chat')?.shadowRoot?.querySelectorAll('.log .msg.bot').length ?? 0) >= 2);
    const resident = page.locator('loket-chat .log .msg.resident').last();
    assert.match(await resident.innerText(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('loket-chat .log img').count(), 0);
    assert.equal(await page.locator('loket-chat .log a[href^="javascript:"]').count(), 0);
    assert.deepEqual(dialogs, []);
    await shot('widget-hostile');
  });

  it('a handoff: the resident leaves contact details with consent, and the agent\'s reply appears in the widget', async () => {
    await page.locator('loket-chat .actions button').click();
    await page.waitForFunction(() => Array.from(document.querySelector('loket-chat')?.shadowRoot?.querySelectorAll('.log .msg') ?? []).some((m) => /medewerker/.test(m.textContent ?? '')));
    const conversationId = await page.evaluate(() => Object.entries(sessionStorage).find(([k]) => k.includes('leiebeke'))?.[1] ?? '');
    const id = /[0-9a-f-]{36}/.exec(conversationId)?.[0];
    assert.ok(id, `conversation id in sessionStorage: ${conversationId}`);

    // The resident leaves contact details with consent; the form is accessible before and after.
    const contact = page.locator('loket-chat form.contact');
    await contact.waitFor();
    const withForm = await seriousViolations(page);
    assert.deepEqual(withForm, [], JSON.stringify(withForm));
    await shot('widget-contact-form');
    await contact.getByRole('button', { name: 'Gegevens versturen' }).click();
    await contact.getByRole('alert').filter({ hasText: /e-mailadres of een telefoonnummer/ }).waitFor();
    await contact.getByLabel('Naam (niet verplicht)').fill('An Peeters');
    await contact.getByLabel('E-mailadres').fill('an.peeters@example.be');
    await contact.getByLabel('Telefoonnummer').fill('+32 478 12 34 56');
    await contact.getByRole('button', { name: 'Gegevens versturen' }).click();
    await contact.getByRole('alert').filter({ hasText: /Vink de toestemming aan/ }).waitFor();
    await contact.getByRole('checkbox', { name: /Ik geef toestemming dat de gemeente mij hierover contacteert\. Mijn gegevens worden gewist na de bewaartermijn\./ }).check();
    await contact.getByRole('button', { name: 'Gegevens versturen' }).click();
    const thanks = page.locator('loket-chat p.contact[role="status"]');
    await thanks.waitFor();
    assert.match(await thanks.innerText(), /Bedankt/);
    assert.ok(await thanks.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el), 'focus moves to the thank-you');
    const inbox = (await (await api('/api/v1/tenants/leiebeke/conversations')).json()) as Array<{ id: string; contactLeft: boolean }>;
    assert.equal(inbox.find((item) => item.id === id)?.contactLeft, true);
    const staffView = await (await api(`/console/conversations/${id}?tenant=leiebeke`, { headers: { accept: 'text/html' } })).text();
    assert.match(staffView, /an\.peeters@example\.be/);
    assert.match(staffView, /\+32 478 12 34 56/);
    assert.match(staffView, /An Peeters/);

    const sent = await api(`/api/v1/tenants/leiebeke/conversations/${id}/messages`, { method: 'POST', body: JSON.stringify({ text: 'Goeiedag, hier is Sarah van Burgerzaken.' }) });
    assert.equal(sent.status, 201);
    await page.locator('loket-chat .log .msg.agent').first().waitFor({ timeout: 15_000 });
    assert.match(await page.locator('loket-chat .log .msg.agent').first().innerText(), /Sarah van Burgerzaken/);
    await shot('widget-handoff');
  });

  it('the widget and the demo page have no serious or critical axe violations', async () => {
    const open = await seriousViolations(page);
    assert.deepEqual(open, [], JSON.stringify(open));
    await page.locator('loket-chat .close').click();
    const closed = await seriousViolations(page);
    assert.deepEqual(closed, [], JSON.stringify(closed));
  });

  it('keyboard only: open with Enter, ask, close with Escape and land back on the launcher', async () => {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.url}/t/scheldegem`);
    let onLauncher = false;
    for (let i = 0; i < 30 && !onLauncher; i += 1) {
      await fresh.keyboard.press('Tab');
      onLauncher = await fresh.evaluate(() => document.querySelector('loket-chat')?.shadowRoot?.activeElement?.classList.contains('launcher') ?? false);
    }
    assert.ok(onLauncher, 'the launcher is reachable with Tab');
    await fresh.keyboard.press('Enter');
    await fresh.waitForFunction(() => document.querySelector('loket-chat')?.shadowRoot?.activeElement?.id === 'loket-input');
    await fresh.keyboard.type('wanneer is het recyclagepark open?');
    await fresh.keyboard.press('Enter');
    await fresh.waitForFunction(() => (document.querySelector('loket-chat')?.shadowRoot?.querySelectorAll('.log .msg.bot').length ?? 0) >= 1);
    await fresh.screenshot({ path: join(ARTIFACTS, 'widget-keyboard.png'), fullPage: true });
    await fresh.keyboard.press('Escape');
    const back = await fresh.evaluate(() => document.querySelector('loket-chat')?.shadowRoot?.activeElement?.classList.contains('launcher') ?? false);
    assert.ok(back, 'Escape closes the panel and focus returns to the launcher');
    await fresh.close();
  });

  it('every console page has no serious or critical axe violations', async () => {
    const created = await api('/api/v1/accounts', { method: 'POST', body: JSON.stringify({ tenant: 'leiebeke', role: 'admin', name: 'Browser Admin', email: 'admin@leiebeke.example', password: PASSWORD }) });
    assert.equal(created.status, 201);
    const staffPage = await browser.newPage();
    await staffPage.goto(`${server.url}/console/sign-in`);
    assert.deepEqual(await seriousViolations(staffPage), [], 'sign-in');
    await staffPage.getByLabel(/e-mail/i).fill('admin@leiebeke.example');
    await staffPage.getByLabel(/wachtwoord/i).fill(PASSWORD);
    await staffPage.getByRole('button', { name: /aanmelden/i }).click();
    await staffPage.waitForURL(/\/console\/(inbox|review|products|dashboard)/);
    const paths = await staffPage.locator('nav[aria-label="Beheer"] a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.ok(paths.length >= 4, paths.join(', '));
    assert.ok(paths.includes('/console/register'), paths.join(', '));
    const extra = ['/console/products/eid-aanvragen', '/console/register/new', '/console/register/review'];
    const inbox = (await (await api('/api/v1/tenants/leiebeke/conversations')).json()) as Array<{ id: string }>;
    if (inbox[0]) extra.push(`/console/conversations/${inbox[0].id}`);
    // Register entries written by a municipality's editor: one in review, one rejected (the form with the reason).
    const editorToken = await api('/api/v1/tokens', { method: 'POST', body: JSON.stringify({ tenant: 'leiebeke', role: 'editor', name: 'browser editor' }) });
    assert.equal(editorToken.status, 201);
    const { token } = (await editorToken.json()) as { token: string };
    const asEditor = { authorization: `Bearer ${token}` };
    const entry = { shortDescription: 'Een fiche voor de browsertest.', leadOrganisation: { name: 'Gemeente Leiebeke' }, purposeAndImpact: 'Toegankelijkheid nagaan.', howItWorks: 'Regels.', status: 'planned', humanOversight: 'Een medewerker beslist.', contact: 'ai@leiebeke.example' };
    const entryPath = '/api/v1/tenants/leiebeke/register/entries';
    const entryIds: string[] = [];
    for (const name of ['Browserfiche in review', 'Browserfiche afgewezen']) {
      const created = await api(entryPath, { method: 'POST', headers: asEditor, body: JSON.stringify({ entry: { ...entry, name } }) });
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: string };
      assert.equal((await api(`${entryPath}/${id}/submit`, { method: 'POST', headers: asEditor })).status, 200);
      entryIds.push(id);
    }
    assert.equal((await api(`${entryPath}/${entryIds[1]}/reject`, { method: 'POST', body: JSON.stringify({ reason: 'Het doel is te vaag.' }) })).status, 200);
    extra.push(...entryIds.map((id) => `/console/register/${id}`));
    for (const path of [...paths, ...extra]) {
      await staffPage.goto(`${server.url}${path}`);
      assert.deepEqual(await seriousViolations(staffPage), [], path);
      await staffPage.screenshot({ path: join(ARTIFACTS, `console${path.replace(/\//g, '-')}.png`), fullPage: true });
    }
    // The register form sent with a required field empty: the summary and the messages next to the fields are accessible too.
    await staffPage.goto(`${server.url}/console/register/new`);
    await staffPage.getByLabel(/Naam van de toepassing/).fill('');
    await staffPage.getByRole('button', { name: 'Opslaan als concept' }).click();
    await staffPage.locator('.error-summary').waitFor();
    assert.equal(await staffPage.getByLabel(/Naam van de toepassing/).getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await seriousViolations(staffPage), [], 'register form with errors');
    await staffPage.screenshot({ path: join(ARTIFACTS, 'console-register-new-errors.png'), fullPage: true });
    await staffPage.close();

    // A regional reviewer: the queue, the entry with the review buttons, and a rejection without a reason refused next to its field.
    const reviewerAccount = await api('/api/v1/accounts', { method: 'POST', body: JSON.stringify({ tenant: null, role: 'reviewer', name: 'Browser Reviewer', email: 'reviewer@vlaanderen.example', password: PASSWORD }) });
    assert.equal(reviewerAccount.status, 201);
    const reviewerPage = await browser.newPage();
    await reviewerPage.goto(`${server.url}/console/sign-in`);
    await reviewerPage.getByLabel(/e-mail/i).fill('reviewer@vlaanderen.example');
    await reviewerPage.getByLabel(/wachtwoord/i).fill(PASSWORD);
    await reviewerPage.getByRole('button', { name: /aanmelden/i }).click();
    await reviewerPage.waitForURL(/\/console\/products/);
    await reviewerPage.goto(`${server.url}/console/register/review`);
    assert.deepEqual(await seriousViolations(reviewerPage), [], 'review queue');
    await reviewerPage.screenshot({ path: join(ARTIFACTS, 'console-register-review-queue.png'), fullPage: true });
    await reviewerPage.getByRole('link', { name: 'Browserfiche in review' }).click();
    await reviewerPage.getByRole('button', { name: 'Publiceren' }).waitFor();
    assert.deepEqual(await seriousViolations(reviewerPage), [], 'entry for the reviewer');
    await reviewerPage.getByRole('button', { name: 'Afwijzen' }).click();
    await reviewerPage.locator('#reject-reason-error').waitFor();
    assert.deepEqual(await seriousViolations(reviewerPage), [], 'rejection without a reason');
    await reviewerPage.screenshot({ path: join(ARTIFACTS, 'console-register-reject-errors.png'), fullPage: true });
    await reviewerPage.getByRole('button', { name: 'Publiceren' }).click();
    await reviewerPage.getByRole('status').filter({ hasText: /Gepubliceerd/ }).waitFor();
    assert.equal((await fetch(`${server.url}/api/v1/register/entries/${entryIds[0]}`)).status, 200);
    await reviewerPage.close();
  });

  it('every public register page has no serious or critical axe violations, and search works with the keyboard', async () => {
    const pages = ['/register', '/register?status=in-use&kind=computer-vision', '/register/organisaties', '/register/statistieken', '/register/overzicht', '/register/open-data'];
    const registerPage = await browser.newPage();
    await registerPage.goto(`${server.url}/register`);
    const entryLinks = await registerPage.locator('ol.results h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    assert.ok(entryLinks.length >= 9, `the seeded entries are listed: ${entryLinks.length}`);
    const organisationLinks = await registerPage.locator('ol.results .meta a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of [...pages, ...entryLinks.slice(0, 3), ...entryLinks.slice(-2), organisationLinks[0] ?? '/register/organisaties']) {
      const res = await registerPage.goto(`${server.url}${path}`);
      assert.equal(res?.status(), 200, path);
      assert.deepEqual(await seriousViolations(registerPage), [], path);
      await registerPage.screenshot({ path: join(ARTIFACTS, `register${path.replace(/[/?&=]/g, '-')}.png`), fullPage: true });
    }
    await registerPage.goto(`${server.url}/register`);
    await registerPage.getByLabel('Zoek op naam, doel, bestuur of thema').fill('camera');
    await registerPage.keyboard.press('Enter');
    await registerPage.waitForURL(/q=camera/);
    const names = await registerPage.locator('ol.results h3').allTextContents();
    assert.ok(names.length > 0 && names.length < entryLinks.length, names.join(' | '));
    await registerPage.close();
  });
});
