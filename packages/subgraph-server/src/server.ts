import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import express from 'express';
import type { DocumentNode } from 'graphql';
import { enforceAccessDirectives } from './access-directives.js';
import { installReadAudit, readAuditPlugin } from './read-audit.js';
import { maskError } from './errors.js';
import {
  createGatewaySignatureCheck,
  GatewaySignatureError,
  isSignedByGateway,
  refuseUnsigned,
} from './gateway-signature.js';
import { requestIdMiddleware, rootLogger, serializeError } from './logging.js';
import { shutdownGracePeriodMs } from './shutdown.js';
import { bodyErrorHandler } from './body-errors.js';
import { inputChecksPlugin } from './input-checks.js';
import { withTimeout } from './unavailable.js';
import { subgraphOperationLimits } from './subgraph-limits.js';
import { respondMetrics } from './metrics.js';
import { observabilityPlugin } from './observability.js';
import { telemetryActive, traceSubgraphRequests } from './telemetry.js';

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

/** Readiness (`/health`) fails when the subgraph's dependencies do not answer within this (issue 12). */
const HEALTH_CHECK_TIMEOUT_MS = 2_000;

export interface SubgraphOptions {
  port: number;
  host?: string;
  /** Several worker processes of this subgraph share the port (SO_REUSEPORT; server mode, issue 16 §2). */
  reusePort?: boolean;
  /**
   * The secret shared with the gateway: /graphql answers only requests the gateway signed with it
   * (gateway-signature.ts). Required: a subgraph reachable on the network is never weaker than the gateway.
   */
  gatewaySecret: string;
  /** Requests in flight may finish within it on stop (NAVETTE_SHUTDOWN_GRACE_MS, 10 s). */
  shutdownGracePeriodMs?: number;
}

/**
 * Starts a subgraph: POST /graphql (signed by the gateway), GET /health (readiness: checks the database), GET /live.
 * Resolves once it listens.
 */
export async function startSubgraph<Context extends BaseContext>(
  definition: SubgraphDefinition<Context>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const signature = createGatewaySignatureCheck(options.gatewaySecret);
  const app = express();
  const httpServer: Server = createServer(app);
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]);
  enforceAccessDirectives(schema);
  // Reads of personal data audited once per request and subject (issue 19): the SDL's @personalData (read-audit.ts).
  installReadAudit(schema);
  const limits = subgraphOperationLimits<Context>();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    ...limits.serverOptions,
    includeStacktraceInErrorResponses: false,
    // The process that runs the subgraph owns the signals: it stops everything in order (see startNavette).
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => maskError(definition.name, limits.translate(formatted, error), error),
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: options.shutdownGracePeriodMs ?? shutdownGracePeriodMs(),
      }),
      // No traces in responses: they would tell the outside about the subgraph's internals.
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints either (no @cacheControl in the schemas): otherwise every field of every response goes through
      // its hook (the country's indicator table, 7,000 rows: 517 → 483 ms at p50, docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
      // Operation limits, then every String and ID input checked before execution (subgraph-limits.ts, input-checks.ts).
      limits.plugin,
      inputChecksPlugin<Context>(),
      readAuditPlugin<Context>(),
      // Metrics and the span's attributes (observability.ts).
      observabilityPlugin<Context>(definition.name),
      ...(definition.plugins ?? []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Liveness: the process answers; never touches the database (a slow database must not get the process restarted).
  app.get('/live', (_req, res) => void res.json({ status: 'ok', subgraph: definition.name }));
  app.get('/health', async (_req, res) => {
    try {
      await withTimeout(definition.healthCheck(), HEALTH_CHECK_TIMEOUT_MS, `${definition.name} health check`);
      res.json({ status: 'ok', subgraph: definition.name });
    } catch (error) {
      rootLogger().error({ subgraph: definition.name, err: serializeError(error) }, 'health check failed');
      res.status(503).json({ status: 'unavailable', subgraph: definition.name });
    }
  });
  // Prometheus metrics of the process (metrics.ts): NAVETTE_METRICS_TOKEN, or loopback callers only.
  app.get('/metrics', (req, res) => void respondMetrics(req, res, req.socket.remoteAddress));
  // Unsigned or stale: refused before the body is read; then the signature is checked against the raw body.
  const signedOnly: express.RequestHandler = (req, res, next) =>
    signature.precheck(req) ? next() : refuseUnsigned(res);
  const verifiedOnly: express.RequestHandler = (req, res, next) =>
    isSignedByGateway(req) ? next() : refuseUnsigned(res);
  // A body whose signature does not match: refused as unsigned, before any other error of the body.
  const signatureErrors: express.ErrorRequestHandler = (error, _req, res, next) => {
    if (error instanceof GatewaySignatureError) refuseUnsigned(res);
    else next(error);
  };
  app.use(
    '/graphql',
    signedOnly,
    express.json({ limit: definition.maxBodySize ?? '1mb', verify: (req, _res, body) => signature.verify(req, body) }),
    verifiedOnly,
    // After the body is read, so that they follow the resolvers down to SQL: the request's span, child of the
    // gateway's (traces on only, telemetry.ts), and the request's id.
    ...(telemetryActive() ? [traceSubgraphRequests(definition.name)] : []),
    requestIdMiddleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const context = await definition.createContext(req);
        // Only the gateway reads the schema (introspection, `_service`): the requests it signed.
        if (isSignedByGateway(req)) limits.markTrusted(context);
        return context;
      },
    }),
    signatureErrors,
    bodyErrorHandler(definition.maxBodySize ?? '1mb'),
  );

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port: options.port, host, reusePort: options.reusePort ?? false }, () => resolve());
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
