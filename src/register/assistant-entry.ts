// The register entry of a municipality's Loket assistant, written for residents from the tenant and its settings.
import type { Tenant } from '../knowledge/index.js';
import type { TenantSettings } from '../tenants/index.js';
import type { RegisterEntryInput } from './entry-schema.js';
import { tenantContact, tenantOrganisation } from './tenant-organisation.js';

/** Where the municipality's transparency page about the assistant is, below `publicUrl`. */
export function assistantTransparencyUrl(publicUrl: string, tenantId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/t/${tenantId}/over-deze-assistent`;
}

/**
 * The entry describing `tenant`'s Loket assistant in the default mode the transparency page
 * describes: retrieval over the municipality's approved content with sources, an honest "I don't
 * know", no generative model. Pure: the same tenant, settings and URL give the same entry, so a
 * change shows up as a difference. Programme `own`: a municipality runs Loket on its own initiative;
 * nothing in its settings says it came through Lokaal Digitaal or a subsidy call, so claiming one
 * would be a fact the register cannot back. Contact: the tenant's e-mail, else its https website,
 * else the transparency page (which lists how to reach the municipality). `inUseSince`: since when
 * the assistant serves residents, as precise as known (the sync passes the month Loket first
 * published the entry).
 */
export function assistantEntry(
  tenant: Tenant,
  settings: Pick<TenantSettings, 'retentionDays'>,
  options: { publicUrl: string; inUseSince?: string },
): RegisterEntryInput {
  const place = tenant.name;
  const days = settings.retentionDays;
  const publicPage = assistantTransparencyUrl(options.publicUrl, tenant.id);
  const organisation = tenantOrganisation(tenant);
  const reach = [tenant.phone ? `telefoon ${tenant.phone}` : '', tenant.email ? `e-mail ${tenant.email}` : ''].filter(Boolean).join(', ');
  const redaction =
    'Persoonsgegevens die een inwoner in de chat typt (rijksregisternummer, rekeningnummer, telefoonnummer, e-mailadres, nummerplaat, adres) worden uit het bericht gehaald voor het gesprek wordt bewaard.';
  const retention = `Gesprekken worden na ${days} dagen verwijderd.`;
  return {
    name: `Digitale assistent van ${place}`.slice(0, 99),
    shortDescription:
      `Een digitale assistent in de chat op de website van ${place} beantwoordt vragen van inwoners over de diensten van de gemeente, ` +
      'de openingsuren en de afvalophaling, met de bron bij elk antwoord. Hij beslist niets en verwijst zo nodig door naar een medewerker.',
    leadOrganisation: organisation,
    programme: 'own',
    themes: ['dienstverlening'],
    purposeAndImpact:
      `Inwoners krijgen dag en nacht antwoord op eenvoudige vragen over de diensten van ${place}: welke documenten ze nodig hebben, ` +
      'wat iets kost en wat ze moeten meebrengen, wanneer de gemeente open is (ook op feestdagen) en wanneer het afval in hun straat ' +
      'wordt opgehaald. Medewerkers houden zo meer tijd voor vragen die een mens vragen. De assistent beslist niet over een aanvraag, ' +
      'premie of vergunning, kijkt geen persoonlijk dossier in, doet geen betalingen en gaat niet na wie iemand is.',
    considerations:
      'De assistent is een extra kanaal: het loket, de telefoon en e-mail blijven. Er is gekozen voor zoeken in de goedgekeurde ' +
      'informatie van de gemeente in plaats van een generatief taalmodel, zodat elk antwoord uit die informatie komt en na te gaan is.',
    howItWorks:
      'De assistent herkent waarover een vraag gaat (een dienst, openingsuren, afval, de vraag naar een medewerker) met vaste regels en ' +
      'Nederlandse taalanalyse (woordstammen, samenstellingen, synoniemen, tikfouten). Daarna zoekt hij in de informatie die de gemeente ' +
      'heeft goedgekeurd het antwoord dat het best bij de vraag past, en toont hij dat met de bron. Openingsuren en ophaaldagen berekent ' +
      'hij uit de uren, sluitingsdagen en de afvalkalender van de gemeente. Is hij niet zeker genoeg, dan zegt hij eerlijk dat hij het ' +
      'niet weet en hoe u de gemeente bereikt. In de standaardversie gebruikt de assistent geen generatief taalmodel (zoals ChatGPT): ' +
      'hij schrijft geen nieuwe tekst, maar geeft de goedgekeurde informatie terug.',
    kindsOfAi: ['rule-based', 'natural-language-processing'],
    status: 'in-use',
    ...(options.inUseSince ? { timeline: { inUseSince: options.inUseSince } } : {}),
    supplier: 'Loket (open source)',
    data: {
      description:
        `De informatie die ${place} heeft goedgekeurd: de beschrijvingen van de producten en diensten, de locaties met openingsuren ` +
        'en sluitingsdagen, en de afvalkalender met de ophaalzones per straat. Daarnaast de berichten die inwoners in de chat typen.',
      sources: [],
    },
    personalData: {
      processed: 'yes',
      description:
        `${redaction} ${retention} Medewerkers van de gemeente kunnen gesprekken nalezen om de antwoorden te verbeteren. ` +
        'Laat een inwoner na het doorverwijzen zelf, met toestemming, contactgegevens achter, dan worden die met het gesprek verwijderd.',
    },
    humanOversight:
      "Een inwoner kan op elk moment een mens vragen: met 'Praat met een medewerker' in de chat neemt een medewerker van de gemeente " +
      'het gesprek over. Medewerkers lezen gesprekken na, markeren foute antwoorden en verbeteren de informatie waaruit de assistent ' +
      'antwoordt. De assistent neemt zelf geen beslissingen over inwoners.',
    riskManagement: `Elk antwoord toont zijn bron, bij twijfel verwijst de assistent door, en medewerkers beoordelen antwoorden. ${redaction} ${retention}`,
    risks: [
      {
        risk: 'De assistent geeft een fout of verouderd antwoord.',
        mitigation:
          'Elk antwoord toont de bron; is de assistent niet zeker genoeg, dan zegt hij dat hij het niet weet en hoe u de gemeente bereikt. ' +
          'Medewerkers lezen antwoorden na, markeren foute antwoorden en verbeteren de informatie.',
      },
      { risk: 'Inwoners typen persoonsgegevens in de chat.', mitigation: `${redaction} ${retention}` },
      {
        risk: 'Iemand probeert de assistent met instructies in een vraag iets anders te laten doen.',
        mitigation: 'De assistent voert geen instructies uit en schrijft geen eigen tekst; zulke vragen krijgen een vast antwoord met de weg naar een medewerker.',
      },
    ],
    aiAct: { role: 'deployer', riskClass: 'transparency-obligations' },
    publicationCategory: 'other',
    principles: {
      democraticValues: {
        measures: 'De assistent beslist niets over inwoners en geeft alleen informatie die de gemeente goedkeurde. Het loket, de telefoon en e-mail blijven, en via de chat is altijd een medewerker bereikbaar.',
        selfScore: 4,
        explanation: 'Iedereen krijgt dezelfde informatie en kan altijd een mens vragen. Of alle groepen inwoners de chat even goed kunnen gebruiken, is niet gemeten.',
      },
      reliability: {
        measures: 'Antwoorden komen alleen uit goedgekeurde informatie en tonen hun bron. Onder een vaste drempel van zekerheid antwoordt de assistent niet maar verwijst hij door. De antwoorden worden getest met een vaste reeks vragen van inwoners.',
        selfScore: 4,
        explanation: 'De assistent kan zich vergissen; de bron bij elk antwoord laat inwoners en medewerkers dat nagaan.',
      },
      humanFactor: {
        measures: "Met 'Praat met een medewerker' neemt een mens het gesprek over wanneer de inwoner dat wil. Medewerkers lezen gesprekken na en markeren foute antwoorden.",
        selfScore: 5,
        explanation: 'Een mens is altijd bereikbaar en de assistent neemt geen beslissingen.',
      },
      aiAwareness: {
        measures: 'De pagina over deze assistent legt in eenvoudige taal uit dat de chat een computerprogramma is, wat hij wel en niet kan en wat er met gegevens gebeurt. Deze fiche staat in het openbare AI-register.',
        selfScore: 4,
        explanation: 'Inwoners weten dat ze met een programma praten, zoals de AI-verordening vraagt voor een chatbot (artikel 50).',
      },
      dataManagement: {
        measures: `${redaction} ${retention} Alleen medewerkers met de juiste rol lezen gesprekken, en hun handelingen worden gelogd.`,
        selfScore: 4,
        explanation: 'De assistent gebruikt alleen de informatie van de gemeente en wordt niet getraind op gesprekken van inwoners.',
      },
      ecologicalAndHumanitarianImpact: {
        measures: 'In de standaardversie draait geen generatief taalmodel: een antwoord vraagt minder dan een milliseconde rekenwerk op een gewone server.',
        selfScore: 4,
        explanation: 'Zoeken in de informatie van één gemeente vraagt weinig rekenkracht; het energieverbruik is niet apart gemeten.',
      },
    },
    contact: tenantContact(tenant) ?? publicPage,
    publicPage,
    objectionRoute:
      `Klopt een antwoord niet, of spreekt u liever een mens? Klik in de chat op 'Praat met een medewerker' of neem contact op met ` +
      `${organisation.name}${reach ? ` (${reach})` : ''}. De assistent beslist niets: over een aanvraag beslist de gemeente, en daar gelden de gewone klachten- en bezwaarprocedures.`,
    reusability: { reusable: 'yes', notes: 'Loket is open source; andere lokale besturen kunnen het met hun eigen informatie gebruiken.' },
    searchTerms: ['chatbot', 'digitale assistent'],
  };
}
