// What a caller may send to the gateway (issue 11, items 1 and 2): the portals' persisted documents for a signed-in
// user, arbitrary documents for API clients and anonymous callers, and for everyone the operation limits of
// @navette/subgraph-server (the same numbers every subgraph checks again). docs/security.md, "Operation limits" and
// "Persisted documents".
import { readFileSync } from 'node:fs';
import type { GatewayConfigBase, GatewayContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { Principal } from '@navette/auth';
import {
  OPERATION_LIMITS,
  asksForSchema,
  costLimitError,
  isTokenLimitError,
  operationLimitError,
  operationLimitRules,
  setCurrentApiClientId,
  type OperationLimits,
} from '@navette/subgraph-server';
import { GraphQLError, getOperationAST, type ParseOptions, type Source } from 'graphql';
import type { ExecutionArguments, ParseDocument } from './execution-arguments.js';

/** The portals whose manifests the gateway loads (app names, also the `x-navette-client` value they send). */
export const PORTAL_APPS = ['portal-prescripteur', 'portal-siae', 'portal-agence', 'console-pilotage'] as const;
export type PortalApp = (typeof PORTAL_APPS)[number];

/**
 * Which portal a role's users work in: the same mapping as the portals' own (packages/ui/src/session/portal-access.ts),
 * decided here from the verified token. ADMIN: platform administrators use the console (API clients, the audit trail)
 * and the API directly (accounts), so their tokens send documents of their own too, within the limits, like API clients.
 */
export const PORTALS_OF_ROLE: Readonly<Record<string, readonly PortalApp[] | 'any'>> = {
  PRESCRIBER: ['portal-prescripteur'],
  SIAE: ['portal-siae'],
  AGENCY: ['portal-agence'],
  STEERING: ['console-pilotage'],
  STATE: ['console-pilotage'],
  // The CDIAE of a département (issue 18 §5): its inbox, avis and presentations are screens of the console.
  CDIAE: ['console-pilotage'],
  ADMIN: 'any',
};

/** A manifest of the client preset: `sha256:<hex>` → document text. */
export type PersistedDocumentManifest = Readonly<Record<string, string>>;

/** The four portals' manifests as built in this repository (apps/<portal>/src/generated/persisted-documents.json). */
export function loadPortalManifests(
  appsDir: URL = new URL('../../', import.meta.url),
): Record<PortalApp, PersistedDocumentManifest> {
  return Object.fromEntries(
    PORTAL_APPS.map((app) => [
      app,
      JSON.parse(
        readFileSync(new URL(`${app}/src/generated/persisted-documents.json`, appsDir), 'utf8'),
      ) as PersistedDocumentManifest,
    ]),
  ) as Record<PortalApp, PersistedDocumentManifest>;
}

const bareHash = (key: string) => key.replace(/^sha256:/, '');

/** Authenticates each HTTP request once, however many hooks ask (persisted documents, limits, generic auth). */
export function principalPerRequest(authenticate: (authorization: string | null) => Promise<Principal>) {
  const principals = new WeakMap<Request, Promise<Principal>>();
  const settled = new WeakMap<Request, Principal>();
  return {
    principalOf: (request: Request): Promise<Principal> => {
      let principal = principals.get(request);
      if (!principal) {
        principal = authenticate(request.headers.get('authorization'));
        principal.then(
          (p) => {
            settled.set(request, p);
            // The request's log lines name the API client that made it (issue 15 §1).
            if (p.kind === 'api_client') setCurrentApiClientId(p.clientId);
          },
          () => undefined,
        );
        principals.set(request, principal);
      }
      return principal;
    },
    /** The principal already resolved for this request, if any. */
    resolvedPrincipalOf: (request: Request): Principal | undefined => settled.get(request),
  };
}

const documentError = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

export interface PersistedDocumentsPolicy {
  manifests: Record<PortalApp, PersistedDocumentManifest>;
  principalOf: (request: Request) => Promise<Principal>;
  /** Lets users' tokens send any document (the tests' harnesses); false in production. */
  arbitraryDocumentsForUsers: boolean | ((request: Request) => boolean);
}

/**
 * Hive Gateway's `persistedDocuments` option: a hash is looked up in the manifests of the caller's portal (any portal
 * for callers without one); a document's text is accepted from API clients, anonymous callers (they only reach
 * signIn/renewSession, within the limits) and ADMIN, refused from a portal user's token.
 */
export function persistedDocumentsOption(
  policy: PersistedDocumentsPolicy,
): NonNullable<GatewayConfigBase<Record<string, never>>['persistedDocuments']> {
  const byPortal = new Map<PortalApp, Map<string, string>>(
    PORTAL_APPS.map((app) => [
      app,
      new Map(Object.entries(policy.manifests[app]).map(([key, text]) => [bareHash(key), text])),
    ]),
  );
  const portalsOf = (principal: Principal): readonly PortalApp[] => {
    if (principal.kind !== 'user') return PORTAL_APPS;
    const portals = PORTALS_OF_ROLE[principal.role];
    return portals === 'any' ? PORTAL_APPS : (portals ?? []);
  };
  return {
    getPersistedOperation: async (key, request) => {
      const principal = await policy.principalOf(request);
      const hash = bareHash(key);
      for (const app of portalsOf(principal)) {
        const text = byPortal.get(app)?.get(hash);
        if (text) return text;
      }
      return null;
    },
    allowArbitraryDocuments: async (request) => {
      const principal = await policy.principalOf(request);
      if (principal.kind !== 'user') return true;
      const forUsers = policy.arbitraryDocumentsForUsers;
      if (forUsers === true || (typeof forUsers === 'function' && forUsers(request))) return true;
      return PORTALS_OF_ROLE[principal.role] === 'any';
    },
    customErrors: {
      notFound: () =>
        documentError(
          'PERSISTED_QUERY_NOT_FOUND',
          'Requête inconnue de ce portail : rechargez la page pour utiliser la dernière version de l’application.',
        ),
      persistedQueryOnly: () =>
        documentError(
          'PERSISTED_QUERY_REQUIRED',
          'Requête refusée : avec un compte d’un portail, seules les requêtes de ce portail sont acceptées. Les programmes utilisent un client d’API.',
        ),
      keyNotFound: () =>
        documentError(
          'PERSISTED_QUERY_REQUIRED',
          'Requête refusée : ni texte de requête ni empreinte de requête enregistrée.',
        ),
    },
  };
}

/** Codes of the refusals above and of the limits: client errors the gateway's error masking lets through. */
export const EDGE_PUBLIC_CODES = [
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_REQUIRED',
] as const;

const isLimitError = (error: { extensions?: Record<string, unknown> }) =>
  error.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED' && typeof error.extensions['limit'] === 'string';

/**
 * The operation limits at the gateway: tokens while parsing (graphql-js's own limit), depth/aliases/directives as
 * validation rules (GraphQL Armor), the cost with the variables just before execution, and no schema introspection
 * for anonymous callers; "did you mean" suggestions are removed for everyone (GraphQL Armor).
 */
export function operationLimitsPlugins(options: {
  limits?: OperationLimits;
  principalOf: (request: Request) => Promise<Principal>;
}): GatewayPlugin[] {
  const limits = options.limits ?? OPERATION_LIMITS;
  const rules = operationLimitRules(limits);
  const limitsPlugin: GatewayPlugin = {
    onParse({ parseFn, setParseFn }) {
      const parse: ParseDocument = parseFn;
      // Converted here, inside the parse function, so that Yoga's parse-error cache keeps the French refusal.
      setParseFn((source: string | Source, parseOptions?: ParseOptions) => {
        try {
          return parse(source, { ...parseOptions, maxTokens: limits.tokens });
        } catch (error) {
          if (isTokenLimitError(error)) throw operationLimitError('tokens', limits.tokens);
          throw error;
        }
      });
    },
    onResultProcess(payload) {
      const { result } = payload;
      // Yoga answers parse and validation errors with HTTP 200 to an `application/json` client (it marks them "spec"
      // whatever they say): a refused operation is answered 400, as the issue asks.
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.some(isLimitError)) return;
      payload.setResult({
        ...result,
        errors: result.errors.map((error) =>
          isLimitError(error)
            ? new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } })
            : error,
        ),
      });
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
    async onExecute({ args: payloadArgs, setResultAndStopExecution }) {
      const args: ExecutionArguments = payloadArgs;
      const document = args.document;
      const operationName = args.operationName ?? undefined;
      const request = (args.contextValue as Partial<GatewayContext>).request;
      if (request && asksForSchema(document, getOperationAST(document, operationName) ?? undefined)) {
        const principal = await options.principalOf(request);
        if (principal.kind === 'anonymous') {
          setResultAndStopExecution({
            errors: [
              new GraphQLError('Connectez-vous pour lire le schéma de l’API (introspection).', {
                extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
              }),
            ],
          });
          return;
        }
      }
      // An API client's own cost budget replaces the default (issue 15 §1; never above it: the subgraphs check it too).
      const principal = request ? await options.principalOf(request) : undefined;
      const ownCost = principal?.kind === 'api_client' ? principal.budget?.maxCostPerOperation : undefined;
      const refused = costLimitError(
        args.schema,
        document,
        args.variableValues ?? undefined,
        operationName,
        ownCost ? { ...limits, cost: Math.min(ownCost, limits.cost) } : limits,
      );
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
  };
  return [limitsPlugin, blockFieldSuggestionsPlugin({ mask: '' }) as GatewayPlugin];
}

/**
 * NAVETTE_AD_HOC_DOCUMENTS_FOR_USERS=1 lets users' tokens send documents of their own, for the tests that run the
 * product as separate processes (server mode, faults). Refused with NODE_ENV=production: a portal's token must send
 * only its portal's documents there.
 */
export function adHocDocumentsForUsersFromEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NAVETTE_AD_HOC_DOCUMENTS_FOR_USERS'] !== '1') return false;
  if (env['NODE_ENV'] === 'production') {
    throw new Error('NAVETTE_AD_HOC_DOCUMENTS_FOR_USERS is for tests only: it is refused with NODE_ENV=production');
  }
  return true;
}
