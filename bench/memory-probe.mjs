// Preloaded into a benchmarked `loket serve` (node --expose-gc --import): answers the parent's
// "memory" message with process.memoryUsage() and V8's heap size limit after a full garbage
// collection, so the heap figure is what stays alive, not what happens to be uncollected.
import { getHeapStatistics } from 'node:v8';

process.on('message', (message) => {
  if (message !== 'memory') return;
  globalThis.gc?.();
  process.send?.({ ...process.memoryUsage(), heapLimit: getHeapStatistics().heap_size_limit });
});
// The probe must not keep the process alive after the server has closed.
process.channel?.unref();
