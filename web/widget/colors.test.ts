// Accent colours from attributes: only hex reaches CSS, and text on it stays readable.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contrast, DEFAULT_ACCENT, inkOnWhite, parseAccent, textOn } from './colors.js';

describe('accent colours', () => {
  it('accepts #rgb and #rrggbb, nothing else', () => {
    assert.equal(parseAccent('#1F5F3A'), '#1f5f3a');
    assert.equal(parseAccent('#fc0'), '#ffcc00');
    for (const bad of ['red', 'url(x)', '#12345', '#1f5f3a; } * { display:none', 'expression(alert(1))', null, '']) {
      assert.equal(parseAccent(bad), DEFAULT_ACCENT, String(bad));
    }
  });

  it('picks a text colour with at least 4.5:1 contrast on any accent', () => {
    for (const accent of ['#000000', '#ffffff', '#ffcc00', '#0b5394', '#ff0000', '#777777', '#1f5f3a']) {
      assert.ok(contrast(accent, textOn(accent)) >= 4.5, accent);
      assert.ok(contrast(inkOnWhite(accent), '#ffffff') >= 4.5, accent);
    }
  });
});
