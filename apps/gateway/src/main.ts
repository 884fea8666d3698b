// Server mode: the gateway alone, in front of subgraphs that run as their own processes.
import { fileURLToPath } from 'node:url';
import { createTokenVerifier, derivePublicKeyPem } from '@navette/auth';
import { createDatabase } from '@navette/db';
import { createAuthenticator, createRateLimiter, pemFromEnvironment, rateLimitSettingsFromEnvironment } from '@navette/subgraph-server';
import { z } from 'zod';
import { trustedProxiesFromEnvironment } from './client-ip.js';
import { startGateway } from './server.js';
import { subgraphs, type SubgraphName } from './subgraphs.js';

const Environment = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  APPS_DIR: z.string().optional(),
  /** Read access to the identity tables: API clients and session revocation are checked at the gateway too. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL'),
  NAVETTE_AUTH_PUBLIC_KEY: z.string().optional(),
  NAVETTE_AUTH_PRIVATE_KEY: z.string().optional(),
  SUBGRAPH_STRUCTURES_URL: z.url().optional(),
  SUBGRAPH_PARCOURS_URL: z.url().optional(),
  SUBGRAPH_FORMATION_URL: z.url().optional(),
  SUBGRAPH_PILOTAGE_URL: z.url().optional(),
});

const parsed = Environment.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`Configuration error: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
const env = parsed.data;
const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
for (const { name } of subgraphs) {
  const url = env[`SUBGRAPH_${name.toUpperCase()}_URL` as keyof typeof env];
  if (typeof url === 'string') subgraphUrls[name] = url;
}
const privateKeyPem = pemFromEnvironment(env.NAVETTE_AUTH_PRIVATE_KEY);
const publicKeyPem = pemFromEnvironment(env.NAVETTE_AUTH_PUBLIC_KEY) ?? (privateKeyPem && derivePublicKeyPem(privateKeyPem));
if (!publicKeyPem) {
  console.error('Configuration error: NAVETTE_AUTH_PUBLIC_KEY is required to verify access tokens');
  process.exit(2);
}
const database = await createDatabase({ url: env.DATABASE_URL, maxConnections: 5 });
const authenticator = createAuthenticator(database.db, createTokenVerifier({ publicKeyPem }));
// Counters in PostgreSQL: the limits hold across every gateway process on this database (issue 11).
const rateLimiter = createRateLimiter({ kind: 'database', db: database.db }, rateLimitSettingsFromEnvironment());
const sweep = setInterval(() => void rateLimiter.sweep().catch(() => {}), 10 * 60 * 1000);
sweep.unref();
const gateway = await startGateway({
  rateLimiter,
  trustedProxies: trustedProxiesFromEnvironment(),
  authenticate: (authorization) => authenticator.authenticate(authorization),
  port: env.PORT,
  host: env.HOST,
  subgraphUrls,
  appsDir: env.APPS_DIR ?? fileURLToPath(new URL('../..', import.meta.url)),
  logging: true,
});
console.log(`Gateway ready at ${gateway.url}/graphql`);
for (const p of gateway.servedPortals) console.log(`  ${p.title}: ${gateway.url}${p.path}/`);
const stop = async () => {
  await gateway.stop();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
