// How replies name a waste fraction in Dutch.

import type { WasteFraction } from '../content-types.js';

const NAMES: Record<WasteFraction, string> = {
  restafval: 'restafval',
  gft: 'gft',
  pmd: 'pmd',
  'papier-karton': 'papier en karton',
  glas: 'glas',
  grofvuil: 'grofvuil',
};

/** The Dutch display name of a fraction: 'papier-karton' → "papier en karton". */
export function fractionName(fraction: WasteFraction): string {
  return NAMES[fraction];
}
