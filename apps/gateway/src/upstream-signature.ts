// Signs every gateway → subgraph request (issue 11 §3): the subgraphs answer nobody else. See
// packages/subgraph-server/src/gateway-signature.ts for what is signed and why a header rather than Hive Gateway's
// in-body HMAC. A gateway plugin's onFetch runs after header propagation (config.plugins come last), so the
// Authorization header it signs is the one the subgraph receives.
// One authentication per request (issue 16 §1): the caller the gateway verified goes along, signed, so that the
// subgraph neither verifies the token again nor reads the session.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Principal } from '@navette/auth';
import {
  encodePrincipal,
  GATEWAY_PRINCIPAL_HEADER,
  GATEWAY_SIGNATURE_HEADER,
  signGatewayRequest,
} from '@navette/subgraph-server';

export function useUpstreamSignature(
  secret: string,
  principalOf: ((request: Request) => Promise<Principal>) | null,
): GatewayPlugin {
  return {
    async onFetch(payload) {
      const { context, options } = payload;
      const headers = new Headers(options.headers);
      const body = typeof options.body === 'string' ? options.body : '';
      const request = (context as { request?: Request } | undefined)?.request;
      // Without a client request (the gateway's own calls) the subgraph verifies what it receives.
      const principal = request && principalOf ? encodePrincipal(await principalOf(request)) : null;
      if (principal) headers.set(GATEWAY_PRINCIPAL_HEADER, principal);
      else headers.delete(GATEWAY_PRINCIPAL_HEADER);
      headers.set(
        GATEWAY_SIGNATURE_HEADER,
        signGatewayRequest(secret, { authorization: headers.get('authorization'), principal, body }),
      );
      payload.setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}
