// What a subgraph tells an operator about its requests (issue 15 §5): Prometheus metrics (metrics.ts) and attributes
// on the request's span (telemetry.ts), from one Apollo plugin. The answer's errors are read after masking: their
// codes are the API's public ones (or INTERNAL_SERVER_ERROR).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { errorCodesOf, subgraphMetrics } from './metrics.js';
import { annotateCurrentSpan } from './telemetry.js';

export function observabilityPlugin<Context extends BaseContext>(subgraph: string): ApolloServerPlugin<Context> {
  const metrics = subgraphMetrics();
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse({ response, operation }) {
          const operationType = operation?.operation ?? 'none';
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = errorCodesOf(errors);
          metrics.duration.observe({ subgraph, operation_type: operationType }, (performance.now() - started) / 1000);
          metrics.requests.inc({ subgraph, outcome: codes.length > 0 ? 'error' : 'ok' });
          for (const code of codes) metrics.errors.inc({ subgraph, code });
          annotateCurrentSpan({
            'graphql.operation.type': operationType,
            ...(codes.length > 0 ? { 'navette.error_codes': [...new Set(codes)] } : {}),
          });
          return Promise.resolve();
        },
      });
    },
  };
}
