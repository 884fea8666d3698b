// Rate limits at the gateway (issue 11): every GraphQL request per client IP before its body is read, then per
// principal, and the stricter rules on sign-in, session renewal and the look-ups that reveal whether something exists,
// counted once per occurrence of the field (ten aliases of `signIn` are ten attempts). Numbers: docs/security.md.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ApiClientUsageRecorder, RateLimiter, RateLimitRuleName } from '@navette/subgraph-server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ExecutionArguments } from './execution-arguments.js';

/** Root fields with a stricter rule, per client IP (and per principal for the look-ups). */
const FIELD_RULES: Record<string, { ip: RateLimitRuleName; principal?: RateLimitRuleName }> = {
  signIn: { ip: 'signIn' },
  // OIDC sign-in (issue 15 §6): forged assertions are refused, but each costs a write; counted like a sign-in.
  signInWithIdentityAssertion: { ip: 'signIn' },
  renewSession: { ip: 'session' },
  signOut: { ip: 'session' },
  // An agrément request looks an agrément up by number and birth date (EXTENSION) or a prescription by id: whether
  // it exists shows in the answer. The subgraph also throttles the extension look-up per SIAE (throttleExtensionLookup).
  requestApproval: { ip: 'lookupPerIp', principal: 'lookupPerPrincipal' },
};

/** How many times each root field of the operation appears (aliases and fragments included). */
export function rootFieldCounts(document: DocumentNode, operationName?: string | null): Map<string, number> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  const counts = new Map<string, number>();
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  if (operation) visit(operation.selectionSet, new Set());
  return counts;
}

/** The operations per minute an API client's own budget allows (issue 15 §1), when it has one. */
function requestsPerMinuteOf(user: unknown): number | undefined {
  const principal = user as { kind?: string; budget?: { requestsPerMinute?: number } } | null | undefined;
  return principal?.kind === 'api_client' ? principal.budget?.requestsPerMinute : undefined;
}

function principalKey(user: unknown): string | null {
  const principal = user as { kind?: string; userId?: string; clientId?: string } | null | undefined;
  if (principal?.kind === 'user' && principal.userId) return `user:${principal.userId}`;
  if (principal?.kind === 'api_client' && principal.clientId) return `client:${principal.clientId}`;
  return null;
}

export interface RateLimitPluginOptions {
  limiter: RateLimiter;
  /** The GraphQL endpoint (the only path counted). */
  graphqlEndpoint: string;
  /** The per-IP key of a request (client-ip.ts), or null when it has none. */
  ipKeyOf: (request: Request) => string | null;
}

export function useRateLimits({ limiter, graphqlEndpoint, ipKeyOf }: RateLimitPluginOptions): GatewayPlugin {
  return {
    // Before the body is read or parsed: a flood costs one counter update per request.
    async onRequest(payload) {
      const { request, url, fetchAPI } = payload;
      if (url.pathname !== graphqlEndpoint) return;
      const ip = ipKeyOf(request);
      if (!ip) return;
      try {
        await limiter.consume('ip', ip);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const retryAfter = String(error.extensions['retryAfterSeconds']);
        payload.endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                { message: error.message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(retryAfter) } },
              ],
            }),
            {
              status: 429,
              headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': retryAfter },
            },
          ),
        );
      }
    },
    async onExecute({ args: payloadArgs, setResultAndStopExecution }) {
      const args: ExecutionArguments = payloadArgs;
      const context = args.contextValue as { request?: Request; currentUser?: unknown };
      const ip = context.request ? ipKeyOf(context.request) : null;
      const principal = principalKey(context.currentUser);
      try {
        // An API client's own budget replaces the default per-principal rule (issue 15 §1).
        const budget = requestsPerMinuteOf(context.currentUser);
        if (principal && budget) await limiter.consumeWithRule({ points: budget, durationSeconds: 60 }, principal);
        else if (principal) await limiter.consume('principal', principal);
        for (const [field, times] of rootFieldCounts(args.document, args.operationName)) {
          const rule = FIELD_RULES[field];
          if (!rule) continue;
          if (ip) await limiter.consume(rule.ip, ip, times);
          if (rule.principal && principal) await limiter.consume(rule.principal, principal, times);
        }
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}

/**
 * Counts each operation an API client runs (issue 15 §1: calls per day, last use), in memory: the recorder writes them
 * in batches. Requests refused before execution (malformed, over the operation limits) are not counted.
 */
export function useApiClientUsage(recorder: ApiClientUsageRecorder): GatewayPlugin {
  return {
    onExecute({ args }) {
      const user = (args.contextValue as { currentUser?: { kind?: string; clientId?: string } }).currentUser;
      if (user?.kind === 'api_client' && user.clientId) recorder.record(user.clientId);
    },
  };
}
