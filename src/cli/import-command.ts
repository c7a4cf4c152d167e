// `loket import <path or URL>`: a content pack or municipality file, a catalogue file or feed, a FAQ sheet, a website.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, publicBaseUrl } from '../config/index.js';
import { runImport } from '../importers/index.js';
import { importContent } from '../knowledge/index.js';
import { syncAllAssistantEntries } from '../register/index.js';
import type { CliIo } from './cli-io.js';
import { formatImportReport } from './format-import-report.js';
import { formatRunReport } from './format-run-report.js';
import { importTarget } from './import-kind.js';
import { progressBar } from './progress-bar.js';
import { openSeededDb } from './open-seeded-db.js';
import { UsageError } from './usage-error.js';

export const IMPORT_HELP = `Usage: loket import <path or URL> [--tenant <id>] [--resync <minutes>] [--ldes] [--api-key-file <file>] [--json]

Imports content into the database:
  <folder>        a content pack: concepts/*.md and/or municipalities/<slug>.json (+ waste CSV files)
  <slug>.json     one municipality file with its waste files (paths inside the file, relative to it)
  <file>.ttl|.jsonld  IPDC concepts and LPDC instances of the Flemish product catalogue (Turtle or
                  JSON-LD); with --tenant the municipality offers the concepts, LPDC instances need it
  <file>.csv|.xlsx    a FAQ sheet (question, answer, optional product, keywords, url); --tenant needed
  <URL>           a municipal web page or sitemap (--tenant needed): pages are fetched politely
                  (robots.txt, 2 at a time), their main content split by headings; with --ldes, an
                  IPDC LDES feed read page by page from where the last run stopped
  Imported products answer with their original URL as the source. Importing a source again
  re-syncs it: unchanged pages are not fetched again (ETag, Last-Modified, sitemap lastmod) and
  only what changed is written.

An empty database first receives the demo content pack (LOKET_DEMO=1, the default), so a
municipality file finds the regional concepts it uses; set LOKET_DEMO=0 to import into an empty
database as is. A new municipality gets its assistant's entry in the AI register, published at once
and kept in step with its profile and settings. Everything is validated first. On any problem nothing is stored, every problem is listed with its
file and line or field, and the exit code is 1. Importing the same content again changes nothing.

Options:
  --tenant <id>          the municipality the content is for
  --resync <minutes>     re-sync this source every so many minutes while the server runs (at least 5)
  --ldes                 the URL is an LDES feed of the catalogue
  --api-key-file <file>  a file holding the feed's API key (sent as x-api-key)
  --json                 print the import report as JSON
  --help                 show this help`;

/** Runs the import command; returns the exit code. */
export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: 'boolean' }, help: { type: 'boolean' }, tenant: { type: 'string' }, resync: { type: 'string' },
      ldes: { type: 'boolean' }, 'api-key-file': { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(IMPORT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('import needs exactly one path', IMPORT_HELP);
  const config = loadConfig(io.env);
  const { db, importedDemo } = await openSeededDb(config, 'loket import');
  try {
    // An empty database first gets the demo pack (LOKET_DEMO=1), as with every command, so a
    // municipality file finds the regional concepts it refers to.
    if (importedDemo && !values.json) io.out('The database was empty: imported the demo content pack (regional concepts and demo municipalities) first.');
    const argument = positionals[0] as string;
    const target = importTarget(argument, { ldes: values.ldes ?? false });
    if (target !== 'pack') {
      if (values.resync !== undefined && !/^\d+$/.test(values.resync)) throw new UsageError('--resync needs a number of minutes', IMPORT_HELP);
      const progress = values.json ? undefined : progressBar();
      try {
        const report = await runImport(
          db,
          {
            kind: target, tenantId: values.tenant ?? null, location: target === 'website' || target === 'ldes' ? argument : resolve(argument),
            ...(values.resync !== undefined ? { resyncMinutes: Number(values.resync) } : {}),
            ...(values['api-key-file'] ? { apiKeyFile: resolve(values['api-key-file']) } : {}),
          },
          { now: config.now ?? new Date(), ...(progress ? { onProgress: progress.update } : {}) },
        );
        progress?.stop();
        for (const line of values.json ? [JSON.stringify(report, null, 2)] : formatRunReport(report)) io.out(line);
      } finally {
        progress?.stop();
      }
      return 0;
    }
    if (values.tenant !== undefined) throw new UsageError('--tenant is for catalogue files, FAQ sheets and websites; a content pack names its municipalities itself', IMPORT_HELP);
    const report = await importContent(db, argument);
    for (const line of values.json ? [JSON.stringify(report, null, 2)] : formatImportReport(report)) io.out(line);
    // A new or changed municipality profile changes its assistant's register entry.
    const register = await syncAllAssistantEntries(db, { at: config.now ?? new Date(), publicUrl: publicBaseUrl(config) });
    if (!values.json) {
      for (const s of register.synced.filter((x) => x.changed)) io.out(`AI register: published the entry of the assistant of ${s.tenantId}, in step with its settings (${s.id})`);
      for (const s of register.skipped) io.out(`AI register: no entry for the assistant of ${s.tenantId} yet: ${s.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    }
    return 0;
  } finally {
    await db.close();
  }
}
