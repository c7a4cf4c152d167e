// Words for the waste fractions of the Flemish door-to-door collection, as data. Order matters:
// "grof huisvuil" must be read as grofvuil before "huisvuil" is read as restafval.
import type { WasteFraction } from '../../knowledge/index.js';

export const FRACTION_PATTERNS: ReadonlyArray<{ fraction: WasteFraction; pattern: RegExp }> = [
  { fraction: 'grofvuil', pattern: /\b(grofvuil\w*|grof (huis)?vuil|grof afval|bulky waste)\b/ },
  { fraction: 'restafval', pattern: /\b(restafval|rest afval|huisvuil\w*|grijze (zak|zakken|container|ton|bak)|vuilniszak\w*|vuilzak\w*|vuilnis|residual waste|general waste|household waste)\b/ },
  { fraction: 'gft', pattern: /\b(gft\w*|groente fruit( en)? tuinafval|groene (container|bak)|organic waste|garden waste)\b/ },
  { fraction: 'pmd', pattern: /\b(pmd\w*|blauwe (zak|zakken)|plastic waste)\b/ },
  { fraction: 'papier-karton', pattern: /\b(papier\w*|karton\w*|oud papier|paper|cardboard)\b/ },
  { fraction: 'glas', pattern: /\b(glas|glasophaling|glazen flessen|glass)\b/ },
];
