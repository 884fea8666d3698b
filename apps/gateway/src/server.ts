import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createGatewayRuntime,
  Logger,
  type LogLevel,
  type LogWriter,
  type UnifiedGraphHandler,
} from '@graphql-hive/gateway-runtime';
import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import httpTransport from '@graphql-mesh/transport-http';
import type { Principal } from '@navette/auth';
import type { ApiClientUsageRecorder, RateLimiter } from '@navette/subgraph-server';
import { GraphQLError } from 'graphql';
import { staticAssets } from './static-assets.js';
import { acceptGraphqlRequest, corsFor, setSecurityHeaders } from './http-security.js';
import { createSessionEndpoints } from './session-endpoints.js';
import type { OidcSettings } from './oidc-sign-in.js';
import { createDeveloperSite } from './developer-site.js';
import { createMailCatcherPages, MAILS_PATH, type MailCatcherSource } from './mail-catcher-page.js';
import {
  currentLogger,
  logLevelFromEnvironment,
  metricsToken,
  respondMetrics,
  telemetryActive,
  requestIdFrom,
  rootLogger,
  scrubAttributes,
  scrubText,
  serializeError,
  shutdownGracePeriodMs,
  withRequestId,
} from '@navette/subgraph-server';
import { createDrain } from './drain.js';
import { persistedOperationNames, useMetrics } from './observability.js';
import { subgraphs, type SubgraphName } from './subgraphs.js';
import { clientAddress, rateLimitKeyOfAddress, trustedProxyList } from './client-ip.js';
import { useApiClientUsage, useRateLimits } from './rate-limits.js';
import { loadSupergraph } from './supergraph.js';
import { useUpstreamSignature } from './upstream-signature.js';
import { clientGraphQLError, useFrenchValidationErrors } from './client-errors.js';
import { MAX_BODY_BYTES, MAX_UPLOAD_BODY_BYTES, readBoundedBody, uploadersOf } from './request-size.js';
import {
  createReadiness,
  gatewayUnavailable,
  REQUEST_DEADLINE_MS,
  subgraphHealthCheck,
  UPSTREAM_TIMEOUT_MS,
  upstreamRetryPolicy,
  type ReadinessCheck,
} from './resilience.js';
import {
  EDGE_PUBLIC_CODES,
  loadPortalManifests,
  operationLimitsPlugins,
  persistedDocumentsOption,
  principalPerRequest,
  type PersistedDocumentManifest,
  type PortalApp,
} from './edge-documents.js';

/** The four portals and the path each is served under. */
export const portals = [
  { app: 'portal-prescripteur', path: '/prescripteur', title: 'Espace prescripteur' },
  { app: 'portal-siae', path: '/siae', title: 'Espace SIAE' },
  { app: 'portal-agence', path: '/agence', title: 'Espace agence Pôle emploi' },
  { app: 'console-pilotage', path: '/pilotage', title: 'Console de pilotage' },
] as const;

/** Stable codes a client may see as they are; anything else is masked. */
const PUBLIC_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  ...EDGE_PUBLIC_CODES,
]);

/** The client address the gateway worked out (client-ip.ts); set by the gateway, any value sent by the client is replaced. */
export const CLIENT_IP_HEADER = 'x-navette-client-ip';
/**
 * The client's user agent, copied here by the gateway for the subgraphs (issue 14: the device label of a session in
 * "Mon compte"); any value the client sent under this name is replaced.
 */
export const USER_AGENT_HEADER = 'x-navette-user-agent';

/**
 * Lets the errors meant for users through (their code is public, e.g. an expired token raised while authenticating
 * the request) and masks everything else behind a French message; the original goes to the log in English.
 */
