// One turn of conversation: understand the message, route it (product, opening hours, waste,
// person, small talk, out of scope) and compose a grounded reply; remember the topic.
import type { QueryTerm } from '../retrieval/index.js';
import type { ConversationContext } from './conversation-context.js';
import type { Reply } from './reply.js';
import { fallbackReply, chooseProductReply, smallTalkReply } from './reply/simple-replies.js';
import { handoffReply } from './reply/handoff-reply.js';
import { hoursReply } from './reply/hours-reply.js';
import { productReply } from './reply/product-reply.js';
import { askStreetReply, wasteReply } from './reply/waste-reply.js';
import type { TenantKnowledge } from './tenant-knowledge.js';
import { findLocation } from './understand/find-location.js';
import { productConfidence } from './understand/product-confidence.js';
import { understandTurn, type Understanding } from './understand/understand-turn.js';

/** Below this coverage of the question's words, the assistant says it does not know. */
export const MIN_PRODUCT_CONFIDENCE = 0.43;
/** A question this clear starts a new topic even when it looks like a follow-up. */
const STRONG_CONFIDENCE = 0.6;
/** A one- or two-word question whose runner-up scores this close to the best is ambiguous. */
const AMBIGUOUS_RATIO = 0.85;
/** Options offered in a clarifying question: those scoring at least this share of the best, at most four. */
const OPTION_RATIO = 0.75;
/** Confidence of a follow-up answered from the previous product. */
const FOLLOW_UP_CONFIDENCE = 0.7;
/** The previous product's title words weigh this much in a short follow-up. */
const CONTEXT_WEIGHT = 0.6;

/** What one turn produced: the reply, the context for the next turn, and how it was routed. */
export interface TurnResult {
  reply: Reply;
  context: ConversationContext;
  route: 'product' | 'hours' | 'waste' | 'handoff' | 'small-talk' | 'fallback' | 'clarify';
}

function contextTerms(knowledge: TenantKnowledge, context: ConversationContext): QueryTerm[] {
  const title = context.productId ? (knowledge.concepts.get(context.productId)?.title ?? '') : '';
  return knowledge.products.analyzer.analyzeDocument(title).map((stem) => ({ stem, weight: CONTEXT_WEIGHT }));
}

function productLocation(knowledge: TenantKnowledge, productId: string | undefined): string | undefined {
  return productId ? (knowledge.instances.get(productId)?.locationId ?? undefined) : undefined;
}

function isWasteQuestion(u: Understanding, context: ConversationContext): boolean {
  if (u.fractions.length > 0) {
    if (u.aspects.includes('cost')) return false;
    // "pmd", "papier?": a bare fraction asks for its collection.
    // "laten ophalen" asks for the service; a day is asked with "wanneer", a street or the fraction alone.
    return u.when || u.street !== null || u.onlyFractions || (u.collection && u.namesDay);
  }
  if (!u.street) return false;
  // "wanneer komen ze de zakken ophalen in de Kerkstraat?": a collection day for a street, any fraction.
  if (u.collection && (u.when || u.namesDay)) return true;
  // A street on its own answers "which street?" or continues a waste conversation.
  return u.onlyStreet && (Boolean(context.pendingWaste) || context.lastRoute === 'waste' || u.wordCount <= 2);
}

function isHoursQuestion(u: Understanding, context: ConversationContext): boolean {
  if (u.aspects.includes('cost')) return false;
  if (u.hours) return true;
  if (u.visit && (u.namesDay || u.when)) return true;
  // "en morgen?" after an opening-hours answer.
  return context.lastRoute === 'hours' && u.followUp && u.namesDay && u.wordCount <= 3;
}

/**
 * Answers `message` (free of personal data) for the municipality of `knowledge` at `now`, given
 * the conversation so far. Pure: no I/O, the same input gives the same reply.
 */
