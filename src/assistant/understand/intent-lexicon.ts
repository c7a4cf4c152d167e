// Words and phrases that signal what a resident wants, as data. Patterns run on normalised text
// (lowercase, no diacritics, punctuation as spaces). They are general Dutch, Flemish and English
// usage, never phrases of particular questions.

/** Asking for a person. */
export const HANDOFF_PATTERNS: readonly RegExp[] = [
  /\b(een |de )?(medewerker|medewerkster|personeelslid|ambtenaar|baliebediende)\b/,
  /\b(iemand|persoon|mens) (spreken|aan de lijn|aan de telefoon)\b/,
  /\bmet iemand\b.*\b(spreken|praten|bellen)\b/,
  /\b(echte|echt|levende) (mens|persoon)\b/,
  /\bmet een (mens|persoon)\b/,
  /\b(niet|geen) (met een |tegen een )?(robot|bot|chatbot|computer)\b/,
  /\bdoorverbinden\b|\bterugbellen\b|\bbel mij\b/,
  /\b(real|actual|live) (person|human|agent)\b/,
  /\b(talk|speak|chat) (to|with) (a |an |someone|somebody|a real )?(human|person|someone|somebody|agent|staff)\b/,
  /\bhuman agent\b|\bcustomer service\b/,
];

/** Attempts to make the assistant leave its task (prompt injection, jailbreaks). */
export const INJECTION_PATTERNS: readonly RegExp[] = [
  /\b(negeer|vergeet|omzeil)\b.*\b(instructies|opdrachten|regels|prompt|richtlijnen)\b/,
  /\bignore\b.*\b(instructions|rules|prompt|guidelines)\b/,
  /\bdisregard\b.*\b(instructions|rules|above)\b/,
  /\b(system ?prompt|systeem ?prompt|initial prompt|hidden prompt)\b/,
  /\b(jailbreak|dan mode|developer mode|ontwikkelaarsmodus)\b/,
  /\b(je bent nu|jij bent nu|you are now|from now on you|vanaf nu ben je)\b/,
  /\b(doe alsof|pretend (to be|you are)|act as|speel de rol)\b/,
  /\b(print|show|reveal|toon|geef)\b.*\b(your|je|jouw|uw) (prompt|instructies|instructions|configuratie)\b/,
  /\b(forget everything|vergeet alles|new task|nieuwe opdracht|nieuwe taak|general purpose chatbot|algemene chatbot)\b/,
  /\b(je hoeft je niet meer|you no longer have to|you don t have to follow)\b/,
  /\b(laten we een spel(letje)? spelen|let s play a game|role ?play|rollenspel|jij bent een|you are a (pirate|poet|hacker))\b/,
  /\b(sudo|admin override|debug ?(mode|true)|dump (your|je) (memory|geheugen)|god mode)\b/,
  // Asking for what the assistant runs on, or for other people's data.
  /\b(connection string|api key|credentials|broncode|source code|database|configuratie|configuration|volledige lijst van (je |jouw |de )?regels|full list of (your )?rules)\b/,
  /\b(wachtwoord|paswoord|password)s? (van|of)\b/,
  /\b(buurman|buurvrouw|buren|iemand anders|een andere inwoner|someone else|another resident|my neighbou?r)\b.*\b(adres|gegevens|vragen|vroeg|data|address|details|asked|questions)\b/,
  /\b(adres|gegevens|telefoonnummer|address|details|phone number) (van|of) (mijn |my )?(buurman|buurvrouw|buren|neighbou?r|iemand anders|someone else)\b/,
  // Promises the assistant cannot make ("bevestig dat ik het gratis krijg").
  /\b(beloof|beloven|garandeer|bevestig dat|promise me|guarantee|confirm that)\b/,
];

/** Questions outside a municipality's services: weather, sport, jokes, other governments' matters, politics. */
export const OUT_OF_SCOPE_PATTERNS: readonly RegExp[] = [
  /\b(weerbericht|weersverwachting|regenen|regent|sneeuwen|temperatuur|weather|forecast|rain)\b/,
  /\b(voetbal|match|wedstrijd|competitie|kvc|club brugge|anderlecht|football|soccer|score|speelt er)\b/,
  /\b(mop|mopje|grap|grapje|gedicht|liedje|verhaaltje|joke|poem|song|recept|recipe)\b/,
  /\b(pensioen|pensioenen|werkloos|werkloosheid\w*|rva|dopgeld|ziekenfonds|mutualiteit|tax on web|belastingaangifte|personenbelasting|pension|unemployment|income tax)\b/,
  /\b(burgemeester van|gemeenteraad van|schepen van|partij|partijen|meerderheid|oppositie|verkiezing\w*|stemmen op|politiek\w*|politic\w*|mayor of|election\w*)\b/,
  /\b(hoofdstad|capital of|wie is de (koning|premier)|who is the (king|president|prime minister))\b/,
  /\b(beleggen|aandelen|bitcoin|crypto|lotto|horoscoop)\b/,
];

/** Greetings and thanks that are the whole message. */
export const SMALL_TALK_PATTERNS: readonly RegExp[] = [
  /^(hallo|hoi|hey|hei|dag|goeiedag|goeiendag|goededag|goedemorgen|goeiemorgen|goedemiddag|goedenavond|bonjour|hello|hi|good morning)( daar| allemaal)?$/,
  /^(bedankt|merci|dank u|dank je|dankjewel|dankuwel|thanks|thank you|super|top|ok|oke|okay|prima|perfect)( wel| veel| vriendelijk| zeer)*( bedankt)?$/,
];

/** The resident asks whether or when a place is open. */
export const HOURS_PATTERNS: readonly RegExp[] = [
  /\b(open(?! lucht| air)|opent|geopend|gesloten|dicht|sluit|sluiten|openingsuren|openingsuur|openingstijden|opening hours|closed|closes)\b/,
  /\w*(opening|openingen)\b/,
];

/** Visiting a place: hours matter when a day or "wanneer" comes with it. */
export const VISIT_PATTERNS: readonly RegExp[] = [
  /\b(langskomen|langs komen|langsgaan|langs gaan|binnenlopen|binnen lopen|binnenspringen|binnen springen|passeren|terecht|visit|come by|drop by)\b/,
  /\b(naar|bij) (het|de) (gemeentehuis|stadhuis|loket|recyclagepark|containerpark|bib|bibliotheek|ocmw|sociaal huis)\b/,
];

/** "When" questions (for visits and waste collection). */
export const WHEN_PATTERNS: readonly RegExp[] = [
  /\b(wanneer|welke dag|welke dagen|hoe laat|tot hoe laat|vanaf hoe laat|volgende|eerstvolgende|deze week|when|what day|which day|next)\b/,
];

/** Collection of waste at home. */
export const COLLECTION_PATTERNS: readonly RegExp[] = [
  /\b(opgehaald|ophalen|ophaling|ophaaldag|ophaaldagen|afvalkalender|ophaalkalender|buitenzetten|buiten zetten|buitenleggen|buiten|geledigd|ledigen|komen ze|collected|collection|pick up|picked up|bin day)\b/,
];

/** A message that continues the previous topic: "en …", "and …". */
export const FOLLOW_UP_PATTERNS: readonly RegExp[] = [/^(en|and|ook|also|maar|of)\b/];

/** Words that point back to the previous topic ("kost dat", "kan ik daar", "is het daar"). */
export const POINTING_PATTERNS: readonly RegExp[] = [
  /\b(dat|daar|daarvoor|daarvan|daarmee|ervoor|ervan|die|dezelfde|it|that|there|this one)\b/,
];
