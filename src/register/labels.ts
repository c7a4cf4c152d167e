// Dutch labels: every enumerated value of a register entry and every top-level field (for residents),
// and the review workflow's states and history steps (for staff, and the public history's steps).
import type { RegisterEntry } from './entry-schema.js';
import type {
  AiActRiskClass,
  AiActRole,
  FlemishPrinciple,
  ImpactAssessmentKind,
  KindOfAi,
  PersonalDataProcessed,
  Programme,
  PublicationCategory,
  Reusability,
  SystemStatus,
} from './entry-enums.js';
import type { PublicVersion } from './public-history.js';
import type { EntryAction, EntryState } from './workflow.js';

// Typed as complete records: a value added to the schema fails the type check until it has a label.

/** Label of each programme. */
export const programmeLabels: Record<Programme, string> = {
  'gzg-call': 'Gemeente zonder Gemeentehuis',
  'city-of-things': 'City of Things',
  'lokaal-digitaal': 'Lokaal Digitaal',
  own: 'Eigen initiatief',
};

/** Label of each stage in the system's life cycle. */
export const systemStatusLabels: Record<SystemStatus, string> = {
  idea: 'Idee',
  planned: 'Gepland',
  pilot: 'Proefproject',
  'in-use': 'In gebruik',
  retired: 'Stopgezet',
};

/** Label of each review state of an entry (the phase staff see in the console). */
export const entryStateLabels: Record<EntryState, string> = {
  draft: 'Concept',
  submitted: 'Ingediend',
  published: 'Gepubliceerd',
  rejected: 'Afgewezen',
  retracted: 'Ingetrokken',
};

/** Label of each step in an entry's history, as staff see every step in the console. */
export const entryActionLabels: Record<EntryAction, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  submit: 'Ingediend',
  publish: 'Gepubliceerd',
  reject: 'Afgewezen',
  retract: 'Ingetrokken',
  revise: 'Bijgewerkt door Loket',
};

/**
 * Label of each step in an entry's public history (its page for residents): the staff labels, with one
 * deliberate difference. A system revision reads "Bijgewerkt", as in the change feed (`exports/atom.ts`):
 * the public history never says who acted, and the revision follows the municipality's own settings.
 */
export const publicActionLabels: Record<PublicVersion['action'], string> = {
  publish: entryActionLabels.publish,
  revise: 'Bijgewerkt',
  retract: entryActionLabels.retract,
};

/** Label of each kind of technique. */
export const kindOfAiLabels: Record<KindOfAi, string> = {
  'rule-based': 'Regelgebaseerd',
  'machine-learning': 'Machinaal leren',
  'generative-ai': 'Generatieve AI',
  'natural-language-processing': 'Taalverwerking',
  'computer-vision': 'Beeldherkenning',
  speech: 'Spraaktechnologie',
  other: 'Andere',
};

/** Label of each role under the EU AI Act, in the terms of its Dutch text ("gebruiksverantwoordelijke" for deployer). */
export const aiActRoleLabels: Record<AiActRole, string> = {
  provider: 'Aanbieder',
  deployer: 'Gebruiksverantwoordelijke',
  'provider-and-deployer': 'Aanbieder en gebruiksverantwoordelijke',
  importer: 'Importeur',
  distributor: 'Distributeur',
  'not-applicable': 'Niet van toepassing',
  unknown: 'Onbekend',
};

/** Label of each risk class under the EU AI Act. */
export const aiActRiskClassLabels: Record<AiActRiskClass, string> = {
  prohibited: 'Verboden AI-praktijk',
  'high-risk': 'Hoog risico',
  'transparency-obligations': 'Transparantieverplichtingen',
  'minimal-risk': 'Minimaal risico',
  'not-an-ai-system': 'Geen AI-systeem',
  unknown: 'Onbekend',
};

/** Label of each Dutch publication category, as the Algoritmeregister names them. */
export const publicationCategoryLabels: Record<PublicationCategory, string> = {
  'high-risk-ai': 'Hoog-risico AI-systeem (categorie A)',
  impactful: 'Impactvol algoritme (categorie B)',
  other: 'Overig algoritme (categorie C)',
};

/** Label of each kind of impact assessment. */
export const impactAssessmentKindLabels: Record<ImpactAssessmentKind, string> = {
  dpia: 'Gegevensbeschermingseffectbeoordeling (DPIA)',
  iama: 'Impact Assessment Mensenrechten en Algoritmes (IAMA)',
  fraia: 'Fundamental Rights and Algorithms Impact Assessment (FRAIA)',
  aiia: 'AI-impactassessment (AIIA)',
  other: 'Andere beoordeling',
};

/** Label of each of the six Flemish principles for trustworthy AI in local government. */
export const flemishPrincipleLabels: Record<FlemishPrinciple, string> = {
  democraticValues: 'Democratische waarden',
  reliability: 'Betrouwbaarheid',
  humanFactor: 'De menselijke factor',
  aiAwareness: 'AI-bewustzijn',
  dataManagement: 'Databeheer',
  ecologicalAndHumanitarianImpact: 'Ecologische en humanitaire impact',
};

/** Answer to "are personal data processed?". */
export const personalDataProcessedLabels: Record<PersonalDataProcessed, string> = {
  yes: 'Ja',
  no: 'Nee',
  unknown: 'Onbekend',
};

/** Whether another organisation can reuse the system. */
export const reusabilityLabels: Record<Reusability, string> = {
  yes: 'Herbruikbaar',
  partly: 'Gedeeltelijk herbruikbaar',
  no: 'Niet herbruikbaar',
  unknown: 'Onbekend',
};

/** Label of each top-level field, for "what changed" in the public history and the change feed. */
export const entryFieldLabels: Record<keyof RegisterEntry, string> = {
  name: 'Naam',
  shortDescription: 'Korte beschrijving',
  leadOrganisation: 'Verantwoordelijke organisatie',
  partnerOrganisations: 'Partnerorganisaties',
  department: 'Afdeling',
  programme: 'Programma',
  themes: "Thema's",
  purposeAndImpact: 'Doel en impact',
  considerations: 'Afwegingen',
  howItWorks: 'Werking',
  kindsOfAi: 'Soort AI',
  status: 'Status',
  timeline: 'Tijdlijn',
  supplier: 'Leverancier',
  sourceCodeLink: 'Broncode',
  data: 'Gegevens',
  personalData: 'Persoonsgegevens',
  legalBasis: 'Wettelijke basis',
  humanOversight: 'Menselijke tussenkomst',
  riskManagement: 'Risicobeheer',
  risks: "Risico's",
  aiAct: 'AI-verordening',
  publicationCategory: 'Publicatiecategorie',
  principles: 'Vlaamse AI-principes',
  impactAssessments: 'Impactbeoordelingen',
  impactAssessmentNote: 'Toelichting bij de impactbeoordelingen',
  contact: 'Contact',
  compiledFrom: 'Samengesteld uit openbare bronnen',
  publicPage: 'Webpagina',
  sourceRegistration: 'Oorspronkelijke registratie',
  objectionRoute: 'Bezwaar en klachten',
  revisionDate: 'Datum van herziening',
  lessonsLearned: 'Geleerde lessen',
  reusability: 'Herbruikbaarheid',
  searchTerms: 'Zoektermen',
  sourceId: 'Kenmerk bij de bron',
};

/** The Dutch label of a top-level field; an unknown name (an older stored field) is shown as it is. */
export function entryFieldLabel(field: string): string {
  return (entryFieldLabels as Record<string, string>)[field] ?? field;
}
