// The staff console (ADR 0005): server-rendered pages with plain HTML forms, POST → redirect → GET.
// Every page needs a staff session (else: to the sign-in form); another municipality's data is
// never shown (404, as in the API); each change is audited.
import { listImportSources } from '../../importers/index.js';
import { ImportsPage } from '../console/imports-page.js';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  appendAgentMessage, changeState, dashboardStats, findContactRequest, getConversation, listConversations, listFallbackQuestions, listMessages, listReviewItems,
  markReplyWrong, REVIEW_TYPES, type ReviewType,
} from '../../conversations/index.js';
import {
  AccountLockedError, AssetUnavailableError, InvalidCredentialsError, RateLimitedError, UnknownConversationError, UnknownProductError,
} from '../../errors/index.js';
import { appendAudit, redactPersonalData } from '../../governance/index.js';
import { editInstance, loadConcepts, loadTenantContent } from '../../knowledge/index.js';
import { canHandleConversations, canReadTranscript, canSeeTenant, createSession, deleteSession, signInWithPassword } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { authenticate, SESSION_COOKIE, type AuthVariables } from '../auth/authenticate.js';
import { resolveConsoleContext, type ConsoleContext } from '../console/console-context.js';
import { consoleErrorHandler, formText, renderPage, requirePolicy } from '../console/console-responses.js';
import { CONSOLE_CSS } from '../console/console-css.js';
import { canEditContent, homePage } from '../console/console-policies.js';
import { ConversationPage } from '../console/conversation-page.js';
import { DashboardPage } from '../console/dashboard-page.js';
import { groupSimilarQuestions } from '../console/group-questions.js';
import { parseProductForm } from '../console/product-form.js';
import { ProductPage, ProductsPage } from '../console/products-page.js';
import { ReviewPage } from '../console/review-page.js';
import { UnansweredPage } from '../console/unanswered-page.js';
import { InboxPage } from '../console/inbox-page.js';
import { SignInPage, type SignInErrors } from '../console/sign-in-page.js';
import { cleanText, conversationParam } from '../params.js';
import { clientKey, type RateLimiter } from '../rate-limit.js';

type Env = { Variables: AuthVariables };
type ConsoleContextOf = Context<Env>;

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where scripts/build-console.mjs writes the inbox script (the same place from src/ and dist/). */
export const CONSOLE_SCRIPT_FILE = `${ROOT}dist/web/console-inbox.js`;

