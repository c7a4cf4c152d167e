// Dutch and Flemish function words left out of the index, with the question words kept apart.

/**
 * Question words. They carry no topic, so the index drops them, but intent detection needs
 * them ("hoeveel" asks for a cost, "wanneer" for a date), hence analyzeDutch's
 * `keepQuestionWords` option. Every entry is also in DUTCH_STOPWORDS.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'hoe', 'hoeveel', 'hoelang', 'wanneer', 'waar', 'waarom', 'wat', 'wie', 'wiens', 'welk',
  'welke', 'waarvoor', 'waarmee', 'waarheen', 'vanwaar', 'waaraan', 'waarover', 'watte',
  'how', 'what', 'when', 'where', 'which', 'who', 'why',
]);

// Standard Dutch function words: articles, pronouns, auxiliaries, prepositions,
// conjunctions and fillers, already normalised (no diacritics).
const STANDARD = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'dat', 'die', 'dit', 'deze', 'der',
  'des', 'den', 'van', 'in', 'op', 'te', 'ten', 'ter', 'aan', 'met', 'voor', 'naar', 'om',
  'bij', 'tot', 'uit', 'over', 'door', 'onder', 'tegen', 'tussen', 'na', 'als', 'dan', 'of',
  'ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'mij', 'me', 'jou',
  'hem', 'haar', 'hen', 'hun', 'ons', 'onze', 'mijn', 'jouw', 'uw', 'zijn', 'zich', 'zelf',
  'er', 'hier', 'daar', 'daarna', 'daarom', 'ben', 'bent', 'is', 'was', 'waren',
  'geweest', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'gehad', 'word', 'wordt',
  'worden', 'werd', 'werden', 'geworden', 'zal', 'zult', 'zullen', 'zou', 'zouden', 'kan',
  'kun', 'kunt', 'kunnen', 'kon', 'konden', 'mag', 'mogen', 'moet', 'moeten', 'wil', 'wilt',
  'willen', 'wou', 'doe', 'doet', 'doen', 'niet', 'geen', 'wel', 'ook', 'nog', 'al', 'toch', 'alleen', 'enkel',
  'eens', 'nu', 'zo', 'zoals', 'heel', 'erg', 'veel', 'weinig', 'meer', 'iets', 'niets',
  'iemand', 'niemand', 'alles', 'elk', 'elke', 'ieder', 'iedere', 'men', 'reeds', 'toen',
  'omdat', 'hoewel', 'terwijl', 'indien', 'tenzij', 'zonder', 'alsof', 'dus', 'even', 'graag',
  'aub', 'alstublieft', 'alsjeblieft', 'dank', 'bedankt', 'ja', 'nee', 'neen', 'ok',
  'hallo', 'goeiedag', 'goeiendag', 'goedendag', 'goedemorgen', 'goeiemorgen', 'hey', 'hoi',
  'mvg', 'groeten',
];

// Flemish colloquial function words as residents type them ("kik", "ge", "gij", "zijde",
// "da", "wa", "ne(n)", "ulder"); kept separate so their origin stays visible.
const FLEMISH = [
  'ne', 'nen', 'da', 'wa', 'wadde', 'kik', 'ekik', 'ge', 'gij', 'zijde', 'hebde', 'kunde',
  'moogde', 'moede', 'zedde', 'hedde', 'gulle', 'gullie', 'ulder', 'ulle', 'ni', 'nie',
  'mijne', 'mijnen', 'uwe', 'uwen', 'zijne', 'zijnen', 'ons', 'onzen', 'hunne', 'efkes',
  'ewa', 'allez', 'alee', 'amai', 'awel', 'se', 'zeker', 'ier', 'k', 't', 's', 'kzou', 'kheb',
  'kwil', 'kben', 'kmoet', 'kan', 'dagge', 'of', 'enne', 'euh', 'uh', 'he',
];

// Pronominal adverbs ("erop", "daarvoor", "hiermee"): function words that also look like
// compound parts, so listing them keeps the splitter from using them.
const PRONOMINAL_ADVERBS = ['er', 'hier', 'daar'].flatMap((head) =>
  ['aan', 'af', 'bij', 'door', 'in', 'mee', 'na', 'naar', 'om', 'onder', 'op', 'over', 'tegen', 'toe', 'uit', 'van', 'voor'].map(
    (particle) => head + particle,
  ),
);

// English function words, so English questions route on their content words alone. Words
// that are also Dutch content words are left out.
const ENGLISH = [
  'the', 'a', 'an', 'and', 'or', 'to', 'of', 'for', 'at', 'on', 'with', 'from', 'into', 'by',
  'i', 'im', 'my', 'you', 'your', 'it', 'its', 'this', 'that', 'there', 'be', 'are', 'am',
  'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'have', 'has', 'need',
  'want', 'please', 'much', 'many', 'off', 'about', 'our', 'their', 'they', 'she', 'his',
  'her', 'get', 'if', 'any', 'some',
];

/**
 * Words analyzeDutch drops by default: standard Dutch function words, Flemish colloquial
 * ones, English function words and QUESTION_WORDS. Entries are normalised (lowercase ASCII) and compared against
 * normalised surface words, before stemming.
 */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  ...STANDARD,
  ...FLEMISH,
  ...PRONOMINAL_ADVERBS,
  ...ENGLISH,
  ...QUESTION_WORDS,
]);
