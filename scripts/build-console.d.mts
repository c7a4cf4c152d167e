// Types of scripts/build-console.mjs for the TypeScript callers (the console route test).

/** Builds the console script into `outfile` (default dist/web/console-inbox.js) and reports its size. */
export declare function buildConsole(outfile?: string): Promise<{ outfile: string; bytes: number }>;
