// Signs every gateway → subgraph request (issue 11 §3): the subgraphs answer nobody else. See
// packages/subgraph-server/src/gateway-signature.ts for what is signed and why a header rather than Hive Gateway's
// in-body HMAC. A gateway plugin's onFetch runs after header propagation (config.plugins come last), so the
// Authorization header it signs is the one the subgraph receives.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@navette/subgraph-server';

export function useUpstreamSignature(secret: string): GatewayPlugin {
  return {
    onFetch({ options, setOptions }) {
      const headers = new Headers(options.headers as HeadersInit | undefined);
      const body = typeof options.body === 'string' ? options.body : '';
      headers.set(GATEWAY_SIGNATURE_HEADER, signGatewayRequest(secret, { authorization: headers.get('authorization'), body }));
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
