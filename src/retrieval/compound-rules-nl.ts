// Word lists that keep the compound splitter from cutting derivations and inflections.

/**
 * Separable particles and prefixes. A part equal to one of these makes a derivation
 * ("aanvraag", "overlijden", "voorwaarden"), not a compound, so such splits are refused.
 */
export const NON_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'aan', 'achter', 'af', 'bij', 'binnen', 'boven', 'buiten', 'door', 'her', 'mee', 'mis',
  'neer', 'onder', 'ont', 'over', 'rond', 'samen', 'tegen', 'terug', 'toe', 'tussen', 'uit',
  'ver', 'voor', 'voorbij', 'weg', 'weder', 'weer', 'open', 'vast', 'los', 'in', 'op', 'om',
  'na', 'be', 'ge', 'er',
]);

/**
 * Suffixes that are also words ("lijk" = corpse, "heid" = heath, "baar" = bier). As the last
 * part they signal a derivation ("persoonlijk", "mogelijkheid", "betaalbaar").
 */
export const NON_COMPOUND_TAILS: ReadonlySet<string> = new Set([
  'lijk', 'lijke', 'lijken', 'lijkheid', 'heid', 'heden', 'baar', 'bare', 'baarheid', 'loos',
  'loze', 'schap', 'schappen', 'achtig', 'achtige', 'zaam', 'zame', 'matig', 'matige',
  'waardig', 'waardige', 'dom', 'dommen', 'ling', 'lingen', 'isch', 'ische', 'ster', 'sters',
  'erij', 'erijen', 'eren', 'ertje', 'ertjes', 'tje', 'tjes', 'nis', 'nissen', 'sel', 'sels',
  'ing', 'ingen', 'ige', 'ig', 'end', 'ende', 'aard', 'aards', 'elijk', 'elijke', 'ring',
  'ringen', 'king', 'schappelijk', 'schappelijke', 'kingen', 'ding', 'dingen', 'ling', 'lingen', 'ning', 'ningen', 'ting', 'tingen',
]);

/**
 * Inflectional and diminutive endings. A word that is such an ending on a known base is
 * treated through its base: "kinderen" (kind) stays whole, "afvalzakken" splits as
 * "afvalzak" does.
 */
export const INFLECTIONS: readonly string[] = ['eren', 'en', 's', 'e', 'er', 'ste', 'tje', 'tjes', 'je', 'jes', 'n'];

/** Linking morphemes allowed between two parts ("identiteit-s-kaart", "kind-er-opvang"). */
export const LINKERS: readonly string[] = ['', 's', 'e', 'en', 'er'];

/**
 * Three-letter words common as compound parts ("rij-bewijs", "groen-dak", "lid-kaart").
 * Other parts need four letters: the word list holds many three-letter abbreviations and
 * fragments ("ges", "int", "ijk") that would otherwise cut ordinary words.
 */
export const SHORT_PARTS: ReadonlySet<string> = new Set([
  'bad', 'bak', 'bal', 'bel', 'bib', 'bio', 'bol', 'bos', 'bot', 'bus', 'dak',
  'dal', 'dag', 'das', 'dijk', 'dok', 'doos', 'eik', 'gas', 'gat', 'gft', 'god', 'gsm',
  'hal', 'hek', 'hof', 'hok', 'hut', 'ijs', 'jas', 'kap', 'kar', 'kas', 'kat', 'kop', 'kot',
  'lat', 'lid', 'lot', 'map', 'mes', 'net', 'nut', 'oog', 'pad', 'pak', 'pan', 'pas', 'pen',
  'pet', 'pin', 'pit', 'pot', 'put', 'rij', 'rok', 'rug', 'sap', 'tak', 'tas', 'tol', 'top',
  'tuin', 'vak', 'vat', 'vee', 'vis', 'wet', 'web', 'wig', 'zak', 'zee', 'zon', 'zus',
  'btw', 'kid', 'app', 'cel', 'kerk', 'kast', 'uur',
]);

/**
 * Endings that, after a doubled consonant split across the boundary, show a derivation
 * rather than a compound: "verpak|king", "verwar|ring", "zen|dingen".
 */
export const DOUBLED_CONSONANT_ENDINGS: ReadonlySet<string> = new Set([
  'ing', 'ingen', 'en', 'er', 'ers', 'el', 'els', 'ig', 'ige', 'elijk', 'elijke',
]);

/**
 * Common simple words that the word list would cut into unrelated parts ("document" →
 * "docu" + "ment", "bestuur" → "best" + "uur"). Inflected forms follow their base.
 */
export const KEEP_WHOLE: ReadonlySet<string> = new Set([
  'algemeen', 'algemene', 'bestuur', 'document', 'herinnering', 'koppel', 'koppelen',
  'maximaal', 'minimaal', 'makelaar', 'praktijk', 'ledematen', 'voltrekking', 'verstrooiing',
  'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'dertien',
  'veertig', 'zestig', 'zeventig', 'tachtig', 'negentig', 'huishouden', 'huishoudens',
  'weggenomen', 'vlaanderen', 'nederland', 'burgemeester', 'televisie', 'telefoon',
  'eventueel', 'eventuele', 'ongeveer', 'natuurlijk', 'alleen', 'gebruik', 'gebruiken',
]);
