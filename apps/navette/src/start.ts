// The composition root of the product. Embedded mode (default): one PGlite shared by the four subgraphs and the
// gateway in this one process (PGlite runs one query at a time and its socket server breaks with concurrent
// clients). With `databaseUrl`, the same set runs on a real PostgreSQL (used by the integration tests).
import { fileURLToPath } from 'node:url';
import { createDatabase, lockDataDir, runMigrations, seedDemoData, type Database } from '@navette/db';
import { oidcSettingsFromEnvironment, startGateway, type OidcSettings, type SubgraphName } from '@navette/gateway';
import { createTokenIssuer, createTokenVerifier, generateSigningKeys } from '@navette/auth';
import {
  createAuthenticator,
  createApiClientUsageRecorder,
  createPrincipalCache,
  startAuditRetentionJob,
  startNotificationRetentionJob,
  startRetentionJob,
  createRateLimiter,
  generateGatewaySecret,
  loadOrCreateSigningKeys,
  rateLimitSettingsFromEnvironment,
  registerBacklogMetrics,
  registerPoolMetrics,
  startIdempotencyExpiryJob,
  startSubgraph,
  type RateLimitSettings,
  type RunningSubgraph,
} from '@navette/subgraph-server';
import { formationSubgraph } from '@navette/subgraph-formation';
import { parcoursSubgraph, startDailyReminderJob, startTacitGrantJob } from '@navette/subgraph-parcours';
import { pilotageSubgraph } from '@navette/subgraph-pilotage';
import {
  MailCatcher,
  publicUrlFromEnvironment,
  readQueueBacklog,
  smtpMailerFromEnvironment,
  startNotificationWorker,
  startWebhookWorker,
  webhooksAllowPrivateFromEnvironment,
  structuresSubgraph,
  type Mailer,
} from '@navette/subgraph-structures';

export interface NavetteOptions {
  /** Embedded mode: PGlite data folder (kept between starts). Ignored when `databaseUrl` is set. */
  dataDir?: string;
  /** Server mode: postgres://… */
  databaseUrl?: string;
  /** Gateway port; 0 picks a free one. */
  port: number;
  host?: string;
  /** Folder holding the portals' builds (`<appsDir>/<portal>/dist`); defaults to this repository's apps/. */
  appsDir?: string;
  /** The secret shared by the gateway and the subgraphs; a random one per start by default. */
  subgraphSecret?: string;
  /** Fixed clock for tests. */
  clock?: () => Date;
  /** Loads the demo data set when the database is empty (default true). */
  demoData?: boolean;
  /**
   * With the demo data, also a year of activity of the region (issue 14 §4: @navette/datagen loadDemoRegion, dates
   * relative to `clock`), when no person is recorded yet. `npm start` sets it; tests keep the small set (default false).
   */
  demoActivity?: boolean;
  /** Runs the background jobs (tacit grants) in this process (default true). */
  jobs?: boolean;
  log?: (message: string) => void;
  /** Origins whose browser scripts may call /graphql (CORS); none by default (the portals are same-origin). */
  allowedOrigins?: readonly string[];
  /**
   * Lets signed-in users' tokens send documents other than their portal's persisted ones (see startGateway). Tests
   * only: off, i.e. enforced, by default.
   */
  arbitraryDocumentsForUsers?: boolean | ((request: Request) => boolean);
  /**
   * One authentication per request (issue 16 §1): the gateway's principal cache and the signed principal sent to the
   * subgraphs. false only for the benchmark that measures without them (apps/navette/bench/authentication.ts).
   */
  authenticateOnce?: boolean;
  /**
   * Rate limits (issue 11): the rules (defaults and NAVETTE_RATE_LIMIT_* when absent), or false for none. Counters in
   * the process memory in embedded mode (one process), in PostgreSQL with `databaseUrl`.
   */
  rateLimits?: Partial<RateLimitSettings> | false;
  /** Proxies whose X-Forwarded-For is believed (NAVETTE_TRUSTED_PROXIES when absent). */
  trustedProxies?: readonly string[];
  /**
   * E-mails (issue 14 §3): 'smtp' sends through NAVETTE_SMTP_URL, 'catcher' keeps them in memory and shows them at
   * /mails (dev, demo). Default: 'smtp' when NAVETTE_SMTP_URL is set, else 'catcher'.
   */
  mail?: 'smtp' | 'catcher';
  /** How often the notification worker looks at the outbox (default 2 s). */
  notificationIntervalMs?: number;
  /**
   * Webhook receivers on loopback and private networks, over http too (issue 15 §4): a developer's machine and the
   * tests only. Default: NAVETTE_WEBHOOKS_ALLOW_PRIVATE=1, else refused.
   */
  webhooksAllowPrivate?: boolean;
  /**
   * OIDC sign-in for agents (issue 15 §6): the provider and this client. Default: NAVETTE_OIDC_* (off when unset).
   * The redirect URI is NAVETTE_PUBLIC_URL (else the gateway's address) + /auth/oidc/callback.
   */
  oidc?: OidcSettings | null;
}

