// A plain fictional municipal website for one tenant, with the resident widget embedded by one script tag.
import type { Tenant } from '../../knowledge/index.js';

/** Renders /t/{tenant}; hono/jsx escapes every value. */
export function DemoPage(props: { tenant: Tenant }) {
  const { tenant } = props;
  const about = `/t/${tenant.id}/over-deze-assistent`;
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Gemeente ${tenant.name} — demonstratiesite`}</title>
        <link rel="stylesheet" href="/assets/demo.css" />
        <script src="/widget.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#inhoud">Naar de inhoud</a>
        <header class="site-header">
          <div class="inner">
            <p>Gemeente</p>
            <h1>{tenant.name}</h1>
          </div>
        </header>
        <nav class="site-nav" aria-label="Hoofdmenu">
          <ul>
            <li><a href="#burgerzaken">Burgerzaken</a></li>
            <li><a href="#afval">Afval</a></li>
            <li><a href="#contact">Contact</a></li>
            <li><a href={about}>Over de digitale assistent</a></li>
          </ul>
        </nav>
        <main id="inhoud">
          <p class="notice">
            Dit is een fictieve gemeentewebsite om de digitale assistent van Loket te tonen. De assistent vindt u rechtsonder
            op deze pagina.
          </p>
          <h2>Welkom in {tenant.name}</h2>
          <p>
            Zoekt u informatie over een identiteitskaart, een rijbewijs, de openingsuren van het gemeentehuis of de volgende
            afvalophaling in uw straat? Stel uw vraag aan de digitale assistent, dag en nacht. Hij antwoordt met de
            goedgekeurde informatie van de gemeente en toont telkens de bron.
          </p>
          <div class="cards">
            <section id="burgerzaken">
              <h3>Burgerzaken</h3>
              <p>Documenten, uittreksels, verhuizen en trouwen. Voor veel aanvragen maakt u eerst een afspraak.</p>
            </section>
            <section id="afval">
              <h3>Afval en recyclagepark</h3>
              <p>De ophaalkalender hangt af van uw straat. De assistent zoekt de volgende ophaling voor u op.</p>
            </section>
            <section id="contact">
              <h3>Contact</h3>
              {tenant.address ? <p>{tenant.address}</p> : null}
              {tenant.phone ? <p>Telefoon: <a href={`tel:${tenant.phone.replace(/[^+\d]/g, '')}`}>{tenant.phone}</a></p> : null}
              {tenant.email ? <p>E-mail: <a href={`mailto:${tenant.email}`}>{tenant.email}</a></p> : null}
            </section>
          </div>
        </main>
        <footer class="site-footer">
          <div class="inner">
            <p>
              <a href={about}>Over deze digitale assistent</a> · <a href="/">Loket</a>
            </p>
          </div>
        </footer>
        <loket-chat tenant={tenant.id} name={tenant.name} lang="nl"></loket-chat>
      </body>
    </html>
  );
}
