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

/** A section of the report: its figures plus the lines that say how to read them. */
export interface Section {
  figures: Figure[];
  notes: string[];
}

function fmt(value: number): string {
  return Math.abs(value) < 10 ? value.toFixed(3) : value.toFixed(1);
}

/** Prints the figures as a table with the ratio Loket / peer and whether Loket is ahead. */
export function printFigures(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`);
  for (const f of figures) {
    const ratio = f.loket / f.peer;
    const ahead = f.better === 'higher' ? f.loket >= f.peer : f.loket <= f.peer;
    // autocannon reports whole milliseconds: a peer under 1 ms reads 0 and has no ratio; a count
    // (errors) of 0 on both sides has none either.
    const shown = Number.isFinite(ratio)
      ? ratio.toFixed(2)
      : f.loket === 0 && f.peer === 0
        ? 'n/a (both 0)'
        : f.unit === 'ms'
          ? 'n/a (peer below the resolution)'
          : 'n/a (peer 0)';
    console.log(
      `  ${f.name.padEnd(48)} loket ${fmt(f.loket).padStart(9)} ${f.unit.padEnd(11)} ${f.peerName} ${fmt(f.peer).padStart(9)} ${f.unit.padEnd(11)} ratio ${shown} (${f.better} is better${ahead ? '' : ', peer ahead'})`,
    );
  }
}

/** Prints lines that say how to read the figures above them (setup, breakdowns, caveats). */
export function printNotes(notes: readonly string[]): void {
  for (const note of notes) console.log(`  · ${note}`);
}
