// The frame of every console page: skip link, navigation, municipality picker, sign-out, one <main>.
import type { Child } from 'hono/jsx';
import type { ConsoleContext } from './console-context.js';
import { CONSOLE_PAGES } from './console-policies.js';

const ROLE_NAMES: Record<string, string> = { admin: 'beheerder', reviewer: 'reviewer', editor: 'redacteur', agent: 'medewerker', viewer: 'lezer' };

/** A complete HTML document; `scripts` are external files only (the CSP allows no inline script). */
export function ConsoleDocument(props: { title: string; children: Child; scripts?: string[] }) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — Loket beheer`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="stylesheet" href="/assets/console.css" />
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer></script>
        ))}
      </head>
      <body class="console">
        <a class="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        {props.children}
      </body>
    </html>
  );
}

/** A signed-in page: header with navigation, then `<main>` with the page's `<h1>`. */
export function ConsoleLayout(props: { ctx: ConsoleContext; title: string; children: Child; scripts?: string[] }) {
  const { ctx } = props;
  const pages = CONSOLE_PAGES.filter((page) => page.allowed(ctx.actor, ctx.tenant.id));
  return (
    <ConsoleDocument title={`${props.title} · ${ctx.tenant.name}`} scripts={props.scripts ?? []}>
      <header class="console-header">
        <p class="brand">
          Loket beheer · <span class="tenant-name">{ctx.tenant.name}</span>
        </p>
        <nav aria-label="Beheer">
          <ul class="console-nav">
            {pages.map((page) => (
              <li>
                <a href={ctx.link(page.path)} aria-current={ctx.path.startsWith(page.path) ? 'page' : undefined}>
                  {page.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="console-account">
          {ctx.tenants.length > 1 ? (
            <form method="get" action={ctx.path} class="tenant-picker">
              <label for="tenant-picker">Gemeente</label>
              <select id="tenant-picker" name="tenant">
                {ctx.tenants.map((tenant) => (
                  <option value={tenant.id} selected={tenant.id === ctx.tenant.id}>
                    {tenant.name}
                  </option>
                ))}
              </select>
              <button type="submit">Toon</button>
            </form>
          ) : null}
          <p>
            Aangemeld als {ctx.actor.name} ({ROLE_NAMES[ctx.actor.role] ?? ctx.actor.role}
            {ctx.actor.tenantId === null ? ', alle gemeenten' : ''})
          </p>
          <form method="post" action="/console/sign-out">
            <input type="hidden" name="csrf" value={ctx.csrfToken} />
            <button type="submit">Afmelden</button>
          </form>
        </div>
      </header>
      <main id="inhoud" tabindex={-1}>
        <h1>{props.title}</h1>
        {props.children}
      </main>
    </ConsoleDocument>
  );
}

/** The hidden CSRF field every console form posts. */
export function CsrfField(props: { ctx: ConsoleContext }) {
  return <input type="hidden" name="csrf" value={props.ctx.csrfToken} />;
}

/** An error message tied to its field through `id` (the field points at it with aria-describedby). */
export function FieldError(props: { id: string; message: string | undefined }) {
  return props.message ? (
    <p class="field-error" id={props.id}>
      {props.message}
    </p>
  ) : null;
}