/** Registers /console/* and the console's assets (not part of the OpenAPI document); `signInLimiter` guards the sign-in form. */
export function consoleRoutes(deps: AppDeps, signInLimiter: RateLimiter) {
  const app = new OpenAPIHono<Env>();
  const now = () => deps.config.now ?? new Date();
  const auth = authenticate(deps);
  // The sign-in form is for people without a session; every other console path resolves one.
  app.use('/console/*', async (c, next) => (c.req.path === '/console/sign-in' ? next() : auth(c, next)));
  app.use('/console', auth);

  app.get('/assets/console.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(CONSOLE_CSS);
  });
  app.get('/assets/console-inbox.js', async (c) => {
    const code = await readFile(CONSOLE_SCRIPT_FILE, 'utf8').catch(() => {
      throw new AssetUnavailableError('the console script dist/web/console-inbox.js is not built; run npm run build');
    });
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(code);
  });

  app.get('/console/sign-in', (c) => renderPage(c, <SignInPage />));
  app.post('/console/sign-in', async (c) => {
    const email = (await formText(c, 'email')).trim();
    const password = await formText(c, 'password');
    const errors: SignInErrors = {};
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320) errors.email = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.be.';
    if (password.length === 0 || password.length > 1000) errors.password = 'Vul uw wachtwoord in.';
    if (errors.email || errors.password) return renderPage(c, <SignInPage email={email} errors={errors} />, 400);
    const at = new Date();
    try {
      await signInLimiter.take(`console-signin:${clientKey(c, deps.config)}`);
      const account = await signInWithPassword(deps.db, email, password, at);
      const session = await deps.db.transaction(async (tx) => {
        const created = await createSession(tx, account.id, at);
        await appendAudit(tx, { at, actor: `account:${account.id}`, tenantId: account.tenantId, action: 'session.create', target: null });
        return created;
      });
      setCookie(c, SESSION_COOKIE, session.cookie, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/', expires: session.expiresAt });
      return c.redirect('/console', 303);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) {
        return renderPage(c, <SignInPage email={email} errors={{ password: 'Het e-mailadres of het wachtwoord klopt niet.' }} />, 401);
      }
      if (error instanceof AccountLockedError || error instanceof RateLimitedError) {
        return renderPage(c, <SignInPage email={email} errors={{ form: 'Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.' }} />, 429);
      }
      throw error;
    }
  });
  app.post('/console/sign-out', async (c) => {
    const actor = c.get('actor');
    const cookie = getCookie(c, SESSION_COOKIE);
    if (actor && cookie) {
      await deps.db.transaction(async (tx) => {
        await deleteSession(tx, cookie);
        await appendAudit(tx, { actor: actor.id, tenantId: actor.tenantId, action: 'session.delete', target: null });
      });
    }
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true });
    return c.redirect('/console/sign-in', 303);
  });

  app.get('/console', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    return c.redirect(ctx.link(homePage(ctx.actor, ctx.tenant.id)), 302);
  });

  app.get('/console/inbox', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canHandleConversations);
    return renderPage(c, <InboxPage ctx={ctx} items={await listConversations(deps.db, ctx.tenant.id, ['waiting', 'with_agent'])} />);
  });

  const conversationPage = async (c: ConsoleContextOf, ctx: ConsoleContext, id: string, form: { error?: string; draft?: string } = {}) => {
    const conversation = await getConversation(deps.db, ctx.tenant.id, id);
    const messages = await listMessages(deps.db, ctx.tenant.id, id);
    const canHandle = canHandleConversations(ctx.actor, ctx.tenant.id);
    // Contact details are for whoever calls back, not for every reader of transcripts.
    const contact = canHandle ? await findContactRequest(deps.db, ctx.tenant.id, id) : null;
    await deps.db.transaction((tx) => appendAudit(tx, { actor: ctx.actor.id, tenantId: ctx.tenant.id, action: 'conversation.read', target: `conversation:${id}` }));
    return renderPage(
      c,
      <ConversationPage ctx={ctx} id={id} state={conversation.state} messages={messages} canHandle={canHandle} contact={contact} {...form} />,
      form.error ? 400 : 200,
    );
  };
  const conversationId = (c: ConsoleContextOf) => {
    const parsed = conversationParam.safeParse(c.req.param('id'));
    if (!parsed.success) throw new UnknownConversationError(c.req.param('id') ?? '');
    return parsed.data;
  };
  app.get('/console/conversations/:id', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canReadTranscript);
    return conversationPage(c, ctx, conversationId(c));
  });
  app.post('/console/conversations/:id/reply', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canHandleConversations);
    const id = conversationId(c);
    const raw = await formText(c, 'text');
    const text = cleanText(1, 4000).safeParse(raw);
    if (!text.success) return conversationPage(c, ctx, id, { error: 'Schrijf een antwoord van 1 tot 4000 tekens.', draft: raw.slice(0, 4000) });
    const at = now();
    await deps.db.transaction(async (tx) => {
      // Staff may paste personal data too; transcripts never keep it.
      await appendAgentMessage(tx, ctx.tenant.id, id, redactPersonalData(text.data).text, ctx.actor.id, at);
      await appendAudit(tx, { at, actor: ctx.actor.id, tenantId: ctx.tenant.id, action: 'conversation.reply', target: `conversation:${id}` });
    });
    return c.redirect(ctx.link(`/console/conversations/${id}`), 303);
  });
  app.post('/console/conversations/:id/close', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canHandleConversations);
    const id = conversationId(c);
    const at = now();
    await deps.db.transaction(async (tx) => {
      await changeState(tx, ctx.tenant.id, id, 'closed', ctx.actor.id, at);
      await appendAudit(tx, { at, actor: ctx.actor.id, tenantId: ctx.tenant.id, action: 'conversation.close', target: `conversation:${id}` });
    });
    return c.redirect(ctx.link('/console/inbox'), 303);
  });

  /** The tenant's products with their regional titles, by title. */
  const productsOf = async (tenantId: string) => {
    const [content, concepts] = await Promise.all([loadTenantContent(deps.db, tenantId), loadConcepts(deps.db)]);
    const titles = new Map(concepts.map((concept) => [concept.id, concept.title]));
    return (content?.instances ?? [])
      .map((instance) => ({ ...instance, title: titles.get(instance.conceptId) ?? instance.conceptId }))
      .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
  };
  const reviewType = (c: ConsoleContextOf): ReviewType => {
    const type = c.req.query('type') ?? 'fallback';
    return (REVIEW_TYPES as readonly string[]).includes(type) ? (type as ReviewType) : 'fallback';
  };
  const reviewPage = async (c: ConsoleContextOf, ctx: ConsoleContext, error?: { for: string; message: string }) => {
    const type = reviewType(c);
    const products = (await productsOf(ctx.tenant.id)).map((p) => ({ id: p.conceptId, title: p.title }));
    const items = await listReviewItems(deps.db, ctx.tenant.id, type);
    return renderPage(c, <ReviewPage ctx={ctx} type={type} items={items} products={products} {...(error ? { error } : {})} />, error ? 400 : 200);
  };
  app.get('/console/review', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canReadTranscript);
    return reviewPage(c, ctx);
  });
  app.post('/console/review/mark', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canReadTranscript);
    const conversation = conversationParam.safeParse(await formText(c, 'conversation'));
    const seq = Number(await formText(c, 'seq'));
    if (!conversation.success || !Number.isInteger(seq) || seq < 1) throw new UnknownConversationError(await formText(c, 'conversation'));
    const product = await formText(c, 'product');
    if (product !== '' && !(await productsOf(ctx.tenant.id)).some((p) => p.conceptId === product)) {
      return reviewPage(c, ctx, { for: `${conversation.data}#${seq}`, message: 'Kies een product uit de lijst van uw gemeente.' });
    }
    const at = now();
    await deps.db.transaction(async (tx) => {
      await markReplyWrong(tx, ctx.tenant.id, { conversationId: conversation.data, seq, rightProduct: product || null, reviewer: ctx.actor.id, at });
      await appendAudit(tx, {
        at, actor: ctx.actor.id, tenantId: ctx.tenant.id, action: 'reply.review', target: `conversation:${conversation.data}`,
        details: { seq, verdict: 'wrong', rightProduct: product || null },
      });
    });
    return c.redirect(ctx.link('/console/review', { type: reviewType(c) }), 303);
  });

  app.get('/console/unanswered', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canReadTranscript);
    return renderPage(c, <UnansweredPage ctx={ctx} groups={groupSimilarQuestions(await listFallbackQuestions(deps.db, ctx.tenant.id))} />);
  });

  app.get('/console/dashboard', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canSeeTenant);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(deps.config.now ?? new Date());
    const titles = new Map((await loadConcepts(deps.db)).map((concept) => [concept.id, concept.title]));
    return renderPage(c, <DashboardPage ctx={ctx} stats={await dashboardStats(deps.db, ctx.tenant.id, today)} productTitles={titles} />);
  });

  app.get('/console/imports', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canEditContent);
    return renderPage(c, <ImportsPage ctx={ctx} sources={await listImportSources(deps.db, ctx.tenant.id)} />);
  });

  app.get('/console/products', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canSeeTenant);
    return renderPage(c, <ProductsPage ctx={ctx} products={await productsOf(ctx.tenant.id)} />);
  });
  const findProduct = async (ctx: ConsoleContext, conceptId: string) => {
    const product = (await productsOf(ctx.tenant.id)).find((p) => p.conceptId === conceptId);
    if (!product) throw new UnknownProductError(conceptId);
    return product;
  };
  app.get('/console/products/:conceptId', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canSeeTenant);
    const product = await findProduct(ctx, c.req.param('conceptId'));
    return renderPage(
      c,
      <ProductPage ctx={ctx} title={product.title} conceptId={product.conceptId} values={product} canEdit={canEditContent(ctx.actor, ctx.tenant.id)} savedVersion={/^\d+$/.test(c.req.query('saved') ?? '') ? c.req.query('saved') : undefined} />,
    );
  });
  app.post('/console/products/:conceptId', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canEditContent);
    const product = await findProduct(ctx, c.req.param('conceptId'));
    const body = await c.req.parseBody();
    const fields = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
    const { edit, errors } = parseProductForm(fields);
    if (Object.keys(errors).length > 0) {
      const values = { cost: fields['cost'] ?? null, localText: fields['localText'] ?? null, note: fields['note'] ?? null, offered: fields['offered'] === 'true' ? true : fields['offered'] === 'false' ? false : null };
      return renderPage(c, <ProductPage ctx={ctx} title={product.title} conceptId={product.conceptId} values={values} canEdit errors={errors} />, 400);
    }
    // The new content version and its audit entry are stored in one transaction.
    const report = await editInstance(deps.db, ctx.tenant.id, product.conceptId, edit, `console:${ctx.actor.id}`, (tx, scope) =>
      appendAudit(tx, {
        actor: ctx.actor.id, tenantId: ctx.tenant.id, action: 'content.edit', target: `product:${product.conceptId}`,
        details: { version: scope.version, unchanged: scope.unchanged },
      }),
    );
    deps.knowledge.invalidate(ctx.tenant.id);
    return c.redirect(ctx.link(`/console/products/${product.conceptId}`, { saved: String(report.version) }), 303);
  });

  // Console pages answer in HTML: no session → the sign-in form; a deliberate error → a Dutch page.
  app.onError(consoleErrorHandler(deps.logger));
  return app;
}
