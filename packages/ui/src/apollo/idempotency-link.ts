// One Idempotency-Key per form submission (issue 12; docs/security.md "Idempotent writes"). Every mutation leaves with
// an `Idempotency-Key` header; the same mutation with the same variables reuses its key while it is in flight, after
// a network failure (the retry of the same submission), and for a short while after its success (a double click that
// arrives late): the server then replays the first answer instead of writing twice. A mutation answered with errors
// wrote nothing (the server released the key): its next submission gets a new key. A form may also pass its own key
// in the operation's context (`{ idempotencyKey }`), or `{ idempotencyKey: false }` for none.
import { ApolloLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import stableStringify from 'fast-json-stable-stringify';
import { OperationTypeNode } from 'graphql';
import { tap } from 'rxjs';

/** How long a successful submission's key is reused for the same mutation and variables. */
export const RESUBMISSION_WINDOW_MS = 2 * 60_000;

interface Submission {
  key: string;
  inFlight: number;
  /** Reuse the key until then (after a success or a network failure); 0 while only in flight. */
  until: number;
}

export function createIdempotencyLink({
  now = () => Date.now(),
  newKey = (): string => crypto.randomUUID(),
}: { now?: () => number; newKey?: () => string } = {}): ApolloLink {
  const submissions = new Map<string, Submission>();
  return new ApolloLink((operation, forward) => {
    const definition = getMainDefinition(operation.query);
    const own = operation.getContext()['idempotencyKey'] as string | false | undefined;
    if (
      !('operation' in definition) ||
      definition.operation !== OperationTypeNode.MUTATION ||
      own === false ||
      operation.getContext()['withoutSession']
    ) {
      return forward(operation);
    }
    const fingerprint = `${operation.operationName ?? ''}:${stableStringify(operation.variables ?? {})}`;
    let submission = submissions.get(fingerprint);
    if (typeof own === 'string') {
      submission = { key: own, inFlight: 0, until: 0 };
    } else if (!submission || (submission.inFlight === 0 && submission.until < now())) {
      submission = { key: newKey(), inFlight: 0, until: 0 };
    }
    submissions.set(fingerprint, submission);
    const current = submission;
    current.inFlight += 1;
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'idempotency-key': current.key },
    }));
    const settle = (keep: boolean) => {
      current.inFlight -= 1;
      if (keep) current.until = now() + RESUBMISSION_WINDOW_MS;
      else if (current.inFlight === 0 && submissions.get(fingerprint) === current) submissions.delete(fingerprint);
      for (const [k, s] of submissions) if (s.inFlight === 0 && s.until < now()) submissions.delete(k);
    };
    return forward(operation).pipe(
      tap({
        // Answered: kept after a success, a new key after errors (nothing was written).
        next: (result) => settle(!result.errors?.length),
        // Not answered (network): the same submission retried must reuse the key.
        error: () => settle(true),
      }),
    );
  });
}
