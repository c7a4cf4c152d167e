// `loket tenants`: lists the municipalities in the database.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { latestVersion } from '../knowledge/index.js';
import { listTenants } from '../tenants/index.js';
import type { CliIo } from './cli-io.js';
import { openConfiguredDb } from './open-configured-db.js';

export const TENANTS_HELP = `Usage: loket tenants [--json]

Lists the municipalities (tenants) in the database with their content version.

Options:
  --json   print them as JSON
  --help   show this help`;

/** Runs the tenants command; returns the exit code. */
export async function tenantsCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.help) {
    io.out(TENANTS_HELP);
    return 0;
  }
  const db = await openConfiguredDb(loadConfig(io.env), 'loket tenants');
  try {
    const tenants = await Promise.all(
      (await listTenants(db)).map(async (t) => ({ id: t.id, name: t.name, style: t.style, version: (await latestVersion(db, t.id))?.version ?? 0 })),
    );
    if (values.json) io.out(JSON.stringify(tenants, null, 2));
    else if (tenants.length === 0) io.out('No municipalities yet. Import a content pack with: loket import <folder>');
    else for (const t of tenants) io.out(`${t.id.padEnd(24)} ${t.name.padEnd(28)} style ${t.style.padEnd(3)} version ${t.version}`);
    return 0;
  } finally {
    await db.close();
  }
}
