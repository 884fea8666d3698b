import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import express from 'express';
import type { DocumentNode } from 'graphql';
import { enforceAccessDirectives } from './access-directives.js';
import { maskError } from './errors.js';
import { subgraphOperationLimits, type TrustedGatewayCheck } from './subgraph-limits.js';

export interface SubgraphDefinition<Context extends BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<Context>;
  /** Builds the per-request context (DataLoaders live there: one set per request). */
  createContext: (request: express.Request) => Promise<Context>;
  /** Throws when the subgraph cannot serve (e.g. its database is unreachable). */
  healthCheck: () => Promise<void>;
  plugins?: ApolloServerPlugin<Context>[];
  /** Largest request body accepted (express `limit` syntax); 1 MB unless the subgraph takes uploads. */
  maxBodySize?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts a subgraph: POST /graphql, GET /health. Resolves once it listens. */
export async function startSubgraph<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  options: {
    port: number;
    host?: string;
    /** Whether a request comes from the gateway: only it reads the schema (introspection, `_service`). All by default. */
    isTrustedGatewayRequest?: TrustedGatewayCheck;
  },
): Promise<RunningSubgraph> {
  const app = express();
  const httpServer: Server = createServer(app);
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]);
  enforceAccessDirectives(schema);
  const limits = subgraphOperationLimits<Context>();
  const isTrusted = options.isTrustedGatewayRequest ?? (() => true);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    ...limits.serverOptions,
    includeStacktraceInErrorResponses: false,
    // The process that runs the subgraph owns the signals: it stops everything in order (see startNavette).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(definition.name, limits.translate(formatted, error), error),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 2_000 }),
      // No traces in responses: they would tell the outside about the subgraph's internals.
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints either (no @cacheControl in the schemas): otherwise every field of every response goes through
      // its hook (the country's indicator table, 7,000 rows: 517 → 483 ms at p50, docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
      limits.plugin,
      ...(definition.plugins ?? []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      await definition.healthCheck();
      res.json({ status: 'ok', subgraph: definition.name });
    } catch (error) {
      console.error(`[${definition.name}] health check failed:`, error);
      res.status(503).json({ status: 'unavailable', subgraph: definition.name });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: definition.maxBodySize ?? '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = await definition.createContext(req);
        if (await isTrusted(req)) limits.markTrusted(context);
        return context;
      },
    }),
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    name: definition.name,
    port,
    url: `http://${host}:${port}/graphql`,
    stop: async () => {
      await apollo.stop(); // the drain plugin closes the HTTP server and waits for requests in flight
    },
  };
}
