// The console's AI register (ADR 0005, ADR 0006): the municipality's entries in every state, the entry form,
// the workflow buttons and the review queue. Plain HTML forms, POST → 303 → GET; checks, steps and audit
// entries are the same `registerStaffActions` the JSON API uses.
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { EntryChangedError, ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.js';
import {
  latestRejectionReasons, nextState, tenantContact, tenantOrganisation, type StoredEntry, type TransitionAction,
} from '../../register/index.js';
import { canOpenReviewQueue, canReadRegisterDrafts, canRetractEntry, canWriteRegisterEntry } from '../../tenants/index.js';
import type { AppDeps } from '../app-deps.js';
import { authenticate, type AuthVariables } from '../auth/authenticate.js';
import { resolveConsoleContext, type ConsoleContext } from '../console/console-context.js';
import { consoleErrorHandler, formText, renderPage, requirePolicy } from '../console/console-responses.js';
import { isDoneNotice, RegisterEntryPage, RegisterNewPage, type EntrySteps, type StepError } from '../console/register-entry-page.js';
import { entryFormValues, entryInputOf, formErrorsOf, formValuesOf, newEntryFormValues, type RegisterFormValues } from '../console/register-form.js';
import { RegisterListPage, RegisterReviewPage } from '../console/register-list-page.js';
import { entryIdParam, REASON_MAX_LENGTH, registerStaffActions, rejectionReason, retractionReason } from '../register-staff-actions.js';

type Env = { Variables: AuthVariables };

/** The entry id of the path; anything else is an entry that does not exist. */
function entryIdOf(c: Context<Env>): string {
  const parsed = entryIdParam.safeParse(c.req.param('id'));
  if (!parsed.success) throw new NotFoundError(`unknown register entry "${c.req.param('id') ?? ''}"`);
  return parsed.data;
}

/** The posted form (already parsed by `authenticate` for the CSRF field, and cached). */
async function postedForm(c: Context<Env>): Promise<Record<string, unknown>> {
  return c.req.parseBody({ all: true });
}

/**
 * The entry's `updatedAt` the edit form was opened with (its hidden field `updatedAt`), or undefined when
 * the form carries none (nothing is compared then). A value that is not a date matches no version: the
 * edit is refused as a conflict and the person reloads the entry.
 */
function shownVersionOf(posted: string): Date | undefined {
  return posted === '' ? undefined : new Date(posted);
}

/** Why a reason that is not empty was refused, in Dutch. */
function tooLongOrInvalid(typed: string): string {
  return typed.trim().length > REASON_MAX_LENGTH
    ? `Schrijf een reden van hoogstens ${REASON_MAX_LENGTH} tekens (nu ${typed.trim().length}).`
    : 'De reden bevat een ongeldig teken.';
}

/** Registers /console/register and its pages; mounted before `consoleRoutes` (see create-app.ts). */
export function consoleRegisterRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<Env>();
  const actions = registerStaffActions(deps.db);
  const auth = authenticate(deps);
  app.use('/console/register', auth);
  app.use('/console/register/*', auth);

  app.get('/console/register', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canReadRegisterDrafts);
    const entries = await actions.list(ctx.actor, ctx.tenant.id);
    // A rejected entry shows its reason: what the author must read first. One query for all of them, for
    // the entries `list` just returned (so already authorised and of this municipality).
    const rejections = await latestRejectionReasons(deps.db, entries.filter((stored) => stored.state === 'rejected').map((stored) => stored.id));
    const listed = entries.map((stored) => ({ stored, rejection: stored.state === 'rejected' ? (rejections.get(stored.id) ?? null) : null }));
    return renderPage(c, <RegisterListPage ctx={ctx} entries={listed} canWrite={canWriteRegisterEntry(ctx.actor, ctx.tenant.id)} canReview={canOpenReviewQueue(ctx.actor)} />);
  });

  app.get('/console/register/review', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    const queue = await actions.reviewQueue(ctx.actor);
    const names = new Map(ctx.tenants.map((tenant) => [tenant.id, tenant.name]));
    const shown = queue.filter((stored) => stored.tenantId !== null && names.has(stored.tenantId));
    return renderPage(c, <RegisterReviewPage ctx={ctx} entries={shown} tenantNames={names} elsewhere={queue.length - shown.length} />);
  });

  const newPage = (c: Context<Env>, ctx: ConsoleContext, values?: RegisterFormValues, problems?: InvalidInputError) =>
    renderPage(
      c,
      <RegisterNewPage
        ctx={ctx}
        values={values ?? newEntryFormValues({ organisation: tenantOrganisation(ctx.tenant).name, contact: tenantContact(ctx.tenant) })}
        {...(problems ? { errors: formErrorsOf(problems.details ?? []) } : {})}
      />,
      problems ? 400 : 200,
    );
  app.get('/console/register/new', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canWriteRegisterEntry);
    return newPage(c, ctx);
  });
  app.post('/console/register/new', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canWriteRegisterEntry);
    const values = formValuesOf(await postedForm(c));
    try {
      const stored = await actions.create(ctx.actor, ctx.tenant.id, entryInputOf(values), new Date());
      return c.redirect(ctx.link(`/console/register/${stored.id}`, { done: 'created' }), 303);
    } catch (error) {
      if (error instanceof InvalidInputError) return newPage(c, ctx, values, error);
      throw error;
    }
  });

  /**
   * The entry page; `form` carries what was typed with the version it was opened with (`shownVersion`, kept
   * so a second try is still compared with it) and its problems or conflict, or a refused reason.
   */
  const entryPage = async (
    c: Context<Env>, ctx: ConsoleContext, id: string,
    form: { values?: RegisterFormValues; shownVersion?: string; problems?: InvalidInputError; conflict?: boolean; stepError?: StepError } = {},
  ) => {
    const { stored, history } = await actions.read(ctx.actor, ctx.tenant.id, id);
    const done = c.req.query('done');
    const failed = form.problems !== undefined || form.stepError !== undefined || form.conflict === true;
    return renderPage(
      c,
      <RegisterEntryPage
        ctx={ctx} stored={stored} history={history} steps={await stepsFor(ctx, stored)} ownEntry={stored.author === ctx.actor.id}
        values={form.values ?? entryFormValues(stored.entry)}
        shownVersion={form.values ? (form.shownVersion ?? '') : stored.updatedAt.toISOString()}
        done={!failed && isDoneNotice(done) ? done : undefined}
        {...(form.problems ? { errors: formErrorsOf(form.problems.details ?? []) } : {})}
        {...(form.conflict ? { conflict: true } : {})}
        {...(form.stepError ? { stepError: form.stepError } : {})}
      />,
      form.conflict ? 409 : failed ? 400 : 200,
    );
  };
  /** What the person may do with `stored` now: what the workflow allows from its state, and the policies. */
  const stepsFor = async (ctx: ConsoleContext, stored: StoredEntry): Promise<EntrySteps> => {
    const allows = (action: TransitionAction) => nextState(stored.state, action, { wasPublished: stored.publishedAt !== null }) !== undefined;
    const write = canWriteRegisterEntry(ctx.actor, ctx.tenant.id);
    return {
      // The assistant's entry follows the municipality's settings; a hand edit would stop that.
      edit: write && stored.systemKey === null && allows('update'),
      submit: write && allows('submit'),
      review: allows('publish') && (await actions.canReview(ctx.actor, stored)),
      retract: allows('retract') && canRetractEntry(ctx.actor, ctx.tenant.id),
    };
  };

  app.get('/console/register/:id', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canReadRegisterDrafts);
    return entryPage(c, ctx, entryIdOf(c));
  });
  app.post('/console/register/:id', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    requirePolicy(ctx, canWriteRegisterEntry);
    const id = entryIdOf(c);
    const posted = await postedForm(c);
    const values = formValuesOf(posted);
    const shownVersion = typeof posted['updatedAt'] === 'string' ? posted['updatedAt'] : '';
    try {
      // The fields the form does not show are taken from the entry as stored under the update's lock, and
      // the version the form was opened with must still be the stored one: nobody's change is overwritten.
      await actions.update(ctx.actor, ctx.tenant.id, id, (current) => entryInputOf(values, current.entry), new Date(), shownVersionOf(shownVersion));
    } catch (error) {
      if (error instanceof InvalidInputError) return entryPage(c, ctx, id, { values, shownVersion, problems: error });
      // Nothing was stored: the page says so above what was typed, which stays for the person to copy.
      if (error instanceof EntryChangedError) return entryPage(c, ctx, id, { values, shownVersion, conflict: true });
      throw error;
    }
    return c.redirect(ctx.link(`/console/register/${id}`, { done: 'saved' }), 303);
  });

  app.post('/console/register/:id/submit', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    const id = entryIdOf(c);
    await actions.submit(ctx.actor, ctx.tenant.id, id, new Date());
    return c.redirect(ctx.link(`/console/register/${id}`, { done: 'submitted' }), 303);
  });
  app.post('/console/register/:id/publish', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    const id = entryIdOf(c);
    await actions.publish(ctx.actor, ctx.tenant.id, id, new Date());
    return c.redirect(ctx.link(`/console/register/${id}`, { done: 'published' }), 303);
  });
  app.post('/console/register/:id/reject', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    const id = entryIdOf(c);
    const typed = await formText(c, 'reason');
    const reason = rejectionReason.safeParse(typed);
    if (!reason.success) {
      // The form is only shown to who may review: anyone else learns that first.
      if (!(await actions.canReview(ctx.actor, (await actions.read(ctx.actor, ctx.tenant.id, id)).stored))) {
        throw new ForbiddenError(`role "${ctx.actor.role}" may not review this register entry`);
      }
      const message = typed.trim() === '' ? 'Schrijf waarom u de registratie afwijst.' : tooLongOrInvalid(typed);
      return entryPage(c, ctx, id, { stepError: { step: 'reject', message, typed } });
    }
    await actions.reject(ctx.actor, ctx.tenant.id, id, reason.data, new Date());
    return c.redirect(ctx.link(`/console/register/${id}`, { done: 'rejected' }), 303);
  });
  app.post('/console/register/:id/retract', async (c) => {
    const ctx = await resolveConsoleContext(c, deps);
    const id = entryIdOf(c);
    const typed = await formText(c, 'reason');
    const reason = retractionReason.safeParse(typed);
    if (!reason.success) {
      requirePolicy(ctx, canRetractEntry);
      return entryPage(c, ctx, id, { stepError: { step: 'retract', message: tooLongOrInvalid(typed), typed } });
    }
    await actions.retract(ctx.actor, ctx.tenant.id, id, reason.data || undefined, new Date());
    return c.redirect(ctx.link(`/console/register/${id}`, { done: 'retracted' }), 303);
  });

  app.onError(consoleErrorHandler(deps.logger));
  return app;
}
