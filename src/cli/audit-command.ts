// `loket audit verify`: recomputes the audit log's hash chain and says whether it is intact.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { verifyAuditChain } from '../governance/index.js';
import type { CliIo } from './cli-io.js';
import { openConfiguredDb } from './open-configured-db.js';
import { UsageError } from './usage-error.js';

export const AUDIT_HELP = `Usage: loket audit verify [--json]

Recomputes the hash chain of the audit log (every staff action, append-only). Exit 0 when every
entry links to the one before and matches its hash; exit 1 naming the first entry that does not.

Options:
  --json   print the result as JSON
  --help   show this help`;

/** Runs the audit command; returns the exit code. */
export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    io.out(AUDIT_HELP);
    return 0;
  }
  if (positionals[0] !== 'verify' || positionals.length !== 1) throw new UsageError('audit needs the subcommand "verify"', AUDIT_HELP);
  const db = await openConfiguredDb(loadConfig(io.env), 'loket audit verify');
  try {
    const result = await verifyAuditChain(db);
    if (values.json) io.out(JSON.stringify(result));
    else if (result.intact) io.out(`audit log intact: ${result.checked} entries checked`);
    else io.err(`audit log broken at entry ${result.brokenAt}: ${result.reason} (${result.checked} entries before it are intact)`);
    return result.intact ? 0 : 1;
  } finally {
    await db.close();
  }
}
