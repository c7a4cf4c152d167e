// `loket accounts create`: creates a staff account; the password comes from a file or the
// environment, never from the command line (where it would end up in shell history).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { appendAudit } from '../governance/index.js';
import { createAccount, getTenant, ROLES, type Role } from '../tenants/index.js';
import type { CliIo } from './cli-io.js';
import { openSeededDb } from './open-seeded-db.js';
import { UsageError } from './usage-error.js';

export const ACCOUNTS_HELP = `Usage: loket accounts create --email <address> --name <name> --role <role> [--tenant <id>] [--password-file <path>]

Creates a staff account. Roles: ${ROLES.join(', ')}; without --tenant the account is platform-wide
(admin: platform admin, reviewer: regional reviewer). The password (at least 12 characters) is read
from --password-file or LOKET_ACCOUNT_PASSWORD; without either the account can only sign in
through OpenID Connect.

Options:
  --help   show this help`;

/** Runs the accounts command; returns the exit code. */
export async function accountsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, tenant: { type: 'string' },
      'password-file': { type: 'string' }, help: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(ACCOUNTS_HELP);
    return 0;
  }
  if (positionals[0] !== 'create') throw new UsageError('accounts needs the subcommand "create"', ACCOUNTS_HELP);
  if (!values.email || !values.name || !values.role) throw new UsageError('accounts create needs --email, --name and --role', ACCOUNTS_HELP);
  if (!(ROLES as readonly string[]).includes(values.role)) throw new UsageError(`unknown role "${values.role}"; expected one of ${ROLES.join(', ')}`, ACCOUNTS_HELP);
  const password = values['password-file'] ? readFileSync(values['password-file'], 'utf8').trim() : io.env.LOKET_ACCOUNT_PASSWORD;
  const { db } = await openSeededDb(loadConfig(io.env), 'loket accounts create');
  try {
    const tenantId = values.tenant ?? null;
    if (tenantId) await getTenant(db, tenantId);
    const account = await db.transaction(async (tx) => {
      const created = await createAccount(tx, { email: values.email as string, name: values.name as string, role: values.role as Role, tenantId, ...(password ? { password } : {}) });
      await appendAudit(tx, { actor: 'system:cli', tenantId, action: 'account.create', target: `account:${created.id}`, details: { role: created.role } });
      return created;
    });
    io.out(`created account ${account.email} (${account.role}${account.tenantId ? ` of ${account.tenantId}` : ', platform-wide'}), id ${account.id}`);
    return 0;
  } finally {
    await db.close();
  }
}
