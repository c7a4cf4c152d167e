// The public register's pages for residents, journalists and parliament (server-rendered, no script needed).
import { OpenAPIHono } from '@hono/zod-openapi';
import { html } from 'hono/html';
import type { JSX } from 'hono/jsx/jsx-runtime';
import { InvalidInputError, NotFoundError } from '../../errors/index.js';
import {
  getPublicHistory, listOrganisations, listPublished, organisationsOf, overviewToCsv, parliamentOverview, parseEntrySearch,
  registerStatistics, searchEntries, type EntrySearch,
} from '../../register/index.js';
import type { AppDeps } from '../app-deps.js';
import { EntryPage } from '../register-pages/entry-page.js';
import { OpenDataPage } from '../register-pages/open-data-page.js';
import { OrganisationPage } from '../register-pages/organisation-page.js';
import { OrganisationsPage } from '../register-pages/organisations-page.js';
import { OverviewPage } from '../register-pages/overview-page.js';
import { REGISTER_CSS } from '../register-pages/register-css.js';
import { SearchPage } from '../register-pages/search-page.js';
import { StatisticsPage } from '../register-pages/statistics-page.js';
import { registerUrls } from '../register-urls.js';
import { atomFeed, publicEntry } from './register-routes.js';

const page = (element: JSX.Element) => html`<!DOCTYPE html>${element}`;

/** Registers /register and its pages, /register/wijzigingen.atom and /assets/register.css (not in the OpenAPI document). */
export function registerPageRoutes(deps: AppDeps) {
  const app = new OpenAPIHono();
  const { db } = deps;

  app.get('/assets/register.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(REGISTER_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/register', async (c) => {
    // A form that cannot be searched is shown again with what is wrong, not answered with an error document.
    let search: EntrySearch = {};
    let problems: string[] = [];
    try {
      search = parseEntrySearch(c.req.queries());
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems = (error.details ?? [{ message: error.message }]).map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
    }
    const result = searchEntries(await listPublished(db), search);
    return c.html(page(<SearchPage search={search} result={result} problems={problems} />), problems.length > 0 ? 400 : 200);
  });
  app.get('/register/organisaties', async (c) => c.html(page(<OrganisationsPage organisations={listOrganisations(await listPublished(db))} />)));
  app.get('/register/organisaties/:slug{[a-z0-9-]{1,120}}', async (c) => {
    const slug = c.req.param('slug');
    const entries = (await listPublished(db)).filter((s) => organisationsOf(s.entry).some((o) => o.slug === slug));
    const name = entries.flatMap((s) => organisationsOf(s.entry)).find((o) => o.slug === slug)?.name;
    if (name === undefined) throw new NotFoundError(`no organisation "${slug}" in the register`);
    return c.html(page(<OrganisationPage name={name} slug={slug} entries={entries} />));
  });
  app.get('/register/statistieken', async (c) => c.html(page(<StatisticsPage stats={registerStatistics(await listPublished(db))} />)));
  app.get('/register/overzicht', async (c) => {
    const entries = await listPublished(db);
    return c.html(page(<OverviewPage rows={parliamentOverview(entries, registerUrls(deps, c))} at={new Date()} entryCount={entries.length} />));
  });
  app.get('/register/overzicht.csv', async (c) => {
    c.header('Content-Disposition', 'attachment; filename="ai-register-overzicht.csv"');
    return c.body(overviewToCsv(parliamentOverview(await listPublished(db), registerUrls(deps, c))), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
  });
  app.get('/register/open-data', (c) => c.html(page(<OpenDataPage />)));
  app.get('/register/wijzigingen.atom', async (c) =>
    c.body(await atomFeed(deps, registerUrls(deps, c)), 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' }),
  );
  app.get('/register/:id{[0-9a-f-]{36}}', async (c) => {
    const stored = await publicEntry(deps, c.req.param('id'));
    return c.html(page(<EntryPage stored={stored} history={await getPublicHistory(db, stored.id)} />));
  });
  return app;
}
