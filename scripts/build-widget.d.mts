// Types of scripts/build-widget.mjs for the TypeScript callers (the route test and bench/widget-size.ts).

/** The gzipped size the widget must stay under. */
export declare const WIDGET_BUDGET_BYTES: number;

/** Builds the widget into `outfile` (default dist/web/loket-widget.js) and reports its sizes. */
export declare function buildWidget(outfile?: string): Promise<{ outfile: string; bytes: number; gzipBytes: number }>;
