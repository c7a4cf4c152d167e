// IPDC HTML to Markdown: the allowed structure survives, anything executable does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ipdcHtmlToMarkdown } from './index.js';

describe('ipdcHtmlToMarkdown', () => {
  it('keeps paragraphs, headings, lists, emphasis and http(s)/mailto links as Markdown', () => {
    const markdown = ipdcHtmlToMarkdown(
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
    const markdown = ipdcHtmlToMarkdown(
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
    const markdown = ipdcHtmlToMarkdown(
      '<p><a href="javascript:alert(1)">een</a> <a href="JaVaScRiPt&#58;alert(2)">twee</a> ' +
        '<a href=" javascript:alert(3)">drie</a> <a href="data:text/html;base64,PHNjcmlwdD4=">vier</a> ' +
        '<a href="/node/21473">vijf</a> <a href="//evil.example/x">zes</a></p>',
    );
    assert.equal(markdown, 'een twee drie vier vijf zes');
  });

  it('leaves escaped tags and Markdown in text as text', () => {
    const markdown = ipdcHtmlToMarkdown('<p>&lt;script&gt;alert(1)&lt;/script&gt; [klik](javascript:alert(2))</p>');
    assert.doesNotMatch(markdown, /(?<!\\)<script/);
    assert.doesNotMatch(markdown, /(?<!\\)\]\(javascript/);
    assert.match(markdown, /script/);
  });

  it('returns an empty string for blank or tag-only input', () => {
    assert.equal(ipdcHtmlToMarkdown(''), '');
    assert.equal(ipdcHtmlToMarkdown('<p> </p><script>x()</script>'), '');
  });
});
