// `loket eval <questions.jsonl>`: runs an evaluation set against the assistant and prints metrics.
import { parseArgs } from 'node:util';
import { askAssistant, createKnowledgeCache, formatEvalReport, readEvalCases, runEvaluation } from '../assistant/index.js';
import { loadConfig } from '../config/index.js';
import { loadTenantContent } from '../knowledge/index.js';
import type { CliIo } from './cli-io.js';
import { openSeededDb } from './open-seeded-db.js';
import { UsageError } from './usage-error.js';

export const EVAL_HELP = `Usage: loket eval <questions.jsonl> [--json]

Runs every case of an evaluation set (format: CONTRACT.md, "Evaluation set format") against the
assistant and the municipalities in the database, each case in a new conversation at its "now".
Prints the accuracy per category, the abstention precision and recall, and every failure.

Options:
  --json   print the full report as JSON
  --help   show this help`;

/** Runs the eval command; exit code 0 when it ran (whatever the score), 1 when it could not run. */
export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    io.out(EVAL_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('eval needs exactly one file', EVAL_HELP);
  const cases = readEvalCases(positionals[0] as string);
  const config = loadConfig(io.env);
  const { db } = await openSeededDb(config, 'loket eval');
  try {
    const deps = { db, knowledge: createKnowledgeCache(db, 60_000) };
    const offered = new Map<string, Map<string, boolean>>();
    for (const tenant of new Set(cases.map((c) => c.tenant))) {
      const content = await loadTenantContent(db, tenant);
      if (content) offered.set(tenant, new Map(content.instances.map((i) => [i.conceptId, i.offered])));
    }
    const report = await runEvaluation(
      cases,
      (tenant, message, conversationId, now) => askAssistant(deps, tenant, { message, conversationId, now }),
      (tenant, productId) => offered.get(tenant)?.get(productId),
      () => config.now ?? new Date(),
    );
    for (const line of values.json ? [JSON.stringify(report, null, 2)] : formatEvalReport(report)) io.out(line);
    return 0;
  } finally {
    await db.close();
  }
}
