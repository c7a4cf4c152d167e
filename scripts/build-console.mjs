#!/usr/bin/env node
// Bundles the staff console's one script (web/console/inbox.ts: the inbox's live updates) into
// dist/web/console-inbox.js, which the server serves as /assets/console-inbox.js.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the console script into `outfile` (default dist/web/console-inbox.js under the repository).
 * Resolves to { outfile, bytes }; rejects when esbuild reports an error.
 */
export async function buildConsole(outfile = `${root}dist/web/console-inbox.js`) {
  await build({
    entryPoints: [`${root}web/console/inbox.ts`],
    outfile,
    bundle: true,
    minify: true,
    target: 'es2020',
    format: 'iife',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return { outfile, bytes: statSync(outfile).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outfile, bytes } = await buildConsole();
  console.log(`console: ${outfile.slice(root.length)} ${(bytes / 1024).toFixed(1)} KB`);
}
