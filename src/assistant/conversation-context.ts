// What the assistant remembers between turns of one conversation, so follow-ups make sense.
import type { WasteFraction } from '../knowledge/index.js';

/** The topic of the previous reply and anything the assistant asked for. */
export interface ConversationContext {
  /** The product the last answer was about. */
  productId?: string;
  /** The location the last opening-hours answer (or product) was about. */
  locationId?: string;
  /** What the last reply was. */
  lastRoute?: 'product' | 'hours' | 'waste' | 'other';
  /** Set when the assistant asked for a street to answer a waste question. */
  pendingWaste?: { fractions: WasteFraction[] };
  /** Street the resident gave before (waste follow-ups like "en glas?"). */
  street?: string;
  /** The products offered when the assistant asked which one was meant. */
  clarifyOptions?: string[];
}
