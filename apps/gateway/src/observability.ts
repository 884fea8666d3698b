// What the gateway tells an operator (issue 15 §5): Prometheus metrics of its GraphQL requests and of its calls to
// each subgraph (metrics.ts of @navette/subgraph-server), and, with traces on, Hive Gateway's OpenTelemetry plugin.
// The operation label is the name of a portal's persisted document (a bounded list, known at start) or `anonymous`:
// an API client's own operation names never become labels.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { errorCodesOf, gatewayMetrics } from '@navette/subgraph-server';
import { getOperationAST, Kind, parse, type DocumentNode } from 'graphql';
import type { PersistedDocumentManifest } from './edge-documents.js';
import type { ExecutionArguments } from './execution-arguments.js';

/** The operation names of the persisted documents of every portal: the only names used as labels. */
export function persistedOperationNames(manifests: Record<string, PersistedDocumentManifest>): Set<string> {
  const names = new Set<string>();
  for (const manifest of Object.values(manifests)) {
    for (const text of Object.values(manifest)) {
      try {
        for (const definition of parse(text, { noLocation: true }).definitions) {
          if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
        }
      } catch {
        // A manifest the build checked; an unreadable entry simply names nothing.
      }
    }
  }
  return names;
}

interface RequestState {
  started: number;
  operation: string;
  errors: number;
}

function operationNameOf(document: DocumentNode, operationName: string | null | undefined): string | undefined {
  return getOperationAST(document, operationName ?? undefined)?.name?.value;
}

/** Counts and times /graphql requests and the subgraph calls they make (labels: see the module's comment). */
export function useMetrics(options: { operationNames: ReadonlySet<string>; graphqlEndpoint: string }): GatewayPlugin {
  const metrics = gatewayMetrics();
  const states = new WeakMap<Request, RequestState>();
  const label = (name: string | undefined) => (name && options.operationNames.has(name) ? name : 'anonymous');
  const stateOf = (context: unknown) => {
    const request = (context as { request?: Request } | undefined)?.request;
    return request ? states.get(request) : undefined;
  };
  return {
    onRequest({ request, url }) {
      if (!url.pathname.startsWith(options.graphqlEndpoint)) return;
      states.set(request, { started: performance.now(), operation: 'anonymous', errors: 0 });
    },
    onExecute(payload) {
      const args: ExecutionArguments = payload.args;
      const state = stateOf(args.contextValue);
      if (state) state.operation = label(operationNameOf(args.document, args.operationName));
    },
    onSubgraphExecute({ subgraphName, executionRequest }) {
      const started = performance.now();
      const operation = stateOf(executionRequest.context)?.operation ?? 'anonymous';
      return ({ result }) => {
        metrics.subgraphDuration.observe({ subgraph: subgraphName, operation }, (performance.now() - started) / 1000);
        const errors = (result as { errors?: readonly unknown[] } | undefined)?.errors;
        if (errors && errors.length > 0) metrics.subgraphErrors.inc({ subgraph: subgraphName });
      };
    },
    onResultProcess({ request, result }) {
      const state = states.get(request);
      if (!state) return;
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        const codes = errorCodesOf((one as { errors?: readonly unknown[] } | undefined)?.errors);
        state.errors += codes.length;
        for (const code of codes) metrics.errors.inc({ operation: state.operation, code });
      }
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      states.delete(request);
      metrics.duration.observe({ operation: state.operation }, (performance.now() - state.started) / 1000);
      const outcome = state.errors > 0 || response.status >= 400 ? 'error' : 'ok';
      metrics.requests.inc({ operation: state.operation, outcome });
    },
  };
}
