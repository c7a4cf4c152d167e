// Branding: attributes win over the municipality's settings; settings fill only the gaps.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeBranding, needsConfig } from './branding.js';
import { toWidgetConfig } from './wire-types.js';

const CONFIG = toWidgetConfig({ name: 'Kempenhout', color: '#1f5f3a', logoUrl: '/logo.svg', aboutUrl: '/t/kempenhout/over-deze-assistent' });

describe('widget branding', () => {
  it('fetches the settings only when the colour or the logo attribute is missing', () => {
    assert.equal(needsConfig({ name: null, color: '#000000', logo: '/a.svg' }), false);
    assert.equal(needsConfig({ name: 'X', color: null, logo: '/a.svg' }), true);
    assert.equal(needsConfig({ name: 'X', color: '#000000', logo: null }), true);
  });

  it('attributes win; the settings fill the gaps', () => {
    assert.deepEqual(mergeBranding({ name: null, color: '#ff0000', logo: null }, CONFIG), { name: 'Kempenhout', color: '#ff0000', logo: '/logo.svg' });
    assert.deepEqual(mergeBranding({ name: 'Eigen naam', color: null, logo: 'https://x.example/l.png' }, CONFIG), {
      name: 'Eigen naam', color: '#1f5f3a', logo: 'https://x.example/l.png',
    });
  });

  it('without readable settings the attributes (or nothing) stay', () => {
    assert.deepEqual(mergeBranding({ name: null, color: null, logo: null }, undefined), { name: null, color: null, logo: null });
    assert.deepEqual(mergeBranding({ name: null, color: null, logo: null }, toWidgetConfig({ name: 'K', color: null, logoUrl: 42 })), { name: 'K', color: null, logo: null });
    assert.equal(toWidgetConfig('nonsense'), undefined);
  });
});
