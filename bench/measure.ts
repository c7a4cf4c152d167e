// Small timing helpers for the benchmarks: repeated runs, median and percentiles.

/** The value at percentile `p` (0-100) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Median of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Runs `fn` `times` times (after `warmup` unmeasured runs) and returns each duration in ms. */
export async function timeRuns(times: number, fn: () => Promise<void>, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const durations: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return durations;
}

/** A figure with its unit, printed as one row of the report. */
export interface Figure {
  name: string;
  loket: number;
  peer: number;
  unit: string;
  /** 'higher' when more is better (throughput), 'lower' when less is (time). */
  better: 'higher' | 'lower';
  peerName: string;
}

function fmt(value: number): string {
  return Math.abs(value) < 10 ? value.toFixed(3) : value.toFixed(1);
}

/** Prints the figures as a table with the ratio Loket / peer and whether Loket is ahead. */
export function printFigures(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const ratio = f.loket / f.peer;
    const ahead = f.better === 'higher' ? ratio >= 1 : ratio <= 1;
    // autocannon reports whole milliseconds: a peer under 1 ms reads 0 and has no ratio.
    const shown = Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a (peer below the resolution)';
    console.log(
      `  ${f.name.padEnd(44)} loket ${fmt(f.loket).padStart(9)} ${f.unit.padEnd(11)} ${f.peerName} ${fmt(f.peer).padStart(9)} ${f.unit.padEnd(11)} ratio ${shown} (${f.better} is better${ahead ? '' : ', peer ahead'})`,
    );
  }
}
