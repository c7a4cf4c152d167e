// The landing page at "/": what Loket is and the municipalities this deployment serves.
import type { Tenant } from '../../knowledge/index.js';

/** Renders the landing page; hono/jsx escapes every value. */
export function LandingPage(props: { tenants: Tenant[] }) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Loket — digitale assistent voor lokale besturen</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <header>
          <h1>Loket</h1>
          <p class="lead">
            Een digitale assistent die inwoners dag en nacht antwoordt vanuit de goedgekeurde informatie van hun
            gemeente, met de bron bij elk antwoord en altijd een weg naar een medewerker.
          </p>
        </header>
        <main>
          <h2>Gemeenten</h2>
          {props.tenants.length === 0 ? (
            <p>Er zijn nog geen gemeenten ingeladen. Gebruik <code>loket import &lt;map&gt;</code>.</p>
          ) : (
            <ul class="tenants">
              {props.tenants.map((tenant) => (
                <li>
                  <h3>{tenant.name}</h3>
                  {tenant.address ? <p>{tenant.address}</p> : null}
                  {tenant.phone ? <p>Telefoon: {tenant.phone}</p> : null}
                  {tenant.email ? <p>E-mail: {tenant.email}</p> : null}
                  <p>
                    <a href={`/t/${tenant.id}`}>Demosite met de digitale assistent</a>
                  </p>
                  {tenant.website ? (
                    <p>
                      <a href={tenant.website} rel="noopener">
                        Website
                      </a>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </main>
        <footer>
          <p>
            API: <a href="/api/v1/tenants">/api/v1/tenants</a> · <a href="/api/v1/openapi.json">OpenAPI-beschrijving</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
