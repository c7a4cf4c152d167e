// Flemish, colloquial and variant Dutch words mapped to the vocabulary of official content.

import type { SynonymEntry } from './synonym-entry.js';

/**
 * Dutch synonym table, used at query time only. Canonical terms follow the Flemish
 * government's product catalogue (IPDC) wording; every entry is general usage in Flanders.
 */
export const DUTCH_SYNONYMS: readonly SynonymEntry[] = [
  // Documents and identity
  { terms: ['id-kaart', 'idkaart', 'id kaart', 'identiteitsbewijs', 'identiteitspapieren', 'e-id', 'eid-kaart', 'elektronische identiteitskaart'], canonical: ['identiteitskaart', 'eid'], note: 'Everyday names for the Belgian electronic identity card.' },
  { terms: ['identiteitskaart'], canonical: ['eid'], note: 'Official texts often say only "eID".' },
  { terms: ['eid'], canonical: ['identiteitskaart'], note: 'Residents type "eid"; content also says "identiteitskaart".' },
  { terms: ['kidsid', 'kids id', 'kinder-id', 'kinderid', 'kids-kaart', 'kinderidentiteitskaart', 'identiteitskaart voor kinderen'], canonical: ['kids-id'], note: 'The children\'s identity document is officially "Kids-ID"; spellings vary.' },
  { terms: ['paspoort', 'pasport', 'passeport'], canonical: ['reispas'], note: 'Belgian documents call the passport "reispas"; "paspoort" is common usage.' },
  { terms: ['rybewijs', 'rij bewijs', 'rijbewijsje', 'permis', 'rijvergunning'], canonical: ['rijbewijs'], note: 'y-for-ij spelling, split spelling and the French loan "permis" common in Brussels and Flanders.' },
  { terms: ['pincode', 'pin code', 'pukcode', 'puk code', 'codebrief'], canonical: ['pin', 'puk', 'code'], note: 'PIN and PUK codes of the eID are written together or apart.' },
  { terms: ['bewijs van goed gedrag en zeden', 'goed gedrag en zeden', 'getuigschrift goed gedrag', 'moraliteitsattest'], canonical: ['uittreksel strafregister'], note: 'Former name (until 2013) of the extract from the criminal record, still in everyday use.' },
  { terms: ['legaliseren', 'legalisatie', 'gelegaliseerd', 'handtekening laten zetten'], canonical: ['handtekening wettigen', 'wettiging'], note: '"Legaliseren" is the common word for having a signature certified.' },
  { terms: ['attest van woonst', 'woonstattest', 'bewijs van woonst', 'bewijs van adres'], canonical: ['attest woonst', 'bevolkingsregister'], note: 'Common names of the certificate of residence.' },
  { terms: ['belg worden', 'belgische nationaliteit', 'naturalisatie', 'genaturaliseerd'], canonical: ['nationaliteit', 'nationaliteitsverklaring'], note: 'Ways residents ask about acquiring Belgian nationality.' },
  { terms: ['voornaam veranderen', 'naamsverandering', 'naam veranderen', 'andere voornaam'], canonical: ['voornaamswijziging'], note: 'Plain-language names for a change of first name.' },
  { terms: ['verblijfsvergunning', 'verblijfsdocument', 'verblijfsbewijs'], canonical: ['verblijfskaart'], note: 'Residence permits for foreign nationals are cards in Belgium.' },
  // Civil status
  { terms: ['trouwen', 'getrouwd', 'trouw', 'huwen', 'trouwerij'], canonical: ['huwelijk'], note: 'The verb and colloquial nouns for marriage; content uses "huwelijk".' },
  { terms: ['samenwonen', 'samenlevingscontract', 'wettelijk samenwonen', 'samenwoonst'], canonical: ['wettelijke samenwoning'], note: 'Colloquial names of the Belgian legal cohabitation.' },
  { terms: ['verhuizen', 'verhuis', 'verhuisd', 'nieuw adres', 'adresverandering', 'domicilie', 'domiciliering'], canonical: ['adreswijziging'], note: 'Moving house is registered as an "adreswijziging"; "domicilie" is the Belgian legal word.' },
  { terms: ['bevallen', 'bevalling', 'pasgeboren', 'geboren', 'baby'], canonical: ['geboorte'], note: 'Birth-related words map to "geboorte" (declaration, birth grant).' },
  { terms: ['kindje erkennen', 'vaderschap erkennen', 'erkenning vaderschap'], canonical: ['erkenning kind'], note: 'Recognition of a child, as parents phrase it.' },
  { terms: ['overleden', 'gestorven', 'sterfgeval', 'overlijdensgeval', 'sterven'], canonical: ['overlijden'], note: 'Words for a death; content uses "overlijden".' },
  { terms: ['cremeren', 'gecremeerd', 'verassing', 'verassen'], canonical: ['crematie', 'asverstrooiing'], note: 'Cremation vocabulary.' },
  { terms: ['kerkhof', 'grafconcessie', 'grafplaats', 'urnenveld', 'columbarium'], canonical: ['begraafplaats', 'concessie'], note: '"Kerkhof" is the everyday Flemish word for cemetery.' },
  { terms: ['orgaandonor', 'organen afstaan', 'donor'], canonical: ['orgaandonatie'], note: 'Organ donation as residents phrase it.' },
  { terms: ['euthanasieverklaring', 'euthanasie aanvragen'], canonical: ['wilsverklaring euthanasie'], note: 'The advance directive on euthanasia.' },
  // Waste
  { terms: ['containerpark', 'recyclagecentrum', 'milieupark', 'milieustraat', 'stort', 'afvalpark'], canonical: ['recyclagepark'], note: '"Containerpark" is the older Flemish name; "milieustraat" is Netherlands Dutch.' },
  { terms: ['huisvuil', 'grijze zak', 'grijze container', 'vuilzak', 'vuilniszak', 'vuilnisbak', 'vuilbak', 'vuilnis', 'huishoudelijk afval'], canonical: ['restafval'], note: 'Common names for residual household waste; content says "restafval".' },
  { terms: ['restafval'], canonical: ['huisvuil'], note: 'Many calendars still title the collection "huisvuilophaling".' },
  { terms: ['grof huisvuil', 'grof afval', 'grofafval', 'oude meubels'], canonical: ['grofvuil'], note: 'Bulky waste; content says "grofvuil".' },
  { terms: ['blauwe zak', 'plastiek', 'plastic flessen', 'blikjes', 'drankkartons'], canonical: ['pmd'], note: 'The PMD stream is collected in the blue bag.' },
  { terms: ['groente- fruit- en tuinafval', 'groenten fruit tuinafval', 'keukenafval', 'etensresten', 'groene container'], canonical: ['gft'], note: 'Organic waste stream GFT.' },
  { terms: ['oud papier', 'karton', 'papier en karton'], canonical: ['papier', 'karton'], note: 'Paper and cardboard collection.' },
  { terms: ['vuilniskar', 'vuilkar', 'ophaaldag', 'ophaalkalender', 'afvalkalender', 'vuilophaling'], canonical: ['ophaling', 'afvalkalender'], note: 'Words residents use for the collection round and calendar.' },
  { terms: ['kompost', 'kompostbak', 'kompostvat', 'composteren', 'compostbak'], canonical: ['compostvat', 'thuiscomposteren'], note: '"Kompost" is a frequent spelling; bin and vat are used alike.' },
  { terms: ['sluikstorten', 'sluikstort', 'gedumpt', 'dumpen', 'zwerfvuil'], canonical: ['sluikstort', 'melding'], note: 'Illegal dumping is reported to the municipality.' },
  { terms: ['glasbak', 'glascontainer', 'flessen'], canonical: ['glas', 'glasbol'], note: 'Glass collection points are "glasbollen" in Flanders.' },
  // Building and housing
  { terms: ['bouwaanvraag', 'bouwvergunning', 'stedenbouwkundige vergunning', 'verbouwingsvergunning', 'bouwen', 'verbouwen'], canonical: ['omgevingsvergunning'], note: 'Since 2017 the building permit is the "omgevingsvergunning".' },
  { terms: ['zonder vergunning', 'vergunningsvrij', 'meldingsplicht'], canonical: ['vrijgestelde werken', 'melding'], note: 'Works exempt from a permit.' },
  { terms: ['stedenbouwkundige info', 'stedenbouwkundige inlichtingen', 'notarisinfo', 'notarisbrief'], canonical: ['vastgoedinformatie'], note: 'Information a notary requests when a property is sold.' },
  { terms: ['woningkeuring', 'keuring huurwoning', 'conformiteitsonderzoek'], canonical: ['conformiteitsattest'], note: 'Inspection of a rental home.' },
  { terms: ['sociaal appartement', 'sociale huurwoning', 'sociale huisvesting', 'sociaal wonen', 'goedkope huurwoning'], canonical: ['sociale woning'], note: 'Social housing.' },
  { terms: ['regenput', 'regenwaterput', 'regenton', 'regenwatertank'], canonical: ['regenwater', 'premie'], note: 'Rainwater tanks; municipalities give grants for them.' },
  { terms: ['subsidie', 'tegemoetkoming', 'toelage'], canonical: ['premie'], note: 'Grants are called "premie" in municipal content.' },
  { terms: ['huisnr', 'huisnummering'], canonical: ['huisnummer'], note: 'House numbering.' },
  // Mobility and public domain
  { terms: ['parkeervergunning', 'bewonersvergunning', 'bewonersparkeerkaart', 'parkeerkaart bewoners'], canonical: ['bewonerskaart'], note: 'Residents\' parking permits.' },
  { terms: ['gehandicaptenkaart', 'invalidenkaart', 'mindervalidenkaart', 'parkeerkaart voor personen met een handicap'], canonical: ['parkeerkaart handicap'], note: 'The European disability parking card.' },
  { terms: ['container op straat', 'verhuislift', 'stelling', 'stellingen', 'werfkeet'], canonical: ['inname openbaar domein'], note: 'Occupying the public road needs a permit.' },
  { terms: ['put in de weg', 'putten in de weg', 'kapotte straatlamp', 'defecte lamp', 'schade aan de weg'], canonical: ['melding openbaar domein', 'schade', 'defect'], note: 'Defects in the public domain are reported.' },
  { terms: ['fuif', 'feest organiseren', 'evenement organiseren', 'festival', 'buurtfeest'], canonical: ['evenement'], note: 'Events need a permit via the events desk.' },
  // Welfare, leisure
  { terms: ['ocmw', 'sociaal huis', 'sociale dienst'], canonical: ['ocmw', 'sociaal huis'], note: 'The social welfare centre is known under both names.' },
  { terms: ['steun', 'uitkering ocmw', 'leefgeld', 'financiele hulp', 'geldproblemen', 'schulden'], canonical: ['leefloon', 'financiele hulp'], note: 'Social assistance from the OCMW.' },
  { terms: ['bib', 'bieb', 'bibliotheken', 'uitlenen', 'boeken lenen'], canonical: ['bibliotheek'], note: '"Bib" is the everyday Flemish word for the library; "bieb" is Netherlands Dutch.' },
  { terms: ['naschoolse opvang', 'voorschoolse opvang', 'opvang na school', 'ibo', 'kinderopvang na school'], canonical: ['buitenschoolse opvang'], note: 'Out-of-school childcare.' },
  { terms: ['sportkamp', 'vakantiekamp', 'speelpleinwerking', 'kamp'], canonical: ['sportkampen', 'vakantie'], note: 'Holiday camps for children.' },
  { terms: ['feestzaal', 'zaal huren', 'parochiezaal', 'zaaltje'], canonical: ['zaalverhuur', 'zaal'], note: 'Renting a municipal hall.' },
  { terms: ['uit pas', 'kansenpas'], canonical: ['uitpas', 'kansentarief'], note: 'The UiTPAS leisure card and its reduced rate.' },
  // Contact with the municipality
  { terms: ['stadhuis', 'gemeentehuis', 'administratief centrum'], canonical: ['gemeentehuis', 'loket'], note: 'Town hall names.' },
  { terms: ['bevolking', 'dienst bevolking', 'burgerlijke stand'], canonical: ['burgerzaken'], note: 'Older names of the civil affairs service.' },
  { terms: ['openingstijden', 'openingsuur', 'open', 'gesloten', 'dicht', 'uren'], canonical: ['openingsuren'], note: '"Openingstijden" is Netherlands Dutch; Flemish content says "openingsuren".' },
  { terms: ['afspraak maken', 'reserveren', 'op afspraak', 'langskomen', 'binnenspringen'], canonical: ['afspraak'], note: 'Appointments.' },
  { terms: ['klagen', 'ontevreden', 'slecht behandeld', 'klachtenformulier'], canonical: ['klacht'], note: 'Complaints.' },
  { terms: ['aanslagbiljet', 'belastingbrief', 'gemeentetaks', 'taks', 'taksen'], canonical: ['gemeentebelasting', 'aanslag'], note: '"Taks" is common Flemish for a local tax.' },
  { terms: ['prijs', 'tarief', 'kostprijs', 'betalen', 'kosten', 'gratis', 'retributie'], canonical: ['kost', 'prijs'], note: 'Cost questions; content lists "kostprijs" and "tarief".' },
  { terms: ['kwijt', 'verloren', 'verlies', 'gestolen', 'diefstal', 'gepikt'], canonical: ['verlies', 'diefstal'], note: 'Lost or stolen documents.' },
  { terms: ['spoed', 'dringend', 'snel', 'zo snel mogelijk', 'spoedprocedure'], canonical: ['dringende procedure', 'spoedprocedure'], note: 'Urgent delivery procedures.' },
];
