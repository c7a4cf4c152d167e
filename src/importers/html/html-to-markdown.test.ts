// Outside HTML (catalogue texts, web pages) to Markdown: the allowed structure survives, anything executable does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToMarkdown } from './index.js';

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, headings, lists, emphasis and http(s)/mailto links as Markdown', () => {
    const markdown = htmlToMarkdown(
      '<h3>Wie?</h3><p>Tekst met <strong>vet</strong> en <em>schuin</em>.<br>Tweede regel.</p>' +
        '<ul><li>een</li><li>twee</li></ul><ol><li>eerst</li></ol>' +
        '<p><a href="https://gemeente.example/a">website</a> of <a href="mailto:info@gemeente.example">mail</a></p>',
    );
    assert.match(markdown, /^### Wie\?$/m);
    assert.match(markdown, /\*\*vet\*\*/);
    assert.match(markdown, /_schuin_/);
    assert.match(markdown, /^-\s+een$/m);
    assert.match(markdown, /^1\.\s+eerst$/m);
    assert.match(markdown, /\[website\]\(https:\/\/gemeente\.example\/a\)/);
    assert.match(markdown, /\[mail\]\(mailto:info@gemeente\.example\)/);
    assert.match(markdown, /\.\s*\n+Tweede regel\./);
    assert.doesNotMatch(markdown, /<\/?[a-z]/i);
  });

  it('drops scripts, frames, styles, images and event handlers, keeping ordinary text', () => {
    const markdown = htmlToMarkdown(
      '<p onclick="alert(1)">Klik</p><script>alert(2)</script><iframe src="https://evil.example">frame text</iframe>' +
        '<style>p{color:red}</style><img src="x" onerror="alert(3)"><div onmouseover="alert(4)">div tekst</div>' +
        '<object data="x.swf">object text</object><noscript>noscript text</noscript>',
    );
    for (const forbidden of [/script/i, /iframe/i, /on[a-z]+\s*=/i, /alert/, /frame text/, /color/, /object text/, /<img/i]) {
      assert.doesNotMatch(markdown, forbidden);
    }
    assert.match(markdown, /Klik/);
    assert.match(markdown, /div tekst/);
  });

  it('keeps the text of javascript:, data: and relative links but not the link', () => {
    const markdown = htmlToMarkdown(
      '<p><a href="javascript:alert(1)">een</a> <a href="JaVaScRiPt&#58;alert(2)">twee</a> ' +
        '<a href=" javascript:alert(3)">drie</a> <a href="data:text/html;base64,PHNjcmlwdD4=">vier</a> ' +
        '<a href="/node/21473">vijf</a> <a href="//evil.example/x">zes</a></p>',
    );
    assert.equal(markdown, 'een twee drie vier vijf zes');
  });

  it('leaves escaped tags and Markdown in text as text', () => {
    const markdown = htmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; [klik](javascript:alert(2))</p>');
    assert.doesNotMatch(markdown, /(?<!\\)<script/);
    assert.doesNotMatch(markdown, /(?<!\\)\]\(javascript/);
    assert.match(markdown, /script/);
  });

  it('returns an empty string for blank or tag-only input', () => {
    assert.equal(htmlToMarkdown(''), '');
    assert.equal(htmlToMarkdown('<p> </p><script>x()</script>'), '');
  });

  it('turns tables into pipe rows with a header rule, a pipe in a cell escaped', () => {
    const markdown = htmlToMarkdown(
      '<table><caption>Kostprijs</caption><thead><tr><th>Procedure</th><th>Prijs</th></tr></thead>' +
        '<tbody><tr><td>Gewoon</td><td>€ 20,20</td></tr><tr><td>Dringend<br>(binnen 2 dagen)</td><td>€ 120 | ter plaatse</td></tr></tbody></table>',
    );
    assert.equal(
      markdown,
      'Kostprijs\n\n| Procedure | Prijs |\n| --- | --- |\n| Gewoon | € 20,20 |\n| Dringend (binnen 2 dagen) | € 120 \\| ter plaatse |',
    );
  });

  it('ends a <br> line without trailing spaces, and turns no-break spaces into spaces', () => {
    assert.equal(htmlToMarkdown('<p>Marktplein&nbsp;1<br>9999&nbsp;Leiebeek</p>'), 'Marktplein 1\n9999 Leiebeek');
  });

  it('keeps code as a fenced block and drops the text of form controls', () => {
    const markdown = htmlToMarkdown('<pre><code>BE68 5390 0754 7034</code></pre><p>Kies <select><option>Gent</option></select> en <button>Verstuur</button>.</p>');
    assert.equal(markdown, '```\nBE68 5390 0754 7034\n```\n\nKies en .');
  });
});
