import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createIdempotencyLink, RESUBMISSION_WINDOW_MS } from './idempotency-link.ts';

const mutation = gql`
  mutation Record($input: String!) {
    record(input: $input) {
      id
    }
  }
`;
const query = gql`
  query Read {
    read
  }
`;

/** A client whose "API" answers with `answer()`, the keys it received, and a clock the test moves. */
function setUp(answer: () => 'ok' | 'errors' | 'network') {
  let clock = 1_000;
  let n = 0;
  const keys: (string | undefined)[] = [];
  const server = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        keys.push((operation.getContext()['headers'] as Record<string, string> | undefined)?.['idempotency-key']);
        const kind = answer();
        if (kind === 'network') observer.error(new Error('Failed to fetch'));
        else if (kind === 'errors')
          observer.next({ errors: [{ message: 'Refusé', extensions: { code: 'BAD_USER_INPUT' } }] });
        else observer.next({ data: { record: { __typename: 'R', id: 'r1' }, read: 1 } });
        observer.complete();
      }),
  );
  const client = new ApolloClient({
    link: ApolloLink.from([createIdempotencyLink({ now: () => clock, newKey: () => `key-${++n}` }), server]),
    cache: new InMemoryCache(),
  });
  return { client, keys, advance: (ms: number) => (clock += ms) };
}

const send = (client: ApolloClient, input = 'a') =>
  client.mutate({ mutation, variables: { input } }).catch(() => undefined);

describe('idempotency link (one key per submission)', () => {
  it('sends a key with mutations only', async () => {
    const { client, keys } = setUp(() => 'ok');
    await client.query({ query, fetchPolicy: 'network-only' });
    await send(client);
    expect(keys).toEqual([undefined, 'key-1']);
  });

  it('a double click (same variables, even after the answer) and a retry after a network failure reuse the key', async () => {
    let answer: 'ok' | 'network' = 'network';
    const { client, keys, advance } = setUp(() => answer);
    await send(client);
    answer = 'ok';
    await send(client); // the retry of the failed submission
    await Promise.all([send(client), send(client)]); // late double click
    expect(new Set(keys)).toEqual(new Set(['key-1']));
    advance(RESUBMISSION_WINDOW_MS + 1);
    await send(client);
    expect(keys.at(-1)).toBe('key-2');
  });

  it('another input, or a submission after errors (nothing was written), gets a new key', async () => {
    let answer: 'ok' | 'errors' = 'errors';
    const { client, keys } = setUp(() => answer);
    await send(client, 'a');
    answer = 'ok';
    await send(client, 'a');
    await send(client, 'b');
    expect(keys).toEqual(['key-1', 'key-2', 'key-3']);
  });

  it('uses the key a form gives, or none when told so', async () => {
    const { client, keys } = setUp(() => 'ok');
    await client.mutate({ mutation, variables: { input: 'a' }, context: { idempotencyKey: 'form-submission-7' } });
    await client.mutate({ mutation, variables: { input: 'z' }, context: { idempotencyKey: false } });
    expect(keys).toEqual(['form-submission-7', undefined]);
  });
});
