// `npm start`: the whole product on this machine, embedded mode unless DATABASE_URL is set.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { installProcessGuards } from '@navette/subgraph-server';
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
});

installProcessGuards('navette');
const parsed = Environment.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`Configuration error: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(2);
}
const env = parsed.data;
let navette;
try {
  navette = await startNavette({
    port: env.NAVETTE_PORT,
    host: env.NAVETTE_HOST,
    dataDir: env.NAVETTE_DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    log: (m) => console.log(`[navette] ${m}`),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`Port ${env.NAVETTE_PORT} is taken: set NAVETTE_PORT to another one.`);
  else console.error('[navette] could not start:', error);
  process.exit(1);
}

const lines: [string, string][] = [['API GraphQL', navette.graphqlUrl], ...navette.portals.map((p): [string, string] => [p.title, p.url])];
const width = Math.max(...lines.map(([label]) => label.length));
console.log(`
Navette is running.
${lines.map(([label, url]) => `  ${label.padEnd(width)}  ${url}`).join('\n')}${navette.portals.length === 0 ? '\n  (portals not built: run the build first)' : ''}
Press Ctrl-C to stop.`);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n[navette] ${signal}: stopping…`);
  await navette.stop();
  console.log('[navette] stopped; data kept.');
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
