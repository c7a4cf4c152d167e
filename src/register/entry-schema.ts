// The AI register entry: a superset of the Dutch Algoritmeregister standard 1.0, with the Flemish additions.
import { z } from 'zod';

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 is rejected). */
export const isoDateSchema = z.string().refine(isRealIsoDate, {
  message: 'must be a real date written YYYY-MM-DD',
});

/**
 * A date as precise as it is known: YYYY, YYYY-MM or a real YYYY-MM-DD. Published timing is often
 * only a month ("live since October 2023"); inventing a day would state more than is known.
 * Partial dates sort correctly as strings.
 */
export const partialDateSchema = z.string().refine((value) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(value) || isRealIsoDate(value), {
  message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
});

function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const requiredText = (max: number) => text(max).min(1, 'is required');
const url = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** Where the project came from; `own` is a municipality's own initiative. */
export const programmes = ['gzg-call', 'city-of-things', 'lokaal-digitaal', 'own'] as const;
/** Life cycle of the system itself (not of the register entry's review workflow). */
export const systemStatuses = ['idea', 'planned', 'pilot', 'in-use', 'retired'] as const;
/** Kinds of technique; an entry may combine several (an assistant is generative and language processing). */
export const kindsOfAi = [
  'rule-based',
  'machine-learning',
  'generative-ai',
  'natural-language-processing',
  'computer-vision',
  'speech',
  'other',
] as const;
/** The organisation's role under the EU AI Act (Art. 3). */
export const aiActRoles = ['provider', 'deployer', 'provider-and-deployer', 'importer', 'distributor', 'not-applicable', 'unknown'] as const;
/** Risk class under the EU AI Act, as reached with the Dutch AI Act decision tree. */
export const aiActRiskClasses = ['prohibited', 'high-risk', 'transparency-obligations', 'minimal-risk', 'not-an-ai-system', 'unknown'] as const;
/** Dutch publication category (Algoritmeregister handreiking): A, B or C. */
export const publicationCategories = ['high-risk-ai', 'impactful', 'other'] as const;
export const impactAssessmentKinds = ['dpia', 'iama', 'fraia', 'aiia', 'other'] as const;
/** The six Flemish principles for trustworthy AI in local government, as object keys. */
export const flemishPrinciples = [
  'democraticValues',
  'reliability',
  'humanFactor',
  'aiAwareness',
  'dataManagement',
  'ecologicalAndHumanitarianImpact',
] as const;

const organisationSchema = z.object({
  name: requiredText(99),
  /** KBO/NIS or TOOI code where known, so exports carry stable organisation codes. */
  code: text(50).optional(),
});

const linkSchema = z.object({ title: requiredText(499), link: url.optional() });

const principleAssessmentSchema = z.object({
  measures: requiredText(2499),
  selfScore: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  explanation: requiredText(2499),
});

const contactSchema = requiredText(254).refine(
  // An empty value already failed `min(1)`; one message per fault is enough.
  (value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) || /^https:\/\/\S+$/.test(value),
  { message: 'must be an e-mail address or an https:// URL' },
);

const timelineSchema = z
  .object({
    ideaOn: partialDateSchema.optional(),
    plannedStart: partialDateSchema.optional(),
    pilotStart: partialDateSchema.optional(),
    inUseSince: partialDateSchema.optional(),
    retiredOn: partialDateSchema.optional(),
  })
  // Compared on the shared precision: 2023-10 is not after 2023-10-15.
  .refine((t) => !t.inUseSince || !t.retiredOn || t.inUseSince.slice(0, t.retiredOn.length) <= t.retiredOn, {
    message: 'must not be before inUseSince',
    path: ['retiredOn'],
  });

/**
 * One AI register entry as stored and validated. Parse input with `registerEntrySchema.safeParse`;
 * errors carry the field path and a message per field. Lists default to empty, `programme` to `own`,
 * EU AI Act role and risk class to `unknown`.
 */
