// The suite's timeouts, in one place. They are hang guards, not speed checks: sized for `npm test` on a two-core
// machine at load average 10 (about five times slower than quiet), so that a failure on a loaded machine is a real
// failure. A test waits on conditions (Playwright's locators, `expect.poll`, the `until` helpers), never on time; a
// timeout only ends a wait that would never end. Each package's vitest.config.ts spreads one of these, and sets
// `isolate: false` (vitest runs one worker on two cores: with isolation, each file loaded the package's modules again,
// most of the suite's time; a file that changes its process's globals keeps a worker of its own, issue 17 §3).

/** Pure code (domain rules, property tests, components): quick, but CPU-bound. */
export const unitTimeouts = { testTimeout: 120_000, hookTimeout: 300_000 };

/** Real databases (PostgreSQL from a template, PGlite migrated and seeded in-process) and the product started. */
export const integrationTimeouts = { testTimeout: 600_000, hookTimeout: 900_000 };

/** Browser journeys: many steps per test, each a Playwright wait (their own limit: `playwrightActionTimeoutMs`). */
export const browserTimeouts = { testTimeout: 900_000, hookTimeout: 900_000 };

/** Playwright's limit for one action or one `waitFor` (its default, 30 s, is a quiet machine's). */
export const playwrightActionTimeoutMs = 300_000;

/** The limit of a polled condition in a test (`until`, `expect.poll`): below the test's own timeout. */
export const conditionTimeoutMs = 300_000;

/**
 * Testing Library's limit for `findBy…` and `waitFor` in component tests (its default, 1 s, is a quiet machine's): a
 * hang guard below the unit tests' own timeout, set once by `@navette/ui`'s component-testing harness.
 */
export const componentConditionTimeoutMs = 60_000;
