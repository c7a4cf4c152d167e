// Test helper: a large content pack made from the demo pack: its concepts, and each demo
// municipality copied `copies` times under new ids (leiebeke-001 …), sharing its waste files.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO } from '../../knowledge/test-support/scratch-pack.js';

/** The generated pack: its folder and the tenant ids it holds. */
export interface BigPack {
  path: string;
  tenantIds: string[];
}

/**
 * Writes the pack into a new temp folder. `edition` goes into every municipality's phone number's
 * last digits and every product's cost, so importing edition 2 over edition 1 changes every tenant.
 */
export function writeBigPack(copies: number, edition: number, path = mkdtempSync(join(tmpdir(), 'loket-big-pack-'))): BigPack {
  cpSync(join(DEMO, 'concepts'), join(path, 'concepts'), { recursive: true });
  const municipalities = join(path, 'municipalities');
  mkdirSync(municipalities, { recursive: true });
  const tenantIds: string[] = [];
  for (const file of readdirSync(join(DEMO, 'municipalities')).filter((f) => f.endsWith('.json')).sort()) {
    const slug = file.replace(/\.json$/, '');
    cpSync(join(DEMO, 'municipalities', slug), join(municipalities, slug), { recursive: true });
    const original = JSON.parse(readFileSync(join(DEMO, 'municipalities', file), 'utf8')) as Record<string, any>;
    for (let i = 1; i <= copies; i += 1) {
      const id = `${slug}-${String(i).padStart(3, '0')}`;
      const copy = structuredClone(original);
      copy.id = id;
      copy.name = `${original.name} ${i}`;
      copy.phone = `+32 9 000 ${String(edition).padStart(2, '0')} ${String(i).padStart(3, '0')}`.slice(0, 20);
      for (const product of Object.values(copy.products as Record<string, Record<string, unknown>>)) {
        if (product.offered !== false) product.cost = `€ ${edition},00 (editie ${edition})`;
      }
      writeFileSync(join(municipalities, `${id}.json`), JSON.stringify(copy, null, 2));
      tenantIds.push(id);
    }
  }
  return { path, tenantIds };
}
