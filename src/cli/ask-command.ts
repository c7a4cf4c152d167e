// `loket ask --tenant <id> "<question>"`: one answer on stdout.
import { parseArgs } from 'node:util';
import { askAssistant, createKnowledgeCache } from '../assistant/index.js';
import { loadConfig } from '../config/index.js';
import type { CliIo } from './cli-io.js';
import { openSeededDb } from './open-seeded-db.js';
import { UsageError } from './usage-error.js';

export const ASK_HELP = `Usage: loket ask --tenant <id> [--json] [--conversation <id>] "<question>"

Asks the assistant one question for a municipality and prints the answer with its sources.
The clock is LOKET_NOW when set, else the real time.

Options:
  --tenant <id>          the municipality (see "loket tenants")
  --conversation <id>    continue a conversation (the id is printed with --json)
  --json                 print the reply object of the HTTP API
  --help                 show this help`;

/** Runs the ask command; returns the exit code. */
export async function askCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { tenant: { type: 'string' }, conversation: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(ASK_HELP);
    return 0;
  }
  if (!values.tenant) throw new UsageError('ask needs --tenant <id>', ASK_HELP);
  const question = positionals.join(' ').trim();
  if (question === '' || question.length > 2000) throw new UsageError('ask needs a question of 1 to 2000 characters', ASK_HELP);
  const config = loadConfig(io.env);
  const { db } = await openSeededDb(config, 'loket ask');
  try {
    const result = await askAssistant({ db, knowledge: createKnowledgeCache(db) }, values.tenant, {
      message: question,
      conversationId: values.conversation,
      now: config.now ?? new Date(),
    });
    if (values.json) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      io.out(result.reply.text);
      if (result.reply.sources.length > 0) io.out(`\nBron: ${result.reply.sources.map((s) => `${s.title} (${s.id})`).join('; ')}`);
      if (result.reply.suggestions?.length) io.out(`Suggesties: ${result.reply.suggestions.join(' | ')}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
