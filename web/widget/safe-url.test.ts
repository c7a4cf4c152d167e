// Only absolute http(s) URLs become links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafeHttpUrl } from './safe-url.js';

describe('isSafeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    assert.equal(isSafeHttpUrl('https://www.leiebeke.be/eid?x=1#a'), true);
    assert.equal(isSafeHttpUrl('http://localhost:8080/t/leiebeke'), true);
  });

  it('refuses other schemes, relative URLs, null and oversized values', () => {
    for (const url of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x',
      'file:///etc/passwd', 'mailto:a@b.be', '/relative', '//evil.example', 'not a url', '', null, undefined, `https://x.be/${'a'.repeat(2001)}`]) {
      assert.equal(isSafeHttpUrl(url), false, String(url));
    }
  });
});
