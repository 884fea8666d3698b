// Rate limits and the sign-in throttle through the real gateway, on a real PostgreSQL (issue 11). The gateway trusts
// 127.0.0.1 as a proxy here, so that each test speaks from its own X-Forwarded-For address.
import { ANONYMOUS } from '@navette/auth';
import { createDatabase, DEMO_PASSWORD, tables, type DatabaseHandle } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { startGateway, type RunningGateway } from '@navette/gateway';
import { createRateLimiter, DEFAULT_RATE_LIMITS, rootLogger, type RateLimitSettings } from '@navette/subgraph-server';
import { GraphQLError } from 'graphql';
import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedInHeaders } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
const limits: Partial<RateLimitSettings> = {
  signIn: { points: 60, durationSeconds: 600 },
  extensionPerOrganisation: { points: 3, durationSeconds: 3600 },
};

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    rateLimits: limits,
    trustedProxies: ['127.0.0.1'],
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken refreshToken failedSignInsSinceLastSignIn }
}`;
const from = (ip: string) => ({ 'x-forwarded-for': ip });

async function refusal(promise: Promise<unknown>): Promise<GraphQLError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLError);
  return error as GraphQLError;
}

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

/** A sign-in the subgraph refuses at once (empty email): what the gateway counts is the attempt, not its cost. */
const emptySignIn = { query: SIGN_IN, variables: { email: ' ', password: 'x' } };

describe('rate limits at the gateway', () => {
  it('answers the 61st sign-in of one address in ten minutes with HTTP 429, Retry-After and a French message', async () => {
    for (let i = 0; i < 60; i++) {
      const { status, body } = await post(navette.graphqlUrl, emptySignIn, from('198.51.100.10'));
      expect(status).toBe(200);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const refused = await post(navette.graphqlUrl, emptySignIn, from('198.51.100.10'));
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(600);
    expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(refused.body.errors[0].message).toMatch(
      /^Trop de requêtes en peu de temps\. Réessayez dans \d+ (secondes?|minutes)\.$/,
    );
    // Another address is not concerned.
    const other = await post(navette.graphqlUrl, emptySignIn, from('198.51.100.11'));
    expect(other.status).toBe(200);
  });

  it('counts every alias: one request carrying 61 sign-ins is refused whole', async () => {
    const aliases = Array.from(
      { length: 61 },
      (_, i) => `a${i}: signIn(email: " ", password: "x") { accessToken }`,
    ).join('\n');
    const refused = await post(navette.graphqlUrl, { query: `mutation { ${aliases} }` }, from('198.51.100.12'));
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).not.toBeNull();
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.data ?? null).toBeNull();
  });

  it('does not believe X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const direct = await startGateway({
      port: 0,
      subgraphUrls: navette.subgraphs,
      subgraphSecret: navette.subgraphSecret,
      authenticate: () => Promise.resolve(ANONYMOUS),
      rateLimiter: createRateLimiter({ kind: 'memory' }, { signIn: { points: 2, durationSeconds: 600 } }),
    });
    try {
      const url = `${direct.url}/graphql`;
      for (const ip of ['203.0.113.1', '203.0.113.2'])
        expect((await post(url, emptySignIn, from(ip))).status).toBe(200);
      // A third "address" is still 127.0.0.1: refused.
      expect((await post(url, emptySignIn, from('203.0.113.3'))).status).toBe(429);
    } finally {
      await direct.stop();
    }
  });

  it('counts every request of an address before reading it, whatever it asks', async () => {
    const gateway = await startGateway({
      port: 0,
      subgraphUrls: navette.subgraphs,
      subgraphSecret: navette.subgraphSecret,
      authenticate: () => Promise.resolve(ANONYMOUS),
      rateLimiter: createRateLimiter({ kind: 'memory' }, { ip: { points: 2, durationSeconds: 60 } }),
    });
    try {
      const url = `${gateway.url}/graphql`;
      expect((await post(url, { query: '{ __typename }' }, {})).status).toBe(200);
      expect((await fetch(`${gateway.url}/healthcheck`)).status).toBe(200); // not counted
      expect((await post(url, { query: 'query Other { __typename }' }, {})).status).toBe(200);
      const refused = await post(url, { query: '{ __typename }' }, {});
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(refused.body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(refused.body.errors[0].message).toContain('Réessayez dans');
    } finally {
      await gateway.stop();
    }
  });

  it('holds across two gateways on one database: attempts on either count together', async () => {
    const handles: DatabaseHandle[] = [];
    const gateways: RunningGateway[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        // Each gateway has its own connection pool and limiter, as two processes would.
        const handle = await createDatabase({ url: database.url, maxConnections: 2 });
        handles.push(handle);
        gateways.push(
          await startGateway({
            port: 0,
            subgraphUrls: navette.subgraphs,
            subgraphSecret: navette.subgraphSecret,
            authenticate: () => Promise.resolve(ANONYMOUS),
            trustedProxies: ['127.0.0.1'],
            rateLimiter: createRateLimiter(
              { kind: 'database', db: handle.db },
              { signIn: { points: 10, durationSeconds: 600 } },
            ),
          }),
        );
      }
      const [a, b] = gateways.map((g) => `${g.url}/graphql`) as [string, string];
      // Ten attempts in parallel, spread over both gateways: all served, none lost by a race on the counter.
      const served = await Promise.all(
        Array.from({ length: 10 }, (_, i) => post(i % 2 ? a : b, emptySignIn, from('198.51.100.20'))),
      );
      expect(served.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect((await post(a, emptySignIn, from('198.51.100.20'))).status).toBe(429);
      expect((await post(b, emptySignIn, from('198.51.100.20'))).status).toBe(429);
    } finally {
      for (const g of gateways) await g.stop();
      for (const h of handles) await h.close();
    }
  });

  it('throttles the extension look-up of an agrément per SIAE, answering 429 through the gateway', async () => {
    const siae = await signedInHeaders(navette.graphqlUrl, 'siae@demo.navette.fr', DEMO_PASSWORD);
    const LOOKUP = `mutation($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }`;
    const input = {
      kind: 'EXTENSION',
      approvalNumber: 'XXXXX0000000',
      birthDate: '1990-01-01',
      contractStartOn: '2026-11-01',
    };
    for (let i = 0; i < 3; i++) {
      const { body } = await post(
        navette.graphqlUrl,
        { query: LOOKUP, variables: { input } },
        { ...siae, ...from('198.51.100.30') },
      );
      expect(body.errors[0].extensions.code).not.toBe('RATE_LIMITED');
    }
    // From another address too: the limit is the SIAE's.
    const refused = await post(
      navette.graphqlUrl,
      { query: LOOKUP, variables: { input } },
      { ...siae, ...from('198.51.100.31') },
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.errors[0].message).toContain('Réessayez');
  });
});

describe('sign-in throttle', () => {
  const sourceRow = (email: string, ip: string) =>
    database.db
      .select()
      .from(tables.signInSourceFailures)
      .where(and(eq(tables.signInSourceFailures.emailKey, email), eq(tables.signInSourceFailures.source, `ip:${ip}`)));

  it('counts parallel wrong guesses exactly: 6 at once are 6 failures', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        graphql(
          navette.graphqlUrl,
          SIGN_IN,
          { email: 'agence@demo.navette.fr', password: 'wrong-password' },
          from('198.51.100.40'),
        ),
      ),
    );
    for (const a of answers) expect(a.errors?.[0]?.extensions?.reason).toBe('INVALID_CREDENTIALS');
    const [bySource] = await sourceRow('agence@demo.navette.fr', '198.51.100.40');
    expect(bySource?.failures).toBe(6);
    const [byAccount] = await database.db
      .select()
      .from(tables.signInFailures)
      .where(eq(tables.signInFailures.emailKey, 'agence@demo.navette.fr'));
    expect(byAccount?.failures).toBe(6);
  });

  it('a flood from one address locks that address out, not the real user elsewhere; the admins and the user are told', async () => {
    const email = 'prescripteur@demo.navette.fr';
    const attacker = '198.51.100.50';
    // 50 guesses at once: the first 20 are answered (slowed down), the rest refused outright.
    const flood = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        graphql(navette.graphqlUrl, SIGN_IN, { email, password: `guess-${i}` }, from(attacker)),
      ),
    );
    const reasons = flood.map((a) => a.errors?.[0]?.extensions?.reason);
    // The slowed-down ones are answered (the delay is capped at 8 s, under the gateway's 10 s upstream timeout), or, on
    // a machine too busy to hash 20 passwords at once in the 2 s left, cut by that timeout: a failure for the attacker
    // either way, counted before the password was checked.
    expect(reasons.filter((r) => r === 'INVALID_CREDENTIALS' || r === 'UPSTREAM_TIMEOUT')).toHaveLength(20);
    expect(reasons.filter((r) => r === 'SIGN_IN_LOCKED')).toHaveLength(30);
    const [bySource] = await sourceRow(email, attacker);
    expect(bySource?.failures).toBe(50);

    // The guesses cut by the gateway's timeout finish their delay in the subgraph: wait for their 20 audited failures.
    await expect
      .poll(
        async () => {
          const rows = await database.db.execute(sql`select count(*)::int as n from audit.events
          where action = 'SIGN_IN_FAILED' and subject_id in (select id::text from identity.users where lower(email) = ${email})`);
          return Number((rows as { n: number }[])[0]?.n ?? 0);
        },
        { timeout: 300_000 },
      )
      .toBeGreaterThanOrEqual(20);

    // The attacker's address is locked, even with the right password…
    const lockedOut = await graphql(navette.graphqlUrl, SIGN_IN, { email, password: DEMO_PASSWORD }, from(attacker));
    expect(lockedOut.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_LOCKED' });
    // …the real user, elsewhere, signs in at once and is told how many attempts failed since their last sign-in.
    const user = await graphql(navette.graphqlUrl, SIGN_IN, { email, password: DEMO_PASSWORD }, from('198.51.100.51'));
    expect(user.errors).toBeUndefined();
    expect(user.data!.signIn.failedSignInsSinceLastSignIn).toBe(20);

    // The administrators: one ACCOUNT_UNDER_ATTACK for this window, with counts only.
    const [account] = await database.db.select().from(tables.users).where(eq(tables.users.email, email));
    const alarms = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'ACCOUNT_UNDER_ATTACK'), eq(tables.auditEvents.subjectId, account!.id)));
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.details).toEqual({ failures: 50, sources: 1 });
    expect(JSON.stringify(alarms)).not.toMatch(/guess-|198\.51\.100/);

    // The next sign-in starts from zero.
    const again = await graphql(navette.graphqlUrl, SIGN_IN, { email, password: DEMO_PASSWORD }, from('198.51.100.51'));
    expect(again.data!.signIn.failedSignInsSinceLastSignIn).toBe(0);
    const viewer = await graphql(
      navette.graphqlUrl,
      '{ viewer { email } }',
      {},
      bearer(again.data!.signIn.accessToken),
    );
    expect(viewer.data!.viewer.email).toBe(email);
  }); // the flood's answers are slowed down up to 8 s each (signInDelayMs); the suite's timeouts: vitest.timeouts.ts
});

describe('database store', () => {
  // Two pools, as two processes would have.
  let handle: DatabaseHandle;
  let other: DatabaseHandle;
  beforeAll(async () => {
    handle = await createDatabase({ url: database.url, maxConnections: 3 });
    other = await createDatabase({ url: database.url, maxConnections: 3 });
  });
  afterAll(async () => {
    await handle?.close();
    await other?.close();
  });

  it('counts concurrent requests exactly, across two limiters on one database', async () => {
    const rules = { signIn: { points: 10, durationSeconds: 600 } };
    const one = createRateLimiter({ kind: 'database', db: handle.db }, rules);
    const two = createRateLimiter({ kind: 'database', db: other.db }, rules);
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        (i % 2 ? one : two).consume('signIn', 'ip:203.0.113.9').then(
          () => 'served',
          () => 'refused',
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'served')).toHaveLength(10);
    expect(outcomes.filter((o) => o === 'refused')).toHaveLength(15);
    const [row] = await handle.db
      .select()
      .from(tables.rateLimits)
      .where(eq(tables.rateLimits.key, 'rl:signIn:ip:203.0.113.9'));
    expect(row?.points).toBe(25);
    const refused = await refusal(one.consume('signIn', 'ip:203.0.113.9'));
    expect(Number(refused.extensions['retryAfterSeconds'])).toBeGreaterThan(590);
    expect(Number(refused.extensions['retryAfterSeconds'])).toBeLessThanOrEqual(600);
  });

  it('starts a new window once the last one is over (by the database clock), and sweeps old counters', async () => {
    const limiter = createRateLimiter(
      { kind: 'database', db: handle.db },
      { session: { points: 1, durationSeconds: 60 } },
    );
    await limiter.consume('session', 'ip:203.0.113.10');
    await refusal(limiter.consume('session', 'ip:203.0.113.10'));
    // The window ends (moved into the past rather than waited for).
    await handle.db
      .update(tables.rateLimits)
      .set({ expire: sql`now() - interval '2 hours'` })
      .where(eq(tables.rateLimits.key, 'rl:session:ip:203.0.113.10'));
    // Another process (this one keeps the refused key blocked in memory until the window it was told ends).
    const elsewhere = createRateLimiter(
      { kind: 'database', db: other.db },
      { session: { points: 1, durationSeconds: 60 } },
    );
    await elsewhere.consume('session', 'ip:203.0.113.10');
    await refusal(elsewhere.consume('session', 'ip:203.0.113.10'));
    await handle.db
      .update(tables.rateLimits)
      .set({ expire: sql`now() - interval '2 hours'` })
      .where(eq(tables.rateLimits.key, 'rl:session:ip:203.0.113.10'));
    await limiter.sweep();
    expect(
      await handle.db.select().from(tables.rateLimits).where(like(tables.rateLimits.key, 'rl:session:%')),
    ).toHaveLength(0);
  });

  it('refuses a key over its limit from memory afterwards: a flood costs the database one upsert per process', async () => {
    const limiter = createRateLimiter(
      { kind: 'database', db: handle.db },
      { lookupPerIp: { points: 2, durationSeconds: 600 } },
    );
    for (let i = 0; i < 3; i++) await limiter.consume('lookupPerIp', 'flood').catch(() => {});
    for (let i = 0; i < 20; i++) await refusal(limiter.consume('lookupPerIp', 'flood'));
    const [row] = await handle.db
      .select()
      .from(tables.rateLimits)
      .where(eq(tables.rateLimits.key, 'rl:lookupPerIp:flood'));
    expect(row?.points).toBe(3);
  });

  it('lets requests through when the store fails, rather than taking the product down', async () => {
    // A rule counted by one upsert per request (the per-request rules, counted in memory, are tested below).
    const limiter = createRateLimiter(
      { kind: 'database', db: handle.db },
      { session: { points: 1, durationSeconds: 60 } },
    );
    await handle.db.execute(sql`alter table identity.rate_limits rename to rate_limits_away`);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      await limiter.consume('session', 'x');
      await limiter.consume('session', 'x');
    } finally {
      console.error = original;
      await handle.db.execute(sql`alter table identity.rate_limits_away rename to rate_limits`);
    }
    expect(errors).toHaveLength(2);
    expect(String(errors[0])).toContain('store failure');
    await limiter.consume('session', 'x');
    await refusal(limiter.consume('session', 'x'));
  });

  // The rules every request goes through (issue 16 §4): counted in memory, written and read back in one batch per
  // flush (every second; by hand here: the timer is set out of the way).
  const LATER = 3_600_000;

  it('per-request rules: 20 requests at once over the limit are refused beyond it, and every process refuses after a flush', async () => {
    const rules = { principal: { points: 5, durationSeconds: 600 } };
    const one = createRateLimiter({ kind: 'database', db: handle.db, flushIntervalMs: LATER }, rules);
    const two = createRateLimiter({ kind: 'database', db: other.db, flushIntervalMs: LATER }, rules);
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, () =>
          one.consume('principal', 'user:batched').then(
            () => 'served',
            (error: GraphQLError) => String(error.extensions['code']),
          ),
        ),
      );
      expect(outcomes.filter((o) => o === 'served')).toHaveLength(5);
      expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(15);
      // Nothing written per request: one statement per flush.
      const key = 'rl:principal:user:batched';
      expect(await handle.db.select().from(tables.rateLimits).where(eq(tables.rateLimits.key, key))).toHaveLength(0);
      await one.flush();
      const [row] = await handle.db.select().from(tables.rateLimits).where(eq(tables.rateLimits.key, key));
      expect(row?.points).toBe(5);
      // Another process has not read the shared total before its first flush (the bound of docs/security.md)…
      await two.consume('principal', 'user:batched');
      await two.flush();
      // …then it has, and so has the first one at its next flush: both refuse, with the window's end.
      const refused = await refusal(two.consume('principal', 'user:batched'));
      expect(Number(refused.extensions['retryAfterSeconds'])).toBeGreaterThan(590);
      expect(Number(refused.extensions['retryAfterSeconds'])).toBeLessThanOrEqual(600);
      await one.flush();
      await refusal(one.consume('principal', 'user:batched'));
      const [shared] = await handle.db.select().from(tables.rateLimits).where(eq(tables.rateLimits.key, key));
      expect(shared?.points).toBe(6);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('per-request rules without the database: the gateway keeps serving within the limit and logs it, without the key', async () => {
    const gone = await createDatabase({ url: database.url, maxConnections: 1 });
    await gone.close();
    const limiter = createRateLimiter(
      { kind: 'database', db: gone.db, flushIntervalMs: LATER },
      { ip: { points: 3, durationSeconds: 60 } },
    );
    const warnings = vi.spyOn(rootLogger(), 'warn');
    try {
      for (let i = 0; i < 3; i++) await limiter.consume('ip', 'ip:198.51.100.77');
      await expect(limiter.flush()).rejects.toThrow();
      // Still counted in this process: the limit holds, other keys are served.
      await refusal(limiter.consume('ip', 'ip:198.51.100.77'));
      await limiter.consume('ip', 'ip:198.51.100.78');
      const logged = warnings.mock.calls.map((call) => JSON.stringify(call));
      expect(logged.some((line) => line.includes('rate limit counts not written'))).toBe(true);
      expect(logged.join('\n')).not.toContain('198.51.100');
    } finally {
      warnings.mockRestore();
      await limiter.close();
    }
  });
});

describe('embedded mode (PGlite, one process)', () => {
  it('keeps the counters in the process memory and refuses with 429 all the same', async () => {
    const embedded = await startNavette({
      // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
      arbitraryDocumentsForUsers: true,
      port: 0,
      demoData: false,
      appsDir: '/nonexistent',
      jobs: false,
      rateLimits: { signIn: { points: 2, durationSeconds: 600 } },
    });
    try {
      for (let i = 0; i < 2; i++) expect((await post(embedded.graphqlUrl, emptySignIn, {})).status).toBe(200);
      const refused = await post(embedded.graphqlUrl, emptySignIn, {});
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).not.toBeNull();
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      // Nothing was written to the database: the memory store serves the embedded mode.
      expect(await embedded.db.select().from(tables.rateLimits)).toHaveLength(0);
    } finally {
      await embedded.stop();
    }
  });
});

describe('defaults', () => {
  it('are far above what a portal or an office behind one address sends', () => {
    expect(DEFAULT_RATE_LIMITS.ip.points / DEFAULT_RATE_LIMITS.ip.durationSeconds).toBeGreaterThanOrEqual(30);
    expect(DEFAULT_RATE_LIMITS.signIn.points).toBeGreaterThanOrEqual(60);
  });
});
