#!/usr/bin/env node
// Bundles the staff console's one script (web/console/inbox.ts: the inbox's live updates) into
// dist/web/console-inbox.js, which the server serves as /assets/console-inbox.js.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleBrowserScript } from './bundle-browser-script.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the console script into `outfile` (default dist/web/console-inbox.js under the repository).
 * Resolves to { outfile, bytes }; rejects when esbuild reports an error.
 */
export async function buildConsole(outfile = `${root}dist/web/console-inbox.js`) {
  await bundleBrowserScript(`${root}web/console/inbox.ts`, outfile);
  return { outfile, bytes: statSync(outfile).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outfile, bytes } = await buildConsole();
  console.log(`console: ${outfile.slice(root.length)} ${(bytes / 1024).toFixed(1)} KB`);
}
