// Counts kept in memory and written to PostgreSQL in one batch at a time (issue 15 §1 for the API clients' usage, issue
// 16 §4 for the rate limits): one flush runs at a time, every `intervalMs` on a timer that does not keep the process
// alive, on demand (tests, shutdown) and once more on close. A failed flush rejects its caller; the timer's is
// swallowed (the writer logs it and keeps its counts for the next one).

export interface PeriodicFlush {
  /** Runs `write` after any flush under way; resolves once written. */
  flush: () => Promise<void>;
  /** Stops the timer and flushes what is left (never rejects). */
  close: () => Promise<void>;
}

export function periodicFlush(write: () => Promise<void>, intervalMs: number): PeriodicFlush {
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    flushing = flushing.then(write, write);
    return flushing;
  };
  const timer = setInterval(() => void flush().catch(() => {}), intervalMs);
  timer.unref();
  return {
    flush,
    async close() {
      clearInterval(timer);
      await flush().catch(() => {});
    },
  };
}
