// The CLI dispatcher: picks the command, maps errors to messages and exit codes.
import type { CliIo } from './cli-io.js';
import { formatError } from './format-error.js';
import { accountsCommand } from './accounts-command.js';
import { askCommand } from './ask-command.js';
import { auditCommand } from './audit-command.js';
import { evalCommand } from './eval-command.js';
import { importCommand } from './import-command.js';
import { registerCommand } from './register-command.js';
import { serveCommand } from './serve-command.js';
import { tenantsCommand } from './tenants-command.js';
import { UsageError } from './usage-error.js';

export const MAIN_HELP = `Usage: loket <command> [options]

Commands:
  serve              run the server (what npm start runs)
  import <path>      import a content pack folder or a municipality file
  tenants            list the municipalities
  ask                ask the assistant one question (--tenant <id>)
  eval <file>        run an evaluation set and print the metrics
  accounts create    create a staff account
  audit verify       check the audit log's hash chain
  register import    import AI register entries as drafts (JSON, YAML, Algoritmeregister)

Run "loket <command> --help" for the options of a command.
Configuration is read from the environment (PORT, HOST, LOKET_DATA_DIR, LOKET_DATABASE_URL, ...).`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  serve: serveCommand,
  import: importCommand,
  tenants: tenantsCommand,
  ask: askCommand,
  eval: evalCommand,
  accounts: accountsCommand,
  audit: auditCommand,
  register: registerCommand,
};

/**
 * Runs `argv` (without node and script). Exit codes: 0 success, 1 failure (invalid content,
 * locked data dir, database unavailable), 2 a command line that does not fit.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`loket: unknown command "${name}"`);
    io.err(MAIN_HELP);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`loket ${name}: ${(error as Error).message}`);
      if (error instanceof UsageError) io.err(error.help);
      return 2;
    }
    for (const line of formatError(name, error)) io.err(line);
    return 1;
  }
}
