// Import speed: Loket's validated, versioned import of the demo pack against a naive importer
// (the same rows, no validation, one INSERT per row) on the same embedded database.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PACK_PATH } from '../src/cli/index.js';
import { importContent } from '../src/knowledge/index.js';
import type { Db } from '../src/storage/index.js';
import { openTestDb } from '../src/storage/test-support/open-test-db.js';
import { median, timeRuns, type Figure } from './measure.js';

async function naiveImport(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    for (const name of readdirSync(join(DEMO_PACK_PATH, 'concepts'))) {
      const text = readFileSync(join(DEMO_PACK_PATH, 'concepts', name), 'utf8');
      const id = name.replace(/\.md$/, '');
      await tx.query(`insert into concepts (id, title, theme, keywords, sections) values ($1, $2, 'x', '[]', $3)`, [id, id, JSON.stringify({ Beschrijving: text })]);
    }
    for (const name of readdirSync(join(DEMO_PACK_PATH, 'municipalities')).filter((n) => n.endsWith('.json'))) {
      const m = JSON.parse(readFileSync(join(DEMO_PACK_PATH, 'municipalities', name), 'utf8'));
      await tx.query(`insert into tenants (id, name, kind, style) values ($1, $2, $3, $4)`, [m.id, m.name, m.kind, m.style]);
      for (const [id, l] of Object.entries<any>(m.locations)) {
        await tx.query(`insert into locations (tenant_id, id, name, address, hours, appointment_only) values ($1, $2, $3, $4, $5, $6)`, [m.id, id, l.name, l.address, JSON.stringify(l.hours), JSON.stringify(l.appointmentOnly ?? {})]);
      }
      for (const [conceptId, p] of Object.entries<any>(m.products)) {
        await tx.query(
          `insert into instances (tenant_id, concept_id, offered, location_id, appointment, cost, local_text, note) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [m.id, conceptId, p.offered, p.location ?? null, p.appointment ?? 'none', p.cost ?? null, p.local ?? null, p.note ?? null],
        );
      }
      for (const file of ['waste-streets.csv', 'waste-calendar.csv']) {
        const rows = readFileSync(join(DEMO_PACK_PATH, 'municipalities', m.id, file), 'utf8').trim().split('\n').slice(1);
        for (const row of rows) {
          const f = row.split(',');
          if (file === 'waste-streets.csv') await tx.query('insert into waste_streets values ($1, $2, $3)', [m.id, f[0], f[1]]);
          else await tx.query('insert into waste_collections values ($1, $2, $3, $4)', [m.id, f[0], f[1], f[2]]);
        }
      }
    }
  });
}

/** Products (concept + instances) imported per second, Loket against the naive peer. */
export async function measureImportSpeed(runs = 5): Promise<Figure[]> {
  const products = 51 + 3 * 51;
  const loket: number[] = [];
  const peer: number[] = [];
  const unchanged: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const a = await openTestDb();
    loket.push(...(await timeRuns(1, async () => void (await importContent(a, DEMO_PACK_PATH)))));
    unchanged.push(...(await timeRuns(1, async () => void (await importContent(a, DEMO_PACK_PATH)))));
    await a.close();
    const b = await openTestDb();
    peer.push(...(await timeRuns(1, () => naiveImport(b))));
    await b.close();
  }
  const perSecond = (ms: number) => products / (ms / 1000);
  return [
    { name: 'import demo pack (products/s)', loket: perSecond(median(loket)), peer: perSecond(median(peer)), unit: 'products/s', better: 'higher', peerName: 'naive' },
    { name: 'import demo pack (ms, median)', loket: median(loket), peer: median(peer), unit: 'ms', better: 'lower', peerName: 'naive' },
    { name: 're-import unchanged pack (ms, median)', loket: median(unchanged), peer: median(peer), unit: 'ms', better: 'lower', peerName: 'naive' },
  ];
}