export function answerTurn(knowledge: TenantKnowledge, message: string, now: Date, context: ConversationContext = {}): TurnResult {
  const u = understandTurn(knowledge, message, now);
  if (u.injection) return { reply: fallbackReply(knowledge), context: {}, route: 'fallback' };
  if (u.handoff) return { reply: handoffReply(knowledge, now), context, route: 'handoff' };
  if (u.smallTalk) return { reply: smallTalkReply(knowledge, u.smallTalk === 'thanks'), context, route: 'small-talk' };
  if (u.text === '') return { reply: smallTalkReply(knowledge, false), context, route: 'small-talk' };
  if (u.outOfScope) return { reply: fallbackReply(knowledge), context: {}, route: 'fallback' };

  if (isWasteQuestion(u, context)) {
    const fractions = u.fractions.length ? u.fractions : (context.pendingWaste?.fractions ?? []);
    const street = u.street?.street ?? knowledge.wasteStreets.find((s) => s.street === context.street);
    if (!street) {
      return { reply: askStreetReply(knowledge), context: { pendingWaste: { fractions }, lastRoute: 'waste' }, route: 'clarify' };
    }
    return {
      reply: wasteReply(knowledge, street, fractions, now),
      context: { lastRoute: 'waste', street: street.street },
      route: 'waste',
    };
  }

  const followUp = u.followUp || u.pointsBack || u.wordCount <= 3;
  const ownHits = knowledge.products.search(u.terms, 5);
  const ownConfidence = productConfidence(knowledge.products.index, u.analyzed, ownHits[0]);

  if (isHoursQuestion(u, context)) {
    // The place named, else the place of a product clearly named, else the place of the previous
    // topic ("tot hoe laat zijn jullie open?" after an eID answer), else the main counter.
    const locationId =
      findLocation(knowledge, u.terms) ??
      (ownConfidence >= STRONG_CONFIDENCE ? productLocation(knowledge, ownHits[0]?.id) : undefined) ??
      context.locationId ??
      productLocation(knowledge, context.productId) ??
      (ownConfidence >= MIN_PRODUCT_CONFIDENCE ? productLocation(knowledge, ownHits[0]?.id) : undefined) ??
      knowledge.mainLocationId;
    if (locationId) {
      return {
        reply: hoursReply(knowledge, locationId, u.day, now, u.when && !u.namesDay),
        context: { locationId, lastRoute: 'hours' },
        route: 'hours',
      };
    }
  }

  let hits = ownHits;
  let confidence = ownConfidence;
  const options = context.clarifyOptions ?? [];
  const chosen = ownHits.filter((h) => options.includes(h.id));
  if (chosen[0]) {
    // The answer to "which one did you mean?": the best of the options offered.
    return {
      reply: productReply(knowledge, chosen[0].id, u.aspects, Math.max(MIN_PRODUCT_CONFIDENCE, ownConfidence)),
      context: { productId: chosen[0].id, locationId: productLocation(knowledge, chosen[0].id), lastRoute: 'product' },
      route: 'product',
    };
  }
  const [first, second] = ownHits;
  const namedAlone = (first?.named ?? 0) > (second?.named ?? 0);
  if (first && second && !namedAlone && u.wordCount <= 2 && !context.productId && second.score >= AMBIGUOUS_RATIO * first.score && ownConfidence >= MIN_PRODUCT_CONFIDENCE) {
    // "vergunning", "premie": several products fit equally well and none is named by its
    // official search term; ask which one.
    const ids = ownHits.filter((h) => h.score >= OPTION_RATIO * first.score).slice(0, 4).map((h) => h.id);
    return { reply: chooseProductReply(knowledge, ids, ownConfidence), context: { clarifyOptions: ids, lastRoute: 'other' }, route: 'clarify' };
  }
  if (followUp && context.productId && (u.topicless || (u.pointsBack && ownConfidence < STRONG_CONFIDENCE))) {
    // "en hoeveel kost dat?", "kan dat ook online?": the product of the previous answer.
    hits = [{ id: context.productId, score: 0, matched: [] }];
    confidence = FOLLOW_UP_CONFIDENCE;
  } else if (followUp && !context.productId && context.locationId && u.pointsBack) {
    // "wat kost grofvuil daar?" after the hours of a place: a product offered at that place.
    const there = ownHits.filter((h) => knowledge.instances.get(h.id)?.locationId === context.locationId);
    if (there[0]) {
      hits = there;
      confidence = Math.max(MIN_PRODUCT_CONFIDENCE, productConfidence(knowledge.products.index, u.analyzed, there[0]));
    }
  } else if (followUp && context.productId && ownConfidence < STRONG_CONFIDENCE) {
    // A short question without a clear topic of its own continues the previous one.
    const withContext = knowledge.products.search([...u.terms, ...contextTerms(knowledge, context)], 5);
    const top = withContext[0];
    if (top) {
      hits = withContext;
      confidence = Math.max(ownConfidence, top.id === context.productId ? FOLLOW_UP_CONFIDENCE : productConfidence(knowledge.products.index, u.analyzed, top));
    }
  }
  const best = hits[0];
  if (!best || confidence < MIN_PRODUCT_CONFIDENCE) {
    return { reply: fallbackReply(knowledge, confidence), context: {}, route: 'fallback' };
  }
  return {
    reply: productReply(knowledge, best.id, u.aspects, Math.min(1, confidence)),
    context: { productId: best.id, locationId: productLocation(knowledge, best.id), lastRoute: 'product' },
    route: 'product',
  };
}

