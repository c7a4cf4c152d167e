// A progress bar on the terminal for long imports (pages of a site, pages of a feed); silent when output is not a terminal.
import cliProgress from 'cli-progress';

/** A bar on stderr when it is a terminal, else undefined (logs and pipes get no escape codes). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number, item: string): void; stop(): void } | undefined {
  if (!stream.isTTY) return undefined;
  const bar = new cliProgress.SingleBar({ stream, format: 'importing [{bar}] {value}/{total} {item}', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total, item) {
      if (!started) {
        bar.start(total, done, { item });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { item: item.length > 60 ? `…${item.slice(-59)}` : item });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
