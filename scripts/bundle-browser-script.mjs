// The one way Loket bundles a browser script (widget, console): one minified IIFE file, es2020.
import { build } from 'esbuild';

/** Bundles `entryPoint` into `outfile`; rejects when esbuild reports an error. */
export async function bundleBrowserScript(entryPoint, outfile) {
  await build({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    minify: true,
    target: 'es2020',
    format: 'iife',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
