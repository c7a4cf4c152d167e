// Keeps requests to one host polite: a bounded number in flight and a pause between starts.
import pLimit, { type LimitFunction } from 'p-limit';

/** Time as the scheduler sees it; tests pass a fake one. */
export interface SchedulerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Runs tasks against hosts, each host with its own limit and spacing. */
export interface HostScheduler {
  /**
   * Runs `task` once `host` has a free slot and at least the host's delay has passed since the
   * previous start on that host. A task is one request including reading its body, so the
   * slot is held until the response is consumed.
   */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
  /** Raises the delay of one host (robots.txt Crawl-delay); a smaller value changes nothing. */
  raiseDelay(host: string, delayMs: number): void;
}

interface HostState {
  limit: LimitFunction;
  delayMs: number;
  /** When the previous task on this host actually started (-Infinity before the first). */
  lastStart: number;
  /** Starts are taken in turn, so each one can wait for the real previous start. */
  turns: Promise<void>;
}

const realClock: SchedulerClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A scheduler allowing `concurrency` tasks in flight per host (at least 1) and starting them
 * `delayMs` apart. Spacing is between starts, so with concurrency 2 and 250 ms a host sees at
 * most four requests a second.
 */
export function createHostScheduler(options: {
  concurrency: number;
  delayMs: number;
  clock?: SchedulerClock;
}): HostScheduler {
  const clock = options.clock ?? realClock;
  const hosts = new Map<string, HostState>();
  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = {
        limit: pLimit(Math.max(1, Math.floor(options.concurrency))),
        delayMs: Math.max(0, options.delayMs),
        lastStart: Number.NEGATIVE_INFINITY,
        turns: Promise.resolve(),
      };
      hosts.set(host, state);
    }
    return state;
  };
  return {
    run(host, task) {
      const state = stateOf(host);
      return state.limit(async () => {
        // Spacing counts from the previous task's real start, not a planned one: a timer that
        // fires late (the event loop busy extracting a page) must not shorten the next gap.
        const turn = state.turns.then(async () => {
          // A loop, as timers are kept in whole milliseconds and may fire a fraction early.
          for (let wait = state.lastStart + state.delayMs - clock.now(); wait > 0; wait = state.lastStart + state.delayMs - clock.now()) {
            await clock.sleep(Math.ceil(wait));
          }
          state.lastStart = clock.now();
        });
        state.turns = turn;
        await turn;
        return task();
      });
    },
    raiseDelay(host, delayMs) {
      const state = stateOf(host);
      state.delayMs = Math.max(state.delayMs, delayMs);
    },
  };
}
