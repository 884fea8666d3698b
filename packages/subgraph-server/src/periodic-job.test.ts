import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodicJob } from './periodic-job.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('startPeriodicJob', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs now, then each interval; a tick while a run is in flight is skipped, not queued', async () => {
    const gates: ReturnType<typeof deferred>[] = [];
    const run = vi.fn(() => {
      const gate = deferred();
      gates.push(gate);
      return gate.promise;
    });
    const stop = startPeriodicJob({ name: 'test-skip', intervalMs: 1000, run });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5000); // five ticks while the first run hangs
    expect(run).toHaveBeenCalledTimes(1);
    gates[0]!.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    gates[1]!.resolve();
    await stop();
  });

  it('a failed run is logged and counted; the next one still runs', async () => {
    let calls = 0;
    const stop = startPeriodicJob({
      name: 'test-failure',
      intervalMs: 1000,
      run: () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('database gone')) : Promise.resolve(calls);
      },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(2);
    await stop();
  });

  it('stop: no new run, the run in flight sees shouldStop() and stop() resolves once it has ended', async () => {
    const gate = deferred();
    let sawStop: boolean | undefined;
    let runs = 0;
    const stop = startPeriodicJob({
      name: 'test-stop',
      intervalMs: 1000,
      run: async ({ shouldStop }) => {
        runs += 1;
        await gate.promise;
        sawStop = shouldStop();
      },
    });
    let stopped = false;
    const stopping = stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(3000);
    expect(stopped).toBe(false); // waits for the run in flight
    gate.resolve();
    await stopping;
    expect(sawStop).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1);
  });
});
