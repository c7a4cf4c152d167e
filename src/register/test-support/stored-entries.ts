// Test helper: published StoredEntry objects built from validated input, and a small register of five entries.
import type { StoredEntry } from '../entry-store.js';
import type { RegisterEntryInput } from '../entry-schema.js';
import { validateRegisterEntry } from '../validate-register-entry.js';

/** A published StoredEntry with `input` validated by the real schema; throws on invalid input so a fixture cannot be wrong silently. */
export function storedEntry(id: string, input: Partial<RegisterEntryInput>, meta: Partial<Omit<StoredEntry, 'entry'>> = {}): StoredEntry {
  const result = validateRegisterEntry({
    name: `Systeem ${id}`,
    shortDescription: 'Korte beschrijving.',
    leadOrganisation: { name: 'Gemeente Leiebeke' },
    purposeAndImpact: 'Doel en impact.',
    howItWorks: 'Werking.',
    status: 'in-use',
    humanOversight: 'Een medewerker beslist.',
    contact: 'ai@leiebeke.be',
    ...input,
  });
  if (!result.ok) throw new Error(`fixture ${id} is invalid: ${JSON.stringify(result.problems)}`);
  return {
    id,
    tenantId: null,
    state: 'published',
    entry: result.entry,
    author: 'auteur@voorbeeld.be',
    createdAt: new Date('2025-01-01T08:00:00Z'),
    updatedAt: new Date('2025-02-01T08:00:00Z'),
    publishedAt: new Date('2025-02-01T08:00:00Z'),
    systemKey: null,
    ...meta,
  };
}

const kortrijk = { name: 'Stad Kortrijk', code: '0207.451.227' };
const kuurne = { name: 'Gemeente Kuurne' };
const zwevegem = { name: 'Gemeente Zwevegem' };
const harelbeke = { name: 'Gemeente Harelbeke' };
const leiedal = { name: 'Intercommunale Leiedal', code: '0205.000.001' };

/**
 * Five entries whose numbers the tests compute by hand. Organisations: Kortrijk (e1 lead; e2, e5
 * partner), Kuurne (e2, e4 lead; e1 partner), Zwevegem (e3 lead; e2 partner), Harelbeke (e4
 * partner), Leiedal (e5 lead).
 */
export function smallRegister(): StoredEntry[] {
  return [
    storedEntry(
      'e1',
      {
        name: "Slimme camera's tegen sluikstort",
        shortDescription: 'Camera’s herkennen sluikstort aan glasbollen.',
        leadOrganisation: kortrijk,
        partnerOrganisations: [kuurne],
        programme: 'city-of-things',
        kindsOfAi: ['computer-vision', 'machine-learning'],
        aiAct: { riskClass: 'high-risk' },
        themes: ['Netheid', 'Veiligheid'],
        status: 'in-use',
        timeline: { pilotStart: '2022-05', inUseSince: '2023-10' },
        supplier: 'Citymesh',
        principles: {
          reliability: { measures: 'Testen.', selfScore: 4, explanation: 'Getest.' },
          humanFactor: { measures: 'Controle.', selfScore: 3, explanation: 'Een vaststeller kijkt.' },
        },
      },
      { tenantId: 'kortrijk' },
    ),
    storedEntry(
      'e2',
      {
        name: 'Chatbot voor het loket',
        shortDescription: 'Beantwoordt vragen van inwoners.',
        leadOrganisation: kuurne,
        partnerOrganisations: [{ name: 'Stad Kortrijk' }, zwevegem],
        programme: 'gzg-call',
        kindsOfAi: ['generative-ai', 'natural-language-processing'],
        aiAct: { riskClass: 'transparency-obligations' },
        themes: ['Dienstverlening', 'MOBILITEIT'],
        status: 'pilot',
        timeline: { ideaOn: '2023-11', plannedStart: '2024-06', pilotStart: '2025-03-01' },
        supplier: 'Open Taal bv',
        searchTerms: ['chatbot', 'digitaal loket'],
        principles: { reliability: { measures: 'Bronnen.', selfScore: 2, explanation: 'Nog in test.' } },
      },
      { tenantId: 'kuurne' },
    ),
    storedEntry(
      'e3',
      {
        name: 'Parkeersensoren',
        shortDescription: 'Analyse van de parkeerdruk rond de crèche.',
        leadOrganisation: zwevegem,
        programme: 'lokaal-digitaal',
        kindsOfAi: ['machine-learning'],
        aiAct: { riskClass: 'minimal-risk' },
        themes: ['Mobiliteit', 'mobiliteit '],
        status: 'planned',
        timeline: { plannedStart: '2027' },
        principles: {
          reliability: { measures: 'Kalibratie.', selfScore: 5, explanation: 'Geijkt.' },
          dataManagement: { measures: 'Geen camera.', selfScore: 4, explanation: 'Enkel tellingen.' },
        },
      },
      { tenantId: 'zwevegem' },
    ),
    storedEntry(
      'e4',
      {
        name: 'Oude verkeerstellingen',
        leadOrganisation: kuurne,
        partnerOrganisations: [harelbeke],
        programme: 'own',
        kindsOfAi: ['rule-based'],
        aiAct: { riskClass: 'not-an-ai-system' },
        themes: ['Mobiliteit'],
        status: 'retired',
        timeline: { inUseSince: '2019', retiredOn: '2024-12' },
        humanOversight: undefined,
        contact: undefined,
        compiledFrom: { sources: ['https://www.kuurne.be/verkeer'] },
      },
      { tenantId: 'kuurne' },
    ),
    storedEntry('e5', {
      name: 'Afvalkalender-assistent',
      leadOrganisation: leiedal,
      partnerOrganisations: [kortrijk],
      themes: ['netheid'],
      status: 'idea',
    }),
  ];
}

/** A complete, valid entry input named `name` for storage tests; `overrides` replace fields. */
export function entryInput(name: string, overrides: Partial<RegisterEntryInput> = {}): RegisterEntryInput {
  return {
    name,
    shortDescription: 'Een chatassistent beantwoordt vragen van inwoners.',
    leadOrganisation: { name: 'Gemeente Leiebeke' },
    purposeAndImpact: 'Inwoners krijgen dag en nacht antwoord op eenvoudige vragen.',
    howItWorks: 'Een taalmodel formuleert antwoorden uit opgehaalde pagina’s.',
    status: 'pilot',
    humanOversight: 'Een medewerker neemt over op vraag.',
    contact: 'ai@leiebeke.be',
    ...overrides,
  };
}
