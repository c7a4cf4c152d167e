// Interface language and the four dictionaries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DICTIONARY, LANGUAGES, pickLanguage } from './dictionary.js';

describe('pickLanguage', () => {
  it('uses the element lang, then the page lang, then Dutch', () => {
    assert.equal(pickLanguage('fr', 'nl'), 'fr');
    assert.equal(pickLanguage(null, 'de-BE'), 'de');
    assert.equal(pickLanguage('', 'EN_gb'), 'en');
    assert.equal(pickLanguage(undefined, undefined), 'nl');
    assert.equal(pickLanguage('es', 'fr'), 'nl');
  });
});

describe('DICTIONARY', () => {
  it('has every text, non-empty, in every language', () => {
    const keys = Object.keys(DICTIONARY.nl).sort();
    for (const language of LANGUAGES) {
      assert.deepEqual(Object.keys(DICTIONARY[language]).sort(), keys, language);
      for (const [key, value] of Object.entries(DICTIONARY[language])) assert.ok(value.trim(), `${language}.${key}`);
    }
  });

  it('discloses in every language that the assistant is not a person', () => {
    const notAPerson = { nl: /geen mens/, fr: /pas une personne/, en: /not a person/, de: /kein Mensch/ };
    for (const language of LANGUAGES) assert.match(DICTIONARY[language].intro, notAPerson[language]);
  });
});
