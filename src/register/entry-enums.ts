// Names for the enumerated value types of a register entry, derived from the schema's lists.
import type {
  aiActRiskClasses,
  aiActRoles,
  flemishPrinciples,
  impactAssessmentKinds,
  kindsOfAi,
  programmes,
  publicationCategories,
  systemStatuses,
} from './entry-schema.js';
import type { RegisterEntry } from './entry-schema.js';

/** Where the project came from (`programmes`). */
export type Programme = (typeof programmes)[number];
/** The system's life cycle (`systemStatuses`). */
export type SystemStatus = (typeof systemStatuses)[number];
/** A kind of technique (`kindsOfAi`). */
export type KindOfAi = (typeof kindsOfAi)[number];
/** The organisation's role under the EU AI Act (`aiActRoles`). */
export type AiActRole = (typeof aiActRoles)[number];
/** Risk class under the EU AI Act (`aiActRiskClasses`). */
export type AiActRiskClass = (typeof aiActRiskClasses)[number];
/** Dutch publication category A, B or C (`publicationCategories`). */
export type PublicationCategory = (typeof publicationCategories)[number];
/** A kind of impact assessment (`impactAssessmentKinds`). */
export type ImpactAssessmentKind = (typeof impactAssessmentKinds)[number];
/** One of the six Flemish principles, as an object key of `principles` (`flemishPrinciples`). */
export type FlemishPrinciple = (typeof flemishPrinciples)[number];
/** Whether the system processes personal data. */
export type PersonalDataProcessed = RegisterEntry['personalData']['processed'];
/** Whether another organisation can reuse the system. */
export type Reusability = RegisterEntry['reusability']['reusable'];
