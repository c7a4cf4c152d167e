// Splitting Markdown into sections: which headings split, what becomes of the text around them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSections } from './split-sections.js';

describe('splitSections', () => {
  it('heads the text before the first heading with the title and splits at #, ## and ###', () => {
    assert.deepEqual(splitSections('Intro.\n\n## Wat meebrengen\n\nPasfoto.\n\n### Dringend\n\nSneller.\n\n# Ander deel\n\nTekst.', 'Identiteitskaart'), [
      { heading: 'Identiteitskaart', text: 'Intro.' },
      { heading: 'Wat meebrengen', text: 'Pasfoto.' },
      { heading: 'Dringend', text: 'Sneller.' },
      { heading: 'Ander deel', text: 'Tekst.' },
    ]);
  });

  it('drops sections without text and merges a heading that repeats the one before', () => {
    assert.deepEqual(splitSections('## Identiteitskaart\n\nIntro.\n\n## Leeg\n\n## Kostprijs\n\n€ 20.', 'Identiteitskaart'), [
      { heading: 'Identiteitskaart', text: 'Intro.' },
      { heading: 'Kostprijs', text: '€ 20.' },
    ]);
    assert.deepEqual(splitSections('Inleiding.\n\n## identiteitskaart\n\nMeer.', 'Identiteitskaart'), [
      { heading: 'Identiteitskaart', text: 'Inleiding.\n\nMeer.' },
    ]);
  });

  it('makes headings plain text', () => {
    const sections = splitSections('## [Kostprijs](https://leiebeek.be/k) **2024** \\*nieuw\\* ##\n\nTekst.', 'T');
    assert.equal(sections[0]!.heading, 'Kostprijs 2024 *nieuw*');
  });

  it('leaves h4 and lower, and # lines in code fences, in the text', () => {
    const markdown = '#### Detail\n\nA.\n\n```\n## geen kop\n```\n\n~~~\n# ook geen\n~~~';
    assert.deepEqual(splitSections(markdown, 'T'), [{ heading: 'T', text: markdown }]);
  });

  it('gives nothing for empty Markdown', () => {
    assert.deepEqual(splitSections('', 'T'), []);
    assert.deepEqual(splitSections('## Alleen een kop', 'T'), []);
  });
});