function maskGatewayError(error: unknown): Error {
  const client = clientGraphQLError(error);
  if (client) return client;
  const unavailable = gatewayUnavailable(error); // a frozen subgraph, a database out of time (resilience.ts)
  if (unavailable) return unavailable;
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const code = (current as { extensions?: { code?: unknown } }).extensions?.code;
    if (current instanceof Error && typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { message, extensions } = current as GraphQLError;
      return new GraphQLError(message, {
        ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
        extensions: code === 'RATE_LIMITED' ? withRetryAfter(extensions) : extensions,
      });
    }
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  currentLogger().error({ err: serializeError(error) }, 'internal error');
  return new GraphQLError('Une erreur interne est survenue. Réessayez dans quelques instants.', {
    ...(error instanceof GraphQLError ? { path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Hive Gateway's own log lines, into the process's JSON log, scrubbed of bodies, variables and headers. */
const hiveLogWriter: LogWriter = {
  write(level: LogLevel, attrs, msg) {
    const logger = rootLogger().child({ component: 'hive-gateway' });
    const safe = (attrs ? scrubAttributes(attrs) : {}) as Record<string, unknown>;
    logger[level](Array.isArray(safe) ? { attrs: safe } : safe, msg ? scrubText(msg) : undefined);
  },
};

function hiveLogging(logging: boolean | undefined): Logger | false {
  const enabled = logging ?? Boolean(process.env['NAVETTE_GATEWAY_LOG']);
  if (!enabled) return false;
  const level = logLevelFromEnvironment();
  return new Logger({
    level: level === 'silent' ? false : level === 'fatal' ? 'error' : level,
    writers: [hiveLogWriter],
  });
}

/**
 * Hive Gateway (through @whatwg-node/server's `disposeOnProcessTerminate`, always on) disposes itself on the first
 * SIGTERM/SIGINT: the requests in flight to the subgraphs are then aborted. The process owns its signals (`stop()`
 * drains the HTTP server, then disposes the gateway): make the library register its handlers now, once per process,
 * and take them off.
 */
function detachLibrarySignalHandlers(gateway: object): void {
  void (gateway as { disposableStack?: unknown }).disposableStack;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === 'terminateHandler') process.removeListener(signal, listener);
    }
  }
}

/** A subgraph's RATE_LIMITED (e.g. the extension look-up) answers HTTP 429 with Retry-After at the gateway too. */
function withRetryAfter(extensions: GraphQLError['extensions']): GraphQLError['extensions'] {
  const seconds = Number(extensions['retryAfterSeconds']);
  if (!Number.isFinite(seconds) || seconds < 1) return extensions;
  return { ...extensions, http: { status: 429, headers: { 'Retry-After': String(Math.ceil(seconds)) } } };
}

export interface GatewayOptions {
  port: number;
  host?: string;
  /** Several gateway workers share the port (SO_REUSEPORT; server mode, issue 16 §2). */
  reusePort?: boolean;
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** The secret shared with the subgraphs: every request to them is signed with it (upstream-signature.ts). */
  subgraphSecret: string;
  /** Folder holding the apps (`<appsDir>/<portal>/dist`); portals whose build is missing are skipped. */
  appsDir?: string;
  logging?: boolean;
  /**
   * Who is calling, from the Authorization header (anonymous without one; throws a GraphQLError for a bad one).
   * The gateway enforces the schema's @authenticated and @requiresScopes with it; every subgraph checks again.
   */
  authenticate: (authorization: string | null) => Promise<Principal>;
  /**
   * Share one subgraph call between identical concurrent ones (the key includes the headers). Off by default: the
   * transport then deep-copies every subgraph answer, shared or not (`structuredClone`: ~12 ms for the country's
   * indicator table, docs/benchmarks.md), and identical concurrent requests of one session are rare.
   */
  deduplicateInflightRequests?: boolean;
  /**
   * Origins (`https://host[:port]`) whose browser scripts may call `/graphql` (CORS). None by default: the portals
   * are served by the gateway itself, same-origin (http-security.ts).
   */
  allowedOrigins?: readonly string[];

  /** Requests in flight may finish within it on stop (NAVETTE_SHUTDOWN_GRACE_MS, 10 s). */
  shutdownGracePeriodMs?: number;
  /** /readiness checks besides each subgraph's /health (e.g. the gateway's own database). */
  readinessChecks?: Record<string, ReadinessCheck>;
  /** Gateway → subgraph timeout (resilience.ts, UPSTREAM_TIMEOUT_MS by default). */
  upstreamTimeoutMs?: number;
  /**
   * Lets a signed-in user's token send documents that are not its portal's persisted documents (all requests, or those
   * the predicate picks). Off (enforced) by default; the tests' harnesses turn it on to send ad-hoc queries with
   * users' tokens.
   */
  arbitraryDocumentsForUsers?: boolean | ((request: Request) => boolean);
  /** Sends the verified caller to the subgraphs, signed (issue 16 §1); false only to measure without it. */
  signPrincipal?: boolean;
  /** The portals' persisted-document manifests; by default those built in this repository. */
  persistedDocuments?: Record<PortalApp, PersistedDocumentManifest>;
  /** Counts API clients' calls per day and their last use (issue 15 §1); not counted when absent. */
  apiClientUsage?: ApiClientUsageRecorder;
  /** Rate limits (issue 11; rate-limits.ts, docs/security.md); none when absent. */
  rateLimiter?: RateLimiter;
  /**
   * Proxies whose X-Forwarded-For tells the client's address (addresses or CIDR ranges); without one, the client is
   * the socket's peer. NAVETTE_TRUSTED_PROXIES in main.ts.
   */
  trustedProxies?: readonly string[];
  /**
   * OpenTelemetry traces (Hive Gateway's plugin; issue 15 §5, docs/operations.md): on when this process started the
   * SDK (`startTelemetry`, OTEL_* variables), off otherwise — then the plugin is not even installed.
   */
  tracing?: boolean;
  /** The bearer token /metrics asks for (NAVETTE_METRICS_TOKEN by default); without one, loopback callers only. */
  metricsToken?: string;
  /** Embedded mode only (dev, demo): the mail catcher whose e-mails /mails shows (mail-catcher-page.ts). */
  mailCatcher?: MailCatcherSource;
  /** OIDC sign-in for agents (issue 15 §6, oidc-sign-in.ts; NAVETTE_OIDC_*): off when absent. */
  oidc?: OidcSettings | null;
  /**
   * The address people reach the gateway at (NAVETTE_PUBLIC_URL), e.g. https://navette.example.fr: OIDC's redirect
   * URIs start with it. Default: this gateway's own URL once it listens.
   */
  publicUrl?: string;
  /**
   * The runtime that plans and executes federated operations. Default: Hive Gateway's own (JavaScript planner).
   * The benchmark (apps/gateway-bench) passes `unifiedGraphHandler` of `@graphql-hive/router-runtime` (Rust planner)
   * here to compare them; that package is none of the gateway's dependencies (docs/benchmarks.md, "Query planner").
   */
  unifiedGraphHandler?: UnifiedGraphHandler;
}

export interface RunningGateway {
  url: string;
  port: number;
  servedPortals: { path: string; title: string }[];
  stop(): Promise<void>;
}

function homePage(served: { path: string; title: string }[], mails: boolean): string {
  const items = served.map((p) => `<li><a href="${p.path}/">${p.title}</a></li>`).join('');
  const mailLink = mails ? ` · <a href="${MAILS_PATH}">Courriels envoyés (démonstration)</a>` : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Navette</title></head>
<body><main><h1>Navette</h1><p>La fiche navette de l'insertion par l'activité économique.</p>
<ul>${items}</ul><p><a href="/graphql">API GraphQL</a> · <a href="/developpeurs/">Documentation pour les développeurs</a>${mailLink}</p></main></body></html>`;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { principalOf } = principalPerRequest(options.authenticate);
  const manifests = options.persistedDocuments ?? loadPortalManifests();
  const tracing = options.tracing ?? telemetryActive();
  const gateway = createGatewayRuntime({
    supergraph: loadSupergraph(options.subgraphUrls),
    // Given explicitly: with pnpm's strict layout the runtime cannot import the transport by name.
    transports: { http: httpTransport },
    ...(options.unifiedGraphHandler ? { unifiedGraphHandler: options.unifiedGraphHandler } : {}),
    ...(options.deduplicateInflightRequests !== true
      ? { transportEntries: { '*': { options: { deduplicateInflightRequests: false } } } }
      : {}),
    upstreamTimeout: options.upstreamTimeoutMs ?? UPSTREAM_TIMEOUT_MS,
    upstreamRetry: upstreamRetryPolicy,
    requestDeadline: REQUEST_DEADLINE_MS,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    readinessCheckEndpoint: '/readiness',
    landingPage: false,
    cors: corsFor(options.allowedOrigins ?? []),
    logging: hiveLogging(options.logging),
    maskedErrors: { maskError: maskGatewayError },
    // No GraphiQL page (landingPage and graphiql off): nothing is loaded from a CDN. Limits and persisted documents:
    // edge-documents.ts; rate limits first, before any other work (rate-limits.ts).
    graphiql: false,
    persistedDocuments: persistedDocumentsOption({
      manifests,
      principalOf,
      arbitraryDocumentsForUsers: options.arbitraryDocumentsForUsers ?? false,
    }),
    plugins: (context) => [
      // Traces first, so that their spans hold everything else (the SDK and its exporter: telemetry.ts).
      ...(tracing ? [useOpenTelemetry({ ...context, traces: true })] : []),
      useMetrics({ operationNames: persistedOperationNames(manifests), graphqlEndpoint: '/graphql' }),
      ...(options.rateLimiter
        ? [
            useRateLimits({
              limiter: options.rateLimiter,
              graphqlEndpoint: '/graphql',
              ipKeyOf: (request) => {
                const ip = request.headers.get(CLIENT_IP_HEADER);
                return ip ? rateLimitKeyOfAddress(ip) : null;
              },
            }),
          ]
        : []),
      ...operationLimitsPlugins({ principalOf }),
      ...(options.apiClientUsage ? [useApiClientUsage(options.apiClientUsage)] : []),
      useFrenchValidationErrors(),
      useUpstreamSignature(options.subgraphSecret, options.signPrincipal === false ? null : principalOf),
    ],
    // The subgraphs receive the credentials and, signed, the caller the gateway verified (upstream-signature.ts).
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => ({
        authorization: request.headers.get('authorization'),
        'x-navette-client': request.headers.get('x-navette-client'),
        // The request's id (set in `handle`), so that the subgraphs log under it too.
        'x-request-id': request.headers.get('x-request-id'),
        // Idempotent mutations: each subgraph keeps the first answer to a key (issue 12, docs/security.md).
        'idempotency-key': request.headers.get('idempotency-key'),
        // For the sign-in throttle and the look-up limits of the subgraphs (issue 11).
        [CLIENT_IP_HEADER]: request.headers.get(CLIENT_IP_HEADER),
        // For the device label of a new session (issue 14, "Mon compte").
        [USER_AGENT_HEADER]: request.headers.get(USER_AGENT_HEADER),
      }),
    },
    genericAuth: {
      mode: 'protect-granular',
      resolveUserFn: async (context) => {
        const principal = await principalOf(context.request);
        return principal.kind === 'anonymous' ? null : principal;
      },
      extractScopes: (principal) =>
        principal ? [...(principal as Exclude<Principal, { kind: 'anonymous' }>).scopes] : [],
      validateUser: ({ user, fieldScopes, typeScopes, userScopes, fieldDirectives, typeDirectives, path }) => {
        const needsAuthentication =
          fieldDirectives?.['authenticated'] || typeDirectives?.['authenticated'] || fieldScopes || typeScopes;
        if (!needsAuthentication) return undefined;
        if (!user) {
          return new GraphQLError('Connectez-vous pour accéder à cette information.', {
            path,
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        for (const required of [fieldScopes, typeScopes]) {
          // @requiresScopes: one of the groups, each group with all of its scopes.
          if (required && !required.some((group) => group.every((scope) => userScopes.includes(scope)))) {
            return new GraphQLError('Votre rôle ne vous permet pas d’accéder à cette information.', {
              path,
              extensions: { code: 'FORBIDDEN' },
            });
          }
        }
        return undefined;
      },
    },
  });

  detachLibrarySignalHandlers(gateway);

  const served: { path: string; title: string; handler: ReturnType<typeof staticAssets> }[] = [];
  if (options.appsDir) {
    for (const portal of portals) {
      const dist = join(options.appsDir, portal.app, 'dist');
      if (!existsSync(join(dist, 'index.html'))) continue;
      // Precompressed files, cache headers: static-assets.ts.
      served.push({ path: portal.path, title: portal.title, handler: staticAssets(dist) });
    }
  }

  // Known once the server listens when not given (embedded mode, tests).
  let publicUrl = options.publicUrl?.replace(/\/+$/, '') ?? '';
  const sessionEndpoints = createSessionEndpoints({
    clients: portals.map((portal) => portal.app),
    execute: async (request, serverContext) => gateway.fetch(request, serverContext),
    ...(options.oidc
      ? {
          oidc: {
            settings: options.oidc,
            secret: options.subgraphSecret,
            publicUrl: () => publicUrl,
            portalPaths: Object.fromEntries(portals.map((portal) => [portal.app, portal.path])),
          },
        }
      : {}),
  });
  const bodyLimits = {
    maxBytes: MAX_BODY_BYTES,
    uploadMaxBytes: MAX_UPLOAD_BODY_BYTES,
    mayUpload: uploadersOf(options.authenticate),
  };
  const readiness = createReadiness({
    ...Object.fromEntries(
      subgraphs.map(({ name, defaultUrl }) => [
        `subgraph:${name}`,
        subgraphHealthCheck(options.subgraphUrls?.[name] ?? defaultUrl),
      ]),
    ),
    ...options.readinessChecks,
  });

  const developerSite = createDeveloperSite();
  const mailPages = options.mailCatcher ? createMailCatcherPages(options.mailCatcher) : null;
  const trustedProxies = trustedProxyList(options.trustedProxies ?? []);
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    setSecurityHeaders(req, res);
    // The client's address, worked out here (client-ip.ts): any value the client sent is replaced.
    const forwardedFor = req.headers['x-forwarded-for'];
    req.headers[CLIENT_IP_HEADER] = clientAddress(
      req.socket.remoteAddress,
      Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? null),
      trustedProxies,
    );
    if (path === '/metrics') {
      // Prometheus (metrics.ts of @navette/subgraph-server): the token, or a loopback client (after trusted proxies).
      void respondMetrics(req, res, req.headers[CLIENT_IP_HEADER], options.metricsToken ?? metricsToken());
      return;
    }
    const userAgent = req.headers['user-agent'];
    if (typeof userAgent === 'string') req.headers[USER_AGENT_HEADER] = userAgent.slice(0, 512);
    else delete req.headers[USER_AGENT_HEADER];
    if (sessionEndpoints(req, res, path)) return;
    if (developerSite(req, res, path)) return;
    if (mailPages?.(req, res, path)) return;
    if (path === '/readiness') {
      void readiness.respond(res);
      return;
    }
    if (path.startsWith('/graphql') || path === '/healthcheck' || path === '/readiness') {
      if (path.startsWith('/graphql') && !acceptGraphqlRequest(req, res)) return;
      // One id per request, well-formed or made here (a client's id is kept when it is a plain token): Hive Gateway
      // takes it from this header, echoes it and forwards it to the subgraphs.
      const requestId = requestIdFrom(req.headers['x-request-id']);
      req.headers['x-request-id'] = requestId;
      // Bodies are bounded before the runtime parses them (request-size.ts).
      withRequestId(requestId, () => {
        void readBoundedBody(req, res, bodyLimits).then((accepted) => (accepted ? gateway(req, res) : undefined));
      });
      return;
    }
    for (const portal of served) {
      if (path === portal.path) {
        res.writeHead(301, { location: `${portal.path}/` }).end();
        return;
      }
      if (path.startsWith(`${portal.path}/`)) {
        req.url = req.url!.slice(portal.path.length);
        portal.handler(req, res, () => {
          res.writeHead(404).end();
        });
        return;
      }
    }
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(homePage(served, mailPages !== null));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
  };

  const drain = createDrain(handle);
  const server = createServer(drain.listener);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port, host, reusePort: options.reusePort ?? false }, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  publicUrl ||= url;
  return {
    url,
    port,
    servedPortals: served.map(({ path, title }) => ({ path, title })),
    stop: async () => {
      await drain.stop(server, options.shutdownGracePeriodMs ?? shutdownGracePeriodMs());
      await gateway.dispose();
    },
  };
}
