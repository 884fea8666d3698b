// The Apollo link of a signed-in portal: adds `Authorization: Bearer …` and `x-navette-client` to every request,
// renews the access token before it lapses and once more on a TOKEN_EXPIRED answer (then resends the request
// once), and ends the session on any other UNAUTHENTICATED answer (revoked, invalid): RequireSession then sends
// the user to the sign-in page with the notice "Votre session a expiré, reconnectez-vous.".
import { ApolloLink } from '@apollo/client';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { graphQLErrorsOf, sessionFailureOf, type SessionFailure } from './auth-errors.ts';
import type { SessionStore } from './session-store.ts';

/** Context of the operations that must leave without the session (sign-in, renewal, sign-out). */
export const WITHOUT_SESSION = { withoutSession: true } as const;

class SessionFailureResult extends Error {
  constructor(
    readonly failure: Exclude<SessionFailure, null>,
    readonly result: ApolloLink.Result,
  ) {
    super(failure);
  }
}

export function createSessionLink({ clientName, session }: { clientName: string; session?: SessionStore }): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = (token: string | null) => {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
        const { authorization: _previous, ...others } = headers ?? {};
        return {
          headers: {
            ...others,
            'x-navette-client': clientName,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        };
      });
      return forward(operation);
    };
    if (!session || operation.getContext()['withoutSession']) return send(null);

    const attempt = (mayRenew: boolean): Observable<ApolloLink.Result> =>
      from(mayRenew ? session.freshAccessToken() : Promise.resolve(session.accessToken)).pipe(
        mergeMap((token) => send(token)),
        mergeMap((result) => {
          const failure = sessionFailureOf(graphQLErrorsOf(result));
          return failure ? throwError(() => new SessionFailureResult(failure, result)) : of(result);
        }),
        catchError((error: unknown) => {
          const failure =
            error instanceof SessionFailureResult ? error.failure : sessionFailureOf(graphQLErrorsOf(error));
          const original = error instanceof SessionFailureResult ? of(error.result) : throwError(() => error);
          if (failure === 'renew' && mayRenew) {
            return from(session.renew()).pipe(mergeMap((renewed) => (renewed ? attempt(false) : original)));
          }
          // Still refused after a renewal, or revoked: the user must sign in again.
          if (failure) session.expire();
          return original;
        }),
      );
    return attempt(true);
  });
}