export interface RunningNavette {
  url: string;
  graphqlUrl: string;
  subgraphs: Record<SubgraphName, string>;
  /** The secret the gateway signs subgraph requests with (tests sign their own straight calls with it). */
  subgraphSecret: string;
  portals: { path: string; title: string; url: string }[];
  db: Database;
  /** The mail catcher, when e-mails are caught instead of sent (see NavetteOptions.mail). */
  mailCatcher: MailCatcher | null;
  /** Writes the API clients' usage counted so far (every 10 s on its own; tests call it instead of waiting). */
  flushApiClientUsage(): Promise<void>;
  stop(): Promise<void>;
}

const defaultAppsDir = fileURLToPath(new URL('../..', import.meta.url));

export async function startNavette(options: NavetteOptions): Promise<RunningNavette> {
  const log = options.log ?? (() => {});
  const stack: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    while (stack.length > 0) await stack.pop()!();
  };
  try {
    if (!options.databaseUrl) {
      const dataDir = options.dataDir ?? 'memory://';
      if (!dataDir.startsWith('memory://')) stack.push(lockDataDir(dataDir));
    }
    const handle = await createDatabase(
      options.databaseUrl ? { url: options.databaseUrl } : { dataDir: options.dataDir ?? 'memory://' },
    );
    stack.push(() => handle.close());
    // The pool's use on /metrics (server mode; PGlite has no pool).
    if (handle.poolStats) stack.push(registerPoolMetrics('navette', handle.poolStats));
    log(
      `Database: ${handle.driver === 'pglite' ? `PGlite (${options.dataDir ?? 'memory'})` : 'PostgreSQL'}; migrating…`,
    );
    await runMigrations(handle);
    // The work queues' backlog on /metrics (notifications, e-mails, webhooks), read at each scrape.
    stack.push(registerBacklogMetrics(() => readQueueBacklog(handle.db)));
    const clock = options.clock ?? (() => new Date());
    if (options.demoData !== false) {
      const { inserted } = await seedDemoData(handle.db);
      log(inserted ? 'Demo data of Bourgogne-Franche-Comté loaded.' : 'Existing data kept.');
      if (options.demoActivity) {
        const started = performance.now();
        const { loadDemoRegion } = await import('@navette/datagen');
        const region = await loadDemoRegion(handle.db, { clock });
        if (region.loaded) {
          log(
            `Demo activity loaded: two years up to ${region.today}, ${region.rows} rows (${((performance.now() - started) / 1000).toFixed(1)} s).`,
          );
        }
      }
    }

    // Embedded mode keeps the signing key beside the data (made at the first start); a throw-away database gets
    // throw-away keys.
    const keys =
      options.databaseUrl || !options.dataDir || options.dataDir.startsWith('memory://')
        ? generateSigningKeys()
        : loadOrCreateSigningKeys(`${options.dataDir}.signing-key.pem`);
    const authenticator = createAuthenticator(
      handle.db,
      createTokenVerifier({ publicKeyPem: keys.publicKeyPem }),
      clock,
    );
    const issuer = createTokenIssuer({ privateKeyPem: keys.privateKeyPem });
    // The gateway verifies each caller once and keeps it for a while, bounded by revocations (issue 16 §1).
    const principals = createPrincipalCache(handle.db, authenticator, { clock: () => clock().getTime() });
    stack.push(() => principals.close());
    const rateLimiter =
      options.rateLimits === false
        ? undefined
        : createRateLimiter(
            options.databaseUrl ? { kind: 'database', db: handle.db } : { kind: 'memory' },
            options.rateLimits ?? rateLimitSettingsFromEnvironment(),
          );
    // The per-request rules' counts are written every second and on stop (issue 16 §4).
    if (rateLimiter) stack.push(() => rateLimiter.close());
    if (rateLimiter && options.databaseUrl) {
      // Expired counters of the PostgreSQL store are removed every 10 minutes (the memory store forgets on its own).
      const sweep = setInterval(() => void rateLimiter.sweep().catch(() => {}), 10 * 60 * 1000);
      sweep.unref();
      stack.push(() => clearInterval(sweep));
    }

    // API clients' calls per day and last use: counted in memory, written every 10 s and on stop (issue 15 §1).
    const apiClientUsage = createApiClientUsageRecorder(handle.db, { clock });
    stack.push(() => apiClientUsage.close());

    // Port 0: the subgraphs are internal to this process's gateway, on free loopback ports, and answer only the
    // requests it signs with a secret of this process (issue 11 §3).
    const subgraphSecret = options.subgraphSecret ?? generateGatewaySecret();
    const internal = { port: 0, gatewaySecret: subgraphSecret };
    // E-mails: SMTP from the environment, or the mail catcher shown at /mails (issue 14 §3).
    const smtp = options.mail === 'catcher' ? null : smtpMailerFromEnvironment();
    if (options.mail === 'smtp' && !smtp) throw new Error('mail: smtp needs NAVETTE_SMTP_URL');
    const mailCatcher = smtp ? null : new MailCatcher({ from: process.env['NAVETTE_MAIL_FROM'] || undefined });
    const mailer: Mailer = smtp ?? mailCatcher!;
    // The links of e-mails: NAVETTE_PUBLIC_URL, else this gateway's address once listening (set below).
    const links = { publicUrl: publicUrlFromEnvironment('http://127.0.0.1:4000') };
    // Webhook receivers on loopback and private networks: a developer's machine and the tests only (issue 15 §4).
    const webhooksAllowPrivate = options.webhooksAllowPrivate ?? webhooksAllowPrivateFromEnvironment();
    const structuresDependencies = {
      authenticator,
      issuer,
      clock,
      mailer,
      webhooksAllowPrivate,
      identityAssertionSecret: subgraphSecret,
      get publicUrl() {
        return links.publicUrl;
      },
    };
    const starters = [
      () => startSubgraph(structuresSubgraph(handle.db, structuresDependencies), internal),
      () => startSubgraph(parcoursSubgraph(handle.db, { authenticator, clock, rateLimiter }), internal),
      () => startSubgraph(formationSubgraph(handle.db, { authenticator, clock }), internal),
      () => startSubgraph(pilotageSubgraph(handle.db, { authenticator, clock }), internal),
    ];
    const running: RunningSubgraph[] = [];
    for (const start of starters) {
      const subgraph = await start();
      stack.push(() => subgraph.stop());
      running.push(subgraph);
    }
    const subgraphs = Object.fromEntries(running.map((s) => [s.name, s.url])) as Record<SubgraphName, string>;
    if (options.jobs !== false) {
      // Tacit grants of agrément requests left unanswered past their deadline (annexe 4 §2.2.2).
      stack.push(startTacitGrantJob(handle.db, clock));
      // Daily reminders (issue 14 §3): a decision deadline tomorrow → the agence, a tripartite interview due → the SIAE.
      stack.push(startDailyReminderJob(handle.db, clock));
      // Idempotency keys older than 24 h (issue 12).
      stack.push(startIdempotencyExpiryJob(handle.db));
      // The audit trail's retention purge (issue 19): reads after 12 months, the rest after 72; audited, idempotent.
      stack.push(startAuditRetentionJob(handle.db, clock));
      stack.push(startNotificationRetentionJob(handle.db, clock));
      // Anonymisation of the people whose retention period is over (issue 19 §3, docs/data-protection.md).
      stack.push(startRetentionJob(handle.db, clock));
    }

    const gateway = await startGateway({
      port: options.port,
      host: options.host ?? '127.0.0.1',
      subgraphUrls: subgraphs,
      subgraphSecret,
      appsDir: options.appsDir ?? defaultAppsDir,
      authenticate: (authorization) =>
        options.authenticateOnce === false
          ? authenticator.authenticate(authorization)
          : principals.authenticate(authorization),
      ...(options.authenticateOnce === false ? { signPrincipal: false } : {}),
      allowedOrigins: options.allowedOrigins ?? [],
      readinessChecks: { database: () => handle.ping() },
      ...(options.arbitraryDocumentsForUsers !== undefined
        ? { arbitraryDocumentsForUsers: options.arbitraryDocumentsForUsers }
        : {}),
      ...(rateLimiter ? { rateLimiter } : {}),
      apiClientUsage,
      trustedProxies:
        options.trustedProxies ?? (process.env['NAVETTE_TRUSTED_PROXIES'] ?? '').split(',').filter((s) => s.trim()),
      ...(mailCatcher ? { mailCatcher } : {}),
      oidc: options.oidc === undefined ? oidcSettingsFromEnvironment() : options.oidc,
      ...(process.env['NAVETTE_PUBLIC_URL'] ? { publicUrl: publicUrlFromEnvironment('') } : {}),
    });
    stack.push(() => gateway.stop());
    links.publicUrl = publicUrlFromEnvironment(gateway.url);
    if (options.jobs !== false) {
      // Notifications (issue 14 §3): the outbox fanned out to the bell and e-mails.
      stack.push(
        startNotificationWorker(handle.db, {
          mailer,
          clock,
          get publicUrl() {
            return links.publicUrl;
          },
          ...(options.notificationIntervalMs ? { intervalMs: options.notificationIntervalMs } : {}),
        }),
      );
      // Webhooks (issue 15 §4): the outbox's public events delivered to the API clients' subscriptions.
      stack.push(
        startWebhookWorker(handle.db, {
          allowPrivateNetworks: webhooksAllowPrivate,
          ...(options.notificationIntervalMs ? { intervalMs: options.notificationIntervalMs } : {}),
        }),
      );
    }
    return {
      url: gateway.url,
      graphqlUrl: `${gateway.url}/graphql`,
      subgraphs,
      subgraphSecret,
      portals: gateway.servedPortals.map((p) => ({ ...p, url: `${gateway.url}${p.path}/` })),
      db: handle.db,
      mailCatcher,
      flushApiClientUsage: () => apiClientUsage.flush(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
