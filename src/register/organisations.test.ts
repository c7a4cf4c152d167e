// Organisations across register entries: slugs, de-duplication, and the list with counts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listOrganisations, organisationSlug, organisationsOf } from './organisations.js';
import { smallRegister, storedEntry } from './test-support/stored-entries.js';

describe('organisations', () => {
  it('slugs are lowercase ASCII with single dashes', () => {
    assert.equal(organisationSlug('Stad Kortrijk'), 'stad-kortrijk');
    assert.equal(organisationSlug('  OCMW Sint-Truiden '), 'ocmw-sint-truiden');
    assert.equal(organisationSlug('Gemeente Zoë & Café (Ieper)'), 'gemeente-zoe-cafe-ieper');
    assert.equal(organisationSlug('Lokaal bestuur ’s-Gravenwezel'), 'lokaal-bestuur-s-gravenwezel');
  });

  it('lists the lead first and drops a partner that repeats an organisation by code or by name', () => {
    const { entry } = storedEntry('x', {
      leadOrganisation: { name: 'Stad Kortrijk', code: '0207.451.227' },
      partnerOrganisations: [
        { name: 'Kortrijk', code: '0207 451 227' },
        { name: 'Gemeente Kuurne' },
        { name: 'gemeente kuurne' },
        { name: 'Stad Kórtrijk' },
        { name: 'Gemeente Harelbeke', code: '0207.000.002' },
      ],
    });
    assert.deepEqual(organisationsOf(entry), [
      { slug: 'stad-kortrijk', name: 'Stad Kortrijk', code: '0207.451.227', role: 'lead' },
      { slug: 'gemeente-kuurne', name: 'Gemeente Kuurne', role: 'partner' },
      { slug: 'gemeente-harelbeke', name: 'Gemeente Harelbeke', code: '0207.000.002', role: 'partner' },
    ]);
  });

  it('counts entries and leads per organisation, sorted by name', () => {
    assert.deepEqual(listOrganisations(smallRegister()), [
      { slug: 'gemeente-harelbeke', name: 'Gemeente Harelbeke', entryCount: 1, leadCount: 0 },
      { slug: 'gemeente-kuurne', name: 'Gemeente Kuurne', entryCount: 3, leadCount: 2 },
      { slug: 'gemeente-zwevegem', name: 'Gemeente Zwevegem', entryCount: 2, leadCount: 1 },
      { slug: 'intercommunale-leiedal', name: 'Intercommunale Leiedal', code: '0205.000.001', entryCount: 1, leadCount: 1 },
      // e2 names Kortrijk without a code; the code comes from the entries that give it.
      { slug: 'stad-kortrijk', name: 'Stad Kortrijk', code: '0207.451.227', entryCount: 3, leadCount: 1 },
    ]);
  });

  it('sorts with Dutch collation, not by code point', () => {
    const entries = [
      storedEntry('a', { leadOrganisation: { name: 'Zulte' } }),
      storedEntry('b', { leadOrganisation: { name: 'Ékeren' } }),
      storedEntry('c', { leadOrganisation: { name: 'aalst' } }),
    ];
    assert.deepEqual(listOrganisations(entries).map((o) => o.name), ['aalst', 'Ékeren', 'Zulte']);
  });
});
