// The host scheduler on a fake clock: spacing between starts, the in-flight bound, raised delays, hosts apart.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHostScheduler, type SchedulerClock } from './host-scheduler.js';

function fakeClock(): SchedulerClock & { time: number } {
  const clock = {
    time: 1000,
    now: () => clock.time,
    sleep: async (ms: number) => {
      clock.time += ms;
    },
  };
  return clock;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createHostScheduler', () => {
  it('starts tasks on one host delayMs apart, the first at once', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ concurrency: 2, delayMs: 250, clock });
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => scheduler.run('gemeente.be', async () => starts.push(clock.time))));
    assert.deepEqual(starts, [1000, 1250, 1500]);
  });

  it('keeps at most `concurrency` tasks of one host in flight', async () => {
    const scheduler = createHostScheduler({ concurrency: 2, delayMs: 0, clock: fakeClock() });
    const gates = [deferred(), deferred(), deferred(), deferred()];
    let inFlight = 0;
    let started = 0;
    const done = Promise.all(
      gates.map((gate) =>
        scheduler.run('gemeente.be', async () => {
          started += 1;
          inFlight += 1;
          assert.ok(inFlight <= 2);
          await gate.promise;
          inFlight -= 1;
        }),
      ),
    );
    await settle();
    assert.equal(started, 2);
    gates[0]!.resolve();
    await settle();
    assert.equal(started, 3);
    for (const gate of gates) gate.resolve();
    await done;
    assert.equal(started, 4);
  });

  it('lets robots.txt raise a host delay, never lower it', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ concurrency: 1, delayMs: 250, clock });
    const starts: number[] = [];
    await scheduler.run('gemeente.be', async () => starts.push(clock.time));
    scheduler.raiseDelay('gemeente.be', 2000);
    scheduler.raiseDelay('gemeente.be', 100);
    await scheduler.run('gemeente.be', async () => starts.push(clock.time));
    assert.deepEqual(starts, [1000, 3000]);
  });

  it('does not make one host wait for another', async () => {
    const clock = fakeClock();
    const scheduler = createHostScheduler({ concurrency: 1, delayMs: 500, clock });
    const starts: Record<string, number> = {};
    await Promise.all(['a.be', 'b.be', 'c.be'].map((host) => scheduler.run(host, async () => (starts[host] = clock.time))));
    assert.deepEqual(starts, { 'a.be': 1000, 'b.be': 1000, 'c.be': 1000 });
  });
});
