// Server mode: the gateway alone, in front of subgraphs that run as their own processes.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { startGateway } from './server.js';
import { subgraphs, type SubgraphName } from './subgraphs.js';

const Environment = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  APPS_DIR: z.string().optional(),
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
const gateway = await startGateway({
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
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
