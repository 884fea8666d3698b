// Server mode: one subgraph per process on a real PostgreSQL, configured from the environment.
import type { BaseContext } from '@apollo/server';
import { createTokenIssuer, createTokenVerifier, derivePublicKeyPem, type TokenIssuer } from '@navette/auth';
import { createDatabase, runMigrations, type Database } from '@navette/db';
import { createAuthenticator, type Authenticator } from './authentication.js';
import { pemFromEnvironment } from './keys.js';
import { installProcessGuards } from './process-guards.js';
import { z } from 'zod';
import { startSubgraph, type SubgraphDefinition } from './server.js';
import { configureLogging, rootLogger } from './logging.js';
import { stopOnTerminationSignals } from './shutdown.js';
import { registerPoolMetrics } from './metrics.js';
import { startTelemetryOrExit } from './telemetry.js';

const Environment = z.object({
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is required in server mode (postgres://user@host:5432/navette)' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Set by the server-mode supervisor when it runs several workers of this subgraph on one port (SO_REUSEPORT). */
  NAVETTE_REUSE_PORT: z.enum(['0', '1']).default('0'),
  /** Ed25519 public key (SPKI PEM) that verifies access tokens. */
  NAVETTE_AUTH_PUBLIC_KEY: z.string().optional(),
  /** Ed25519 private key (PKCS8 PEM): only for the subgraph that signs people in (structures). */
  NAVETTE_AUTH_PRIVATE_KEY: z.string().optional(),
  /** Shared with the gateway only: a subgraph answers the requests the gateway signed with it (issue 11 §3). */
  NAVETTE_SUBGRAPH_SECRET: z
    .string({ error: 'NAVETTE_SUBGRAPH_SECRET is required: the secret the gateway signs subgraph requests with' })
    .min(32, 'NAVETTE_SUBGRAPH_SECRET must be at least 32 characters long'),
});

export interface AuthDependencies {
  authenticator: Authenticator;
  /** Present when NAVETTE_AUTH_PRIVATE_KEY is set. */
  issuer?: TokenIssuer;
  /** Registers a job's stop (awaited on SIGTERM after the HTTP server has drained, before the pool closes). */
  onStop: (stop: () => Promise<void>) => void;
  /** The secret shared with the gateway (NAVETTE_SUBGRAPH_SECRET): OIDC identity assertions are signed with it. */
  gatewaySecret: string;
}

/** Validates the environment once, migrates (advisory-locked), starts the subgraph, stops cleanly on SIGINT/SIGTERM. */
export async function serveFromEnvironment<Context extends BaseContext>(
  makeDefinition: (db: Database, auth: AuthDependencies) => SubgraphDefinition<Context>,
  defaultPort: number,
): Promise<void> {
  installProcessGuards(`subgraph:${defaultPort}`);
  const parsed = Environment.safeParse(process.env);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      rootLogger().fatal({ variable: issue.path.join('.') }, `Configuration error: ${issue.message}`);
    process.exit(2);
  }
  const env = parsed.data;
  const handle = await createDatabase({ url: env.DATABASE_URL, maxConnections: env.DATABASE_POOL_SIZE });
  await runMigrations(handle);
  const privateKeyPem = pemFromEnvironment(env.NAVETTE_AUTH_PRIVATE_KEY);
  const publicKeyPem =
    pemFromEnvironment(env.NAVETTE_AUTH_PUBLIC_KEY) ?? (privateKeyPem && derivePublicKeyPem(privateKeyPem));
  if (!publicKeyPem) {
    rootLogger().fatal(
      'Configuration error: NAVETTE_AUTH_PUBLIC_KEY (or NAVETTE_AUTH_PRIVATE_KEY) is required to verify access tokens',
    );
    process.exit(2);
  }
  const authenticator = createAuthenticator(handle.db, createTokenVerifier({ publicKeyPem }));
  const jobs: (() => Promise<void>)[] = [];
  const definition = makeDefinition(handle.db, {
    authenticator,
    ...(privateKeyPem ? { issuer: createTokenIssuer({ privateKeyPem }) } : {}),
    onStop: (stop) => jobs.push(stop),
    gatewaySecret: env.NAVETTE_SUBGRAPH_SECRET,
  });
  const service = process.env['NAVETTE_SERVICE'] ?? `subgraph-${definition.name}`;
  const logger = configureLogging(service);
  // OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (off by default; docs/operations.md).
  const telemetry = await startTelemetryOrExit(service, logger);
  if (handle.poolStats) registerPoolMetrics(definition.name, handle.poolStats);
  const running = await startSubgraph(definition, {
    port: env.PORT ?? defaultPort,
    host: env.HOST,
    reusePort: env.NAVETTE_REUSE_PORT === '1',
    gatewaySecret: env.NAVETTE_SUBGRAPH_SECRET,
  });
  logger.info({ url: running.url }, `subgraph ${definition.name} ready`);
  // Order: no new requests and the ones in flight finished (drain), then the jobs between two batches, then the pool.
  stopOnTerminationSignals(async () => {
    await running.stop();
    await Promise.all(jobs.map((stop) => stop()));
    await handle.close();
    await telemetry?.shutdown();
  }, logger);
}
