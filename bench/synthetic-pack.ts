// A synthetic deployment for the scale model: a content pack of `count` municipalities, each a
// full clone of one of the three demo municipalities (its instances of the 51 concepts,
// locations, closures, waste streets and calendar) under a new id and name.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PACK_PATH } from '../src/cli/index.js';

const PREFIXES = ['', 'Sint-', 'Groot-', 'Klein-', 'Oud-', 'Nieuw-'];
const ROOTS = ['Leie', 'Schelde', 'Kempen', 'Dender', 'Nete', 'Demer', 'Dijle', 'Mandel', 'Zenne', 'Durme', 'Gete', 'Abeel', 'Berken', 'Eiken', 'Linde', 'Heide', 'Moer', 'Vlas'];
const SUFFIXES = ['beke', 'gem', 'hout', 'kerke', 'donk', 'zele', 'rode', 'lo', 'hove', 'dijk', 'veld', 'berge', 'hem', 'mortel'];

/** A municipality of the synthetic pack and the demo one it was cloned from. */
export interface SyntheticTenant {
  id: string;
  name: string;
  cloneOf: string;
}

function names(count: number, taken: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (const prefix of PREFIXES) {
    for (const suffix of SUFFIXES) {
      for (const root of ROOTS) {
        const name = `${prefix}${root}${suffix}`;
        if (!taken.has(name.toLowerCase())) result.push(name);
        if (result.length === count) return result;
      }
    }
  }
  throw new Error(`at most ${result.length} synthetic names; asked for ${count}`);
}

const slug = (name: string) => name.toLowerCase();

/**
 * Writes a content pack with the demo concepts and `count` cloned municipalities into `dir`
 * (which must exist and be empty), cycling over the demo municipalities; every occurrence of the
 * original's name and id in its file (address, website, e-mail, waste file paths) becomes the
 * clone's. Returns the clones in pack order.
 */
export function writeSyntheticPack(dir: string, count: number): SyntheticTenant[] {
  const demoMunicipalities = join(DEMO_PACK_PATH, 'municipalities');
  const originals = readdirSync(demoMunicipalities)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(demoMunicipalities, file), 'utf8');
      const { id, name } = JSON.parse(text) as { id: string; name: string };
      return { id, name, text };
    });
  mkdirSync(join(dir, 'concepts'), { recursive: true });
  for (const file of readdirSync(join(DEMO_PACK_PATH, 'concepts'))) {
    copyFileSync(join(DEMO_PACK_PATH, 'concepts', file), join(dir, 'concepts', file));
  }
  const tenants = names(count, new Set(originals.map((o) => o.id))).map((name, i) => {
    const original = originals[i % originals.length]!;
    const id = slug(name);
    const text = original.text.split(original.name).join(name).split(original.id).join(id);
    mkdirSync(join(dir, 'municipalities', id), { recursive: true });
    writeFileSync(join(dir, 'municipalities', `${id}.json`), text);
    for (const file of readdirSync(join(demoMunicipalities, original.id))) {
      copyFileSync(join(demoMunicipalities, original.id, file), join(dir, 'municipalities', id, file));
    }
    return { id, name, cloneOf: original.id };
  });
  return tenants;
}
