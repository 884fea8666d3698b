// `npm start`: the whole product on this machine, embedded mode unless DATABASE_URL is set.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { adHocDocumentsForUsersFromEnvironment, AllowedOriginsVariable, parseAllowedOrigins } from '@navette/gateway';
import {
  configureLogging,
  installProcessGuards,
  serializeError,
  startTelemetryOrExit,
  stopOnTerminationSignals,
} from '@navette/subgraph-server';
import { startNavette } from './start.js';

const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));
const Environment = z.object({
  NAVETTE_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NAVETTE_HOST: z.string().default('127.0.0.1'),
  NAVETTE_DATA_DIR: z.string().default(resolve(repositoryRoot, '.navette/data/pglite')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  NAVETTE_ALLOWED_ORIGINS: AllowedOriginsVariable,
});

const logger = configureLogging(process.env['NAVETTE_SERVICE'] ?? 'navette');
installProcessGuards('navette');
const parsed = Environment.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues)
    logger.fatal({ variable: issue.path.join('.') }, `Configuration error: ${issue.message}`);
  process.exit(2);
}
const env = parsed.data;
// OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (off by default; docs/operations.md).
const telemetry = await startTelemetryOrExit('navette', logger);
let navette;
try {
  navette = await startNavette({
    port: env.NAVETTE_PORT,
    host: env.NAVETTE_HOST,
    dataDir: env.NAVETTE_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    // The living demo region (issue 14 §4): a year of activity around today on the first start.
    demoActivity: true,
    log: (m) => logger.info(m),
    allowedOrigins: parseAllowedOrigins(env.NAVETTE_ALLOWED_ORIGINS),
    arbitraryDocumentsForUsers: adHocDocumentsForUsersFromEnvironment(),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    logger.fatal({ port: env.NAVETTE_PORT }, 'the port is taken: set NAVETTE_PORT to another one');
  else logger.fatal({ err: serializeError(error) }, 'could not start');
  process.exit(1);
}

const lines: [string, string][] = [
  ['API GraphQL', navette.graphqlUrl],
  ...navette.portals.map((p): [string, string] => [p.title, p.url]),
  // The mail catcher (issue 14 §3): the e-mails the product would have sent, when no SMTP server is set.
  ...(navette.mailCatcher ? [['Courriels envoyés (démo)', `${navette.url}/mails`] as [string, string]] : []),
];
const width = Math.max(...lines.map(([label]) => label.length));
// The embedded product is one process (PGlite runs one query at a time, in this process): every core at work is
// server mode's (`npm run start:server`, NAVETTE_WORKERS per service; issue 16 §2, docs/operations.md).
logger.info(
  { url: navette.graphqlUrl, processes: 1, database: env.DATABASE_URL ? 'postgresql' : 'pglite' },
  'navette running (embedded: one process; `npm run start:server` runs a process per core)',
);
// The terminal's welcome for whoever ran `npm start` (not a log line: no data in it but the URLs).
console.log(`
Navette is running.
${lines.map(([label, url]) => `  ${label.padEnd(width)}  ${url}`).join('\n')}${navette.portals.length === 0 ? '\n  (portals not built: run the build first)' : ''}
Press Ctrl-C to stop.`);

// Gateway first (drains the requests in flight), then the tacit-grant job between two batches, the subgraphs, the
// database (data kept).
stopOnTerminationSignals(async () => {
  await navette.stop();
  await telemetry?.shutdown();
}, logger);
