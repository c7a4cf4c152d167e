// The assistant's transparency page in plain Dutch: what it is, what it does with data, how to reach a person.
import type { Tenant } from '../../knowledge/index.js';

/**
 * Renders /t/{tenant}/over-deze-assistent; `retentionDays` comes from the tenant's settings,
 * `registerEntryId` is the assistant's published entry in the AI register (absent: not published).
 */
export function TransparencyPage(props: { tenant: Tenant; retentionDays: number; registerEntryId?: string | undefined }) {
  const { tenant, retentionDays } = props;
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Over de digitale assistent van ${tenant.name}`}</title>
        <link rel="stylesheet" href="/assets/demo.css" />
      </head>
      <body class="about">
        <header class="site-header">
          <div class="inner">
            <p>Gemeente {tenant.name}</p>
            <h1>Over deze digitale assistent</h1>
          </div>
        </header>
        <main>
          <h2>Wat is dit?</h2>
          <p>
            De chat op de website van {tenant.name} is een digitale assistent: een computerprogramma, geen mens. Het is een
            vorm van artificiële intelligentie (AI). In de standaardversie gebruikt de assistent geen generatief taalmodel
            (zoals ChatGPT). Hij zoekt in de informatie van de gemeente het antwoord dat het best bij uw vraag past.
          </p>
          <h2>Wat kan de assistent?</h2>
          <ul>
            <li>vragen beantwoorden over diensten van de gemeente: documenten, wat het kost, wat u moet meebrengen;</li>
            <li>de openingsuren geven, ook op feestdagen;</li>
            <li>zeggen wanneer het afval in uw straat wordt opgehaald;</li>
            <li>u doorverwijzen naar een medewerker.</li>
          </ul>
          <h2>Wat kan de assistent niet?</h2>
          <ul>
            <li>beslissen over uw aanvraag, een premie of een vergunning;</li>
            <li>uw persoonlijk dossier inkijken, betalingen doen of nagaan wie u bent;</li>
            <li>altijd juist zijn: hij kan zich vergissen. Twijfelt u, vraag het dan aan een medewerker.</li>
          </ul>
          <h2>Waar komen de antwoorden vandaan?</h2>
          <p>
            Alleen uit de informatie die de gemeente heeft goedgekeurd. Bij elk antwoord staat de bron, zodat u kunt nagaan
            waar het vandaan komt. Weet de assistent het antwoord niet, dan zegt hij dat eerlijk en vertelt hij hoe u de
            gemeente bereikt.
          </p>
          <h2>Wat gebeurt er met uw gegevens?</h2>
          <p>
            Persoonsgegevens die u in de chat typt, zoals uw rijksregisternummer, telefoonnummer, e-mailadres,
            rekeningnummer of adres, worden eruit gehaald voor het gesprek wordt bewaard. Gesprekken worden na{' '}
            <strong>{retentionDays} dagen</strong> verwijderd. Medewerkers van de gemeente kunnen gesprekken nalezen om de
            antwoorden te verbeteren.
          </p>
          <h2>Liever met een mens spreken?</h2>
          <p>Dat kan altijd. Klik in de chat op ‘Praat met een medewerker’, of neem zelf contact op met de gemeente:</p>
          <ul>
            {tenant.phone ? <li>telefoon: <a href={`tel:${tenant.phone.replace(/[^+\d]/g, '')}`}>{tenant.phone}</a></li> : null}
            {tenant.email ? <li>e-mail: <a href={`mailto:${tenant.email}`}>{tenant.email}</a></li> : null}
            {tenant.address ? <li>adres: {tenant.address}</li> : null}
          </ul>
          <h2>AI-register</h2>
          <p>
            Elke toepassing van AI door een lokaal bestuur hoort in het openbare AI-register.{' '}
            {props.registerEntryId ? (
              <>
                Lees <a href={`/register/${props.registerEntryId}`}>de fiche van deze assistent in het AI-register</a>: wat hij doet,
                met welke gegevens, wie toezicht houdt en hoe de gemeente hem toetst aan de Vlaamse AI-principes.
              </>
            ) : (
              'De fiche van deze assistent is nog niet gepubliceerd; zodra ze dat is, vindt u de link op deze pagina.'
            )}
          </p>
        </main>
        <footer class="site-footer">
          <div class="inner">
            <p>
              <a href={`/t/${tenant.id}`}>Terug naar de website van {tenant.name}</a> · <a href="/">Loket</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
