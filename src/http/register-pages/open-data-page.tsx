// Where to get the register as data: the exports, the feed, the API and the standards they follow.
import { RegisterLayout } from './register-layout.js';

const EXPORTS = [
  { href: '/api/v1/register/export?format=csv', label: 'CSV', about: 'één rij per fiche, met vaste id\'s, organisatiecodes, codes en Nederlandse labels' },
  { href: '/api/v1/register/export?format=json', label: 'JSON', about: 'alle velden van elke gepubliceerde fiche' },
  { href: '/api/v1/register/export?format=algoritmeregister', label: 'Algoritmeregister 1.0', about: 'volgens de publicatiestandaard van het Nederlandse Algoritmeregister' },
  { href: '/api/v1/register/export?format=dcat', label: 'DCAT-AP (JSON-LD)', about: 'een catalogus voor open-dataportalen' },
  { href: '/register/wijzigingen.atom', label: 'Atom-feed', about: 'elke publicatie, wijziging en intrekking' },
  { href: '/register/overzicht.csv', label: 'Overzicht per bestuur (CSV)', about: 'de tabel voor het Vlaams Parlement' },
];

/** Renders /register/open-data. */
export function OpenDataPage() {
  return (
    <RegisterLayout title="Open data" current="/register/open-data">
      <h1>Het register als open data</h1>
      <p class="lead">Alles wat op deze site staat, is ook beschikbaar als data, vrij te hergebruiken.</p>
      <ul>
        {EXPORTS.map((e) => (
          <li><a href={e.href}>{e.label}</a>: {e.about}</li>
        ))}
      </ul>
      <h2>API</h2>
      <p>
        <code>GET /api/v1/register/entries</code> zoekt (filters <code>tenant</code>, <code>status</code>, <code>programme</code>,{' '}
        <code>kind</code>, <code>riskClass</code>, <code>organisation</code>, <code>principle</code>, <code>minScore</code>, <code>q</code>);{' '}
        <code>GET /api/v1/register/entries/&#123;id&#125;</code> geeft één fiche met haar openbare geschiedenis. Zie de{' '}
        <a href="/api/v1/openapi.json">OpenAPI-beschrijving</a>.
      </p>
    </RegisterLayout>
  );
}
