// Rewrites formal Dutch ("u", "uw") as informal ("je"), for regional texts shown by a
// municipality that addresses residents with "je". Regional concepts are written with "u".

// Verbs whose stem itself ends in t keep it when "je" follows ("moet je", "weet je").
const STEM_ENDS_IN_T = new Set([
  'moet', 'weet', 'laat', 'zet', 'eet', 'wacht', 'praat', 'start', 'meet', 'zit', 'haat', 'bijt', 'vecht', 'verwacht',
  'plaatst', 'opstart',
]);
// Irregular second-person forms before "je".
const INVERTED: Record<string, string> = { kunt: 'kun', zult: 'zul', wilt: 'wil', bent: 'ben', hebt: 'heb', wordt: 'word', gaat: 'ga', doet: 'doe', staat: 'sta', komt: 'kom', ziet: 'zie' };

function matchCase(source: string, target: string): string {
  return source[0] === source[0]?.toUpperCase() ? target.charAt(0).toUpperCase() + target.slice(1) : target;
}

function invertedVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = INVERTED[lower];
  if (irregular) return matchCase(verb, irregular);
  if (lower === 'betaalt') return matchCase(verb, 'betaal');
  if (STEM_ENDS_IN_T.has(lower) || !lower.endsWith('t')) return verb;
  return verb.slice(0, -1);
}

/** `text` with u/uw/uzelf addressed informally; leaves words that merely contain "u" alone. */
export function toInformal(text: string): string {
  return text
    .replace(/\b([A-Za-zëéèïöü]+t) u\b/g, (_, verb: string) => `${invertedVerb(verb)} je`)
    .replace(/\b(U|u)zelf\b/g, (m) => matchCase(m, 'jezelf'))
    .replace(/\b(U|u)w\b/g, (m) => matchCase(m, 'je'))
    .replace(/\b(U|u)\b/g, (m) => matchCase(m, 'je'))
    // The formal reflexive "u … zich" is "je … je" informally ("meldt u zich" → "meld je je").
    .replace(/\b(je|Je) zich\b/g, '$1 je');
}
