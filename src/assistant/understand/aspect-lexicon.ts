// Words that say which part of a product description a resident asks about, as data.

/** The parts of a product a question can be about. */
export type Aspect = 'cost' | 'requirements' | 'procedure' | 'where' | 'duration' | 'eligibility' | 'appointment';

export const ASPECT_PATTERNS: ReadonlyArray<{ aspect: Aspect; pattern: RegExp }> = [
  { aspect: 'cost', pattern: /\b(kost|kosten|kostprijs|kostte|prijs|prijzen|betalen|betaal|betaalt|betalend|gratis|tarief|tarieven|retributie|hoeveel is|hoeveel bedraagt|euro|how much|cost|costs|price|fee|fees|pay|free of charge)\b/ },
  { aspect: 'requirements', pattern: /\b(meebrengen|meenemen|mee brengen|mee nemen|nodig|voorwaarden|documenten|papieren|bewijsstukken|bring|need|required|requirements)\b/ },
  { aspect: 'procedure', pattern: /\b(hoe (vraag|dien|doe|krijg|kom|regel|geef|maak|word|kan|moet)|aanvragen|aanvraag|wat moet ik|stappen|procedure|how do|how can|how to|apply)\b/ },
  { aspect: 'where', pattern: /\b(waar|waar kan|waar moet|adres|where)\b/ },
  { aspect: 'duration', pattern: /\b(hoelang|hoe lang|duurt|klaar|levertermijn|wachttijd|how long)\b/ },
  { aspect: 'eligibility', pattern: /\b(wie mag|wie kan|mag ik|kan ik|recht op|who can|am i allowed|eligible)\b/ },
  { aspect: 'appointment', pattern: /\b(afspraak|afspraken|binnenspringen|binnenlopen|zonder afspraak|appointment)\b/ },
];

/**
 * Words that say what is asked about a product, not which product: they are left out of the
 * product search, where they would favour descriptions with the most prices or steps.
 */
export const ASPECT_WORDS: readonly string[] = [
  'kost', 'kosten', 'kostprijs', 'prijs', 'prijzen', 'betalen', 'betaal', 'betaalt', 'betalend', 'gratis',
  'tarief', 'tarieven', 'retributie', 'euro', 'bedrag', 'bedraagt',
  'meebrengen', 'meenemen', 'nodig', 'voorwaarden', 'documenten', 'papieren',
  'procedure', 'stappen', 'hoelang', 'duurt', 'klaar',
  // "A new one" and the channel (counter, online) say how, not what.
  'nieuw', 'nieuwe',
  'loket', 'online', 'digitaal', 'internet', 'website', 'langskomen',
  'cost', 'costs', 'price', 'fee', 'pay', 'need',
];

/** Words for days and parts of days: they say when, not what, so they are no product words either. */
export const TIME_WORDS: readonly string[] = [
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'weekend', 'week',
  'vandaag', 'morgen', 'overmorgen', 'gisteren', 'vanavond', 'vanmiddag', 'vanochtend', 'vanmorgen', 'nu',
  'ochtend', 'voormiddag', 'middag', 'namiddag', 'avond', 'nacht', 'uur',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'tonight', 'evening', 'morning',
];