export const registerEntrySchema = z
  .object({
    name: requiredText(99),
    shortDescription: requiredText(399),
    leadOrganisation: organisationSchema,
    partnerOrganisations: z.array(organisationSchema).default([]),
    department: text(199).optional(),
    programme: z.enum(programmes, { message: `must be one of ${programmes.join(', ')}` }).default('own'),
    themes: z.array(requiredText(99)).default([]),
    purposeAndImpact: requiredText(2499),
    considerations: text(2499).optional(),
    howItWorks: requiredText(4999),
    kindsOfAi: z.array(z.enum(kindsOfAi, { message: `must be one of ${kindsOfAi.join(', ')}` })).default([]),
    status: z.enum(systemStatuses, { message: `must be one of ${systemStatuses.join(', ')}` }),
    timeline: timelineSchema.default({}),
    supplier: text(199).optional(),
    sourceCodeLink: url.optional(),
    data: z.object({ description: text(2499).optional(), sources: z.array(linkSchema).default([]) }).default({ sources: [] }),
    personalData: z
      .object({
        processed: z.enum(['yes', 'no', 'unknown'], { message: 'must be yes, no or unknown' }).default('unknown'),
        description: text(2499).optional(),
        processingRegisterLink: url.optional(),
      })
      .default({ processed: 'unknown' }),
    legalBasis: z.object({ description: text(2499).optional(), references: z.array(linkSchema).default([]) }).default({ references: [] }),
    /** Required, except in an entry compiled from public sources that do not say it (see `compiledFrom`). */
    humanOversight: requiredText(2499).optional(),
    riskManagement: text(2499).optional(),
    risks: z.array(z.object({ risk: requiredText(999), mitigation: requiredText(999) })).default([]),
    aiAct: z
      .object({
        role: z.enum(aiActRoles, { message: `must be one of ${aiActRoles.join(', ')}` }).default('unknown'),
        riskClass: z.enum(aiActRiskClasses, { message: `must be one of ${aiActRiskClasses.join(', ')}` }).default('unknown'),
      })
      .default({ role: 'unknown', riskClass: 'unknown' }),
    publicationCategory: z.enum(publicationCategories, { message: `must be one of ${publicationCategories.join(', ')}` }).optional(),
    principles: z.partialRecord(z.enum(flemishPrinciples), principleAssessmentSchema).default({}),
    impactAssessments: z
      .array(z.object({ kind: z.enum(impactAssessmentKinds), title: requiredText(499), link: url.optional() }))
      .default([]),
    impactAssessmentNote: text(2499).optional(),
    /** Required, except in an entry compiled from public sources that do not say it (see `compiledFrom`). */
    contact: contactSchema.optional(),
    /**
     * Set when the register's editors compiled the entry from public sources, not the organisation
     * itself: only the published facts are filled in, unknown fields stay empty, and pages say so.
     */
    compiledFrom: z
      .object({ sources: z.array(url).min(1, 'must list at least one public source'), note: text(999).optional() })
      .optional(),
    publicPage: url.optional(),
    sourceRegistration: url.optional(),
    objectionRoute: text(2499).optional(),
    revisionDate: isoDateSchema.optional(),
    lessonsLearned: text(4999).optional(),
    reusability: z
      .object({ reusable: z.enum(['yes', 'partly', 'no', 'unknown']).default('unknown'), notes: text(2499).optional() })
      .default({ reusable: 'unknown' }),
    searchTerms: z.array(requiredText(99)).default([]),
    sourceId: text(200).optional(),
  })
  .refine((entry) => entry.status !== 'retired' || entry.timeline.retiredOn !== undefined, {
    message: 'is required when status is retired',
    path: ['timeline', 'retiredOn'],
  })
  // `when`: report these with the other fields' problems, not only once everything else is valid.
  .refine((entry) => entry.compiledFrom !== undefined || entry.humanOversight !== undefined, {
    message: 'is required',
    path: ['humanOversight'],
    when: whenObject,
  })
  .refine((entry) => entry.compiledFrom !== undefined || entry.contact !== undefined, {
    message: 'is required',
    path: ['contact'],
    when: whenObject,
  });

function whenObject(payload: { value: unknown }): boolean {
  return typeof payload.value === 'object' && payload.value !== null;
}

/** A validated register entry (defaults filled in). */
export type RegisterEntry = z.output<typeof registerEntrySchema>;
/** What a caller may hand to `registerEntrySchema` (defaults may be left out). */
export type RegisterEntryInput = z.input<typeof registerEntrySchema>;
