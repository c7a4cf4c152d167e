// The content model of one deployment: regional concepts shared by all municipalities and, per
// municipality (tenant), its local instances, service locations, closures and waste calendar.

/** Day keys used by weekly opening hours, Monday first (Belgian week). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A time range on one day, 24-hour clock, "HH:MM" each, start < end. */
export interface TimeRange {
  start: string;
  end: string;
}

/** IPDC sections of a concept, in the order they appear in the source. */
export const CONCEPT_SECTIONS = [
  'Beschrijving',
  'Voorwaarden',
  'Procedure',
  'Kosten',
  'Uitzonderingen',
  'Meer informatie',
] as const;
export type ConceptSection = (typeof CONCEPT_SECTIONS)[number];

/** A regional product description (IPDC "concept"), the same text for every municipality. */
export interface Concept {
  id: string;
  title: string;
  theme: string;
  keywords: string[];
  /** Markdown body per section; only sections present in the source. */
  sections: Partial<Record<ConceptSection, string>>;
  /** The import source that wrote it (absent: a content pack); see `applyImportedContent`. */
  origin?: string;
  /** The original page (the catalogue's product page, a municipal web page), shown as the answer's source. */
  sourceUrl?: string;
  /** Other language variants as found in the catalogue (en, fr, de, nl-BE-x-informal, …). */
  translations?: Record<string, { title: string; sections: Partial<Record<ConceptSection, string>> }>;
}

/** Whether a resident needs an appointment for a product at this municipality. */
export type AppointmentPolicy = 'required' | 'optional' | 'none';

/** What a municipality adds to a concept (IPDC "instance"), or its note that it does not offer it. */
export interface Instance {
  conceptId: string;
  offered: boolean;
  locationId: string | null;
  appointment: AppointmentPolicy;
  cost: string | null;
  localText: string | null;
  note: string | null;
  /** The import source that wrote it (absent: a content pack or an edit in the console). */
  origin?: string;
  /** The municipality's own page for this product, shown as the answer's source. */
  sourceUrl?: string;
}

/** A service point (counter, recycling park, library) with its weekly hours. */
export interface Location {
  id: string;
  name: string;
  address: string | null;
  /** Freely accessible hours per weekday. */
  hours: Record<Weekday, TimeRange[]>;
  /** Slots open only with an appointment, per weekday. */
  appointmentOnly: Record<Weekday, TimeRange[]>;
}

/** A day on which some or all locations are closed. `locations` holds ids, or "*" for all. */
export interface Closure {
  date: string;
  reason: string;
  locations: string[];
}

/** Fractions of the Flemish door-to-door waste collection. */
export const WASTE_FRACTIONS = ['restafval', 'gft', 'pmd', 'papier-karton', 'glas', 'grofvuil'] as const;
export type WasteFraction = (typeof WASTE_FRACTIONS)[number];

export interface WasteStreet {
  street: string;
  zone: string;
}

export interface WasteCollection {
  date: string;
  zone: string;
  fraction: WasteFraction;
}

/** How a municipality addresses residents: formal "u" or informal "je". */
export type AddressStyle = 'u' | 'je';

/** A municipality (or other local government) served by this deployment. */
export interface Tenant {
  id: string;
  name: string;
  kind: string;
  style: AddressStyle;
  website: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
}

/** Everything one municipality file (plus its waste files) describes. */
export interface TenantContent {
  tenant: Tenant;
  locations: Location[];
  closures: Closure[];
  instances: Instance[];
  wasteStreets: WasteStreet[];
  wasteCalendar: WasteCollection[];
}

/** A content pack: regional concepts plus any number of municipalities. */
export interface ContentPack {
  concepts: Concept[];
  tenants: TenantContent[];
}
