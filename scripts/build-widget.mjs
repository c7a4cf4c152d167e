#!/usr/bin/env node
// Bundles the resident widget (web/widget/) into one minified file, dist/web/loket-widget.js, and
// prints its gzipped size against the 30 KB budget (issue: one small script, one script tag).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleBrowserScript } from './bundle-browser-script.mjs';

/** The gzipped size the widget must stay under. */
export const WIDGET_BUDGET_BYTES = 30 * 1024;

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the widget into `outfile` (default dist/web/loket-widget.js under the repository).
 * Resolves to { outfile, bytes, gzipBytes }; rejects when esbuild reports an error.
 */
export async function buildWidget(outfile = `${root}dist/web/loket-widget.js`) {
  await bundleBrowserScript(`${root}web/widget/index.ts`, outfile);
  const code = readFileSync(outfile);
  return { outfile, bytes: code.length, gzipBytes: gzipSync(code).length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outfile, bytes, gzipBytes } = await buildWidget();
  const kb = (n) => (n / 1024).toFixed(1);
  const within = gzipBytes <= WIDGET_BUDGET_BYTES;
  console.log(`widget: ${outfile.slice(root.length)} ${kb(bytes)} KB, ${kb(gzipBytes)} KB gzipped (budget ${kb(WIDGET_BUDGET_BYTES)} KB${within ? '' : ', OVER BUDGET'})`);
  if (!within) process.exit(1);
}
