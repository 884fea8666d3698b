// A tiny GraphQL-over-HTTP client for the tests: real requests to a real gateway.
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@navette/subgraph-server';
/** The data of an ad-hoc test document, read without generated types (the tests assert on its shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads any field of its own document's answer
export type AnswerData = Record<string, any>;

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; reason?: string } }[];
}

export async function graphql<T = AnswerData>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Signs a demo account in through the gateway and returns its request headers. */
export async function signedInHeaders(url: string, email: string, password: string): Promise<Record<string, string>> {
  const { data, errors } = await graphql<{ signIn: { accessToken: string } }>(
    url,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }',
    { email, password },
  );
  if (!data?.signIn) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(errors)}`);
  return bearer(data.signIn.accessToken);
}

/**
 * A request straight to a subgraph, signed as the gateway signs it (the subgraphs answer nobody else): for the tests
 * of what a subgraph checks by itself once a request got past the gateway (defence in depth).
 */
export async function signedSubgraphGraphql<T = AnswerData>(
  secret: string,
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const signature = signGatewayRequest(secret, { authorization: headers['authorization'] ?? null, body });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [GATEWAY_SIGNATURE_HEADER]: signature, ...headers },
    body,
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}
