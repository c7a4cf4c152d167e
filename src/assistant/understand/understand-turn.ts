// Reads one resident message: what kind of question it is, which fractions, street, aspects and
// days it names, and whether it continues the previous topic.
import type { StreetMatch } from '../../knowledge/index.js';
import { findStreetInText } from '../../knowledge/index.js';
import { normalizeText, stemDutch, toQueryTerms, type AnalyzedTerm, type QueryTerm } from '../../retrieval/index.js';
import { ASPECT_WORDS, TIME_WORDS } from './aspect-lexicon.js';
import type { TenantKnowledge } from '../tenant-knowledge.js';
import { resolveWhen, type When } from '../when/index.js';
import { detectAspects, type Aspect } from './detect-aspects.js';
import { detectFractions } from './detect-fractions.js';
import {
  COLLECTION_PATTERNS, FOLLOW_UP_PATTERNS, HANDOFF_PATTERNS, HOURS_PATTERNS, INJECTION_PATTERNS,
  OUT_OF_SCOPE_PATTERNS, POINTING_PATTERNS, SMALL_TALK_PATTERNS, VISIT_PATTERNS, WHEN_PATTERNS,
} from './intent-lexicon.js';
import type { WasteFraction } from '../../knowledge/index.js';

/** Everything the router needs to know about one message. */
export interface Understanding {
  /** Normalised text (lowercase, no diacritics or punctuation). */
  text: string;
  analyzed: AnalyzedTerm[];
  terms: QueryTerm[];
  /** Only aspect, channel or time words: the message names no product of its own. */
  topicless: boolean;
  /** Content words of the message (positions of the resident's own words). */
  wordCount: number;
  aspects: Aspect[];
  fractions: WasteFraction[];
  street: StreetMatch | null;
  /** The message names waste fractions and nothing else ("pmd", "papier ophaling?"). */
  onlyFractions: boolean;
  /** The message is little more than a street name (the answer to "which street?"). */
  onlyStreet: boolean;
  /** The message names a day or time ("morgen", "zaterdag 2 januari", "om 17 uur"). */
  namesDay: boolean;
  /** The day(s) named, resolved once for the whole turn (null when none). */
  day: When | When[] | null;
  injection: boolean;
  handoff: boolean;
  smallTalk: 'greeting' | 'thanks' | null;
  outOfScope: boolean;
  hours: boolean;
  visit: boolean;
  when: boolean;
  collection: boolean;
  followUp: boolean;
  /** Words that point back to the previous topic ("dat", "daar"). */
  pointsBack: boolean;
}

// Nouns that name the collection itself, so "pmd ophaling" is still only a fraction.
const CALENDAR_NOUNS = new Set(['ophaling', 'ophaaldag', 'ophaaldagen', 'afvalkalender', 'ophaalkalender', 'kalender']);
const ASPECT_STEMS = new Set(ASPECT_WORDS.map(stemDutch));
const TIME_STEMS = new Set(TIME_WORDS.map(stemDutch));

// A word whose compound parts all say when ("donderdagavond") says when as a whole.
function timePositions(terms: readonly AnalyzedTerm[]): Set<number> {
  const byPosition = new Map<number, AnalyzedTerm[]>();
  for (const t of terms) byPosition.set(t.position, [...(byPosition.get(t.position) ?? []), t]);
  const positions = new Set<number>();
  for (const [position, list] of byPosition) {
    const text = list.find((t) => t.source === 'text');
    const parts = list.filter((t) => t.source === 'compound');
    if ((text && TIME_STEMS.has(text.stem)) || (parts.length > 0 && parts.every((p) => TIME_STEMS.has(p.stem)))) positions.add(position);
  }
  return positions;
}

const any = (patterns: readonly RegExp[], text: string) => patterns.some((p) => p.test(text));

/** Understands `message` (already free of personal data) for `knowledge`'s municipality at `now`. */
export function understandTurn(knowledge: TenantKnowledge, message: string, now: Date): Understanding {
  const text = normalizeText(message).replace(/\s+/g, ' ').trim();
  const all = knowledge.products.analyzer.analyzeQuery(message);
  const timeWords = timePositions(all);
  const topical = all.filter((t) => !ASPECT_STEMS.has(t.stem) && !timeWords.has(t.position));
  // A question made only of aspect words ("wat kost dat?") keeps them: they are all there is.
  const topicless = !topical.some((t) => t.source === 'text');
  const analyzed = topicless ? all : topical;
  const positions = new Set(analyzed.filter((t) => t.source === 'text').map((t) => t.position));
  const small = SMALL_TALK_PATTERNS.findIndex((p) => p.test(text));
  const street = findStreetInText(knowledge.wasteStreets, message);
  const day = resolveWhen(message, now);
  const streetWords = new Set(street ? normalizeText(street.street.street).split(/\s+/) : []);
  const nonFractionWords = analyzed.filter(
    (t) => t.source === 'text' && detectFractions(t.surface).length === 0 && !CALENDAR_NOUNS.has(t.surface),
  );
  const otherWords = analyzed.filter((t) => t.source === 'text' && !streetWords.has(t.surface) && !/^\d+\w?$/.test(t.surface));
  return {
    text,
    analyzed,
    terms: toQueryTerms(analyzed),
    topicless,
    wordCount: positions.size,
    aspects: detectAspects(text),
    fractions: detectFractions(text),
    street,
    onlyFractions: nonFractionWords.length === 0,
    onlyStreet: street !== null && otherWords.length <= 1,
    namesDay: day !== null,
    day,
    injection: any(INJECTION_PATTERNS, text),
    handoff: any(HANDOFF_PATTERNS, text),
    smallTalk: small === 0 ? 'greeting' : small === 1 ? 'thanks' : null,
    outOfScope: any(OUT_OF_SCOPE_PATTERNS, text),
    hours: any(HOURS_PATTERNS, text),
    visit: any(VISIT_PATTERNS, text),
    when: any(WHEN_PATTERNS, text),
    collection: any(COLLECTION_PATTERNS, text),
    followUp: any(FOLLOW_UP_PATTERNS, text),
    pointsBack: any(POINTING_PATTERNS, text),
  };
}
