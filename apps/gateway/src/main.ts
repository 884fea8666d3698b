// Server mode: the gateway alone, in front of subgraphs that run as their own processes.
import { fileURLToPath } from 'node:url';
import { createTokenVerifier, derivePublicKeyPem } from '@navette/auth';
import { createDatabase } from '@navette/db';
import {
  configureLogging,
  createApiClientUsageRecorder,
  createAuthenticator,
  createPrincipalCache,
  createRateLimiter,
  installProcessGuards,
  pemFromEnvironment,
  rateLimitSettingsFromEnvironment,
  registerPoolMetrics,
  startTelemetryOrExit,
  stopOnTerminationSignals,
} from '@navette/subgraph-server';
import { z } from 'zod';
import { trustedProxiesFromEnvironment } from './client-ip.js';
import { AllowedOriginsVariable, parseAllowedOrigins } from './http-security.js';
import { adHocDocumentsForUsersFromEnvironment } from './edge-documents.js';
import { startGateway } from './server.js';
import { oidcSettingsFromEnvironment } from './oidc-sign-in.js';
import { subgraphs, type SubgraphName } from './subgraphs.js';

const Environment = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** Set by the server-mode supervisor when it runs several gateway workers on one port (SO_REUSEPORT). */
  NAVETTE_REUSE_PORT: z.enum(['0', '1']).default('0'),
  /** Connections of this process (identity checks, rate-limit counters); the supervisor sizes it from max_connections. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  APPS_DIR: z.string().optional(),
  /** Read access to the identity tables: API clients and session revocation are checked at the gateway too. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  NAVETTE_AUTH_PUBLIC_KEY: z.string().optional(),
  NAVETTE_AUTH_PRIVATE_KEY: z.string().optional(),
  NAVETTE_ALLOWED_ORIGINS: AllowedOriginsVariable,
  SUBGRAPH_STRUCTURES_URL: z.url().optional(),
  SUBGRAPH_PARCOURS_URL: z.url().optional(),
  SUBGRAPH_FORMATION_URL: z.url().optional(),
  SUBGRAPH_PILOTAGE_URL: z.url().optional(),
  /** Shared with the subgraphs only: every request to them is signed with it (issue 11 §3). */
  NAVETTE_SUBGRAPH_SECRET: z
    .string({ error: 'NAVETTE_SUBGRAPH_SECRET is required: the secret the gateway signs subgraph requests with' })
    .min(32, 'NAVETTE_SUBGRAPH_SECRET must be at least 32 characters long'),
});

const logger = configureLogging(process.env['NAVETTE_SERVICE'] ?? 'gateway');
installProcessGuards('gateway');
const parsed = Environment.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    logger.fatal({ variable: issue.path.join('.') }, `Configuration error: ${issue.message}`);
  process.exit(2);
}
const env = parsed.data;
// OIDC sign-in for agents (issue 15 §6): on when NAVETTE_OIDC_ISSUER, _CLIENT_ID and _CLIENT_SECRET are set; the
// redirect URIs start with NAVETTE_PUBLIC_URL, which it then requires (behind a proxy the gateway cannot tell it).
let oidc;
try {
  oidc = oidcSettingsFromEnvironment();
} catch (error) {
  logger.fatal(`Configuration error: ${(error as Error).message}`);
  process.exit(2);
}
const publicUrl = process.env['NAVETTE_PUBLIC_URL']?.trim() || undefined;
if (oidc && !publicUrl) {
  logger.fatal(
    'Configuration error: NAVETTE_PUBLIC_URL is required with OIDC sign-in (its redirect URI starts with it)',
  );
  process.exit(2);
}
const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
for (const { name } of subgraphs) {
  const url = env[`SUBGRAPH_${name.toUpperCase()}_URL` as keyof typeof env];
  if (typeof url === 'string') subgraphUrls[name] = url;
}
const privateKeyPem = pemFromEnvironment(env.NAVETTE_AUTH_PRIVATE_KEY);
const publicKeyPem =
  pemFromEnvironment(env.NAVETTE_AUTH_PUBLIC_KEY) ?? (privateKeyPem && derivePublicKeyPem(privateKeyPem));
if (!publicKeyPem) {
  logger.fatal('Configuration error: NAVETTE_AUTH_PUBLIC_KEY is required to verify access tokens');
  process.exit(2);
}
// OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (off by default; docs/operations.md).
const telemetry = await startTelemetryOrExit(process.env['NAVETTE_SERVICE'] ?? 'gateway', logger);
const database = await createDatabase({
  url: env.DATABASE_URL,
  maxConnections: env.DATABASE_POOL_SIZE,
  role: 'gateway',
});
if (database.poolStats) registerPoolMetrics('gateway', database.poolStats);
// Each caller verified once, then kept within the revocation bound (issue 16 §1, docs/security.md).
const authenticator = createPrincipalCache(
  database.db,
  createAuthenticator(database.db, createTokenVerifier({ publicKeyPem })),
);
// Counters in PostgreSQL: the limits hold across every gateway process on this database (issue 11), the per-request
// rules counted in memory and written every second (issue 16 §4; the bound between processes: docs/security.md).
const rateLimiter = createRateLimiter({ kind: 'database', db: database.db }, rateLimitSettingsFromEnvironment());
const sweep = setInterval(() => void rateLimiter.sweep().catch(() => {}), 10 * 60 * 1000);
sweep.unref();
// API clients' calls per day and last use, written in batches every 10 s (issue 15 §1).
const apiClientUsage = createApiClientUsageRecorder(database.db);
const gateway = await startGateway({
  rateLimiter,
  apiClientUsage,
  trustedProxies: trustedProxiesFromEnvironment(),
  authenticate: (authorization) => authenticator.authenticate(authorization),
  port: env.PORT,
  host: env.HOST,
  reusePort: env.NAVETTE_REUSE_PORT === '1',
  subgraphUrls,
  subgraphSecret: env.NAVETTE_SUBGRAPH_SECRET,
  appsDir: env.APPS_DIR ?? fileURLToPath(new URL('../..', import.meta.url)),
  logging: true,
  allowedOrigins: parseAllowedOrigins(env.NAVETTE_ALLOWED_ORIGINS),
  arbitraryDocumentsForUsers: adHocDocumentsForUsersFromEnvironment(),
  readinessChecks: { database: () => database.ping() },
  oidc,
  ...(publicUrl ? { publicUrl } : {}),
});
logger.info({ url: `${gateway.url}/graphql`, portals: gateway.servedPortals.map((p) => p.path) }, 'gateway ready');
stopOnTerminationSignals(async () => {
  await gateway.stop();
  await apiClientUsage.close();
  await rateLimiter.close();
  await database.close();
  await telemetry?.shutdown();
}, logger);
