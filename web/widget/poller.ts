// Repeats an async step on a fixed interval, never overlapping, until the step says stop.

/** A running loop; `stop` cancels the next step. */
export interface Poller {
  start(): void;
  stop(): void;
  readonly running: boolean;
}

/**
 * Calls `step` every `intervalMs` after the previous call settled; a step resolving to false
 * ends the loop, a step that throws is tried again at the next interval (a network blip).
 */
export function createPoller(intervalMs: number, step: () => Promise<boolean>): Poller {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  const schedule = () => {
    timer = setTimeout(() => {
      step().then(
        (again) => (again && running ? schedule() : poller.stop()),
        () => (running ? schedule() : undefined),
      );
    }, intervalMs);
  };
  const poller: Poller = {
    start() {
      if (running) return;
      running = true;
      schedule();
    },
    stop() {
      running = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get running() {
      return running;
    },
  };
  return poller;
}
