// Formal "u" becomes informal "je", with the verb form Dutch uses when "je" follows it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toInformal } from './to-informal.js';

describe('toInformal', () => {
  const cases: Array<[string, string]> = [
    ['U kunt het zelf naar het recyclagepark brengen.', 'Je kunt het zelf naar het recyclagepark brengen.'],
    ['Hebt u de kaart sneller nodig, dan kunt u een dringende procedure vragen.', 'Heb je de kaart sneller nodig, dan kun je een dringende procedure vragen.'],
    ['Breng uw huidige kaart mee.', 'Breng je huidige kaart mee.'],
    ['Vraagt u het online aan, dan betaalt u minder.', 'Vraag je het online aan, dan betaal je minder.'],
    ['Daarna moet u wachten; weet u het niet, dan helpen wij u graag.', 'Daarna moet je wachten; weet je het niet, dan helpen wij je graag.'],
    ['Meldt u zich aan het loket.', 'Meld je je aan het loket.'],
    ['Als u zich niet kunt verplaatsen', 'Als je je niet kunt verplaatsen'],
    ['U bent welkom; bent u verhuisd?', 'Je bent welkom; ben je verhuisd?'],
    ['De uitvaart en de urne', 'De uitvaart en de urne'],
  ];
  for (const [formal, informal] of cases) {
    it(`"${formal}"`, () => assert.equal(toInformal(formal), informal));
  }
});
