// The session calls of the API, through the portal's Apollo client (persisted documents, `x-navette-client`)
// but without the session itself (see WITHOUT_SESSION).
import type { ApolloClient } from '@apollo/client';
import { RenewSessionDocument, SignInDocument, SignOutDocument } from '../generated/graphql.ts';
import { WITHOUT_SESSION } from './session-link.ts';
import type { Session, SessionApi } from './session-store.ts';

export function createSessionApi(client: ApolloClient): SessionApi {
  const options = { context: WITHOUT_SESSION, fetchPolicy: 'no-cache' } as const;
  const required = <T>(value: T | null | undefined): T => {
    if (value == null) throw new Error('Empty answer from the API');
    return value;
  };
  return {
    async signIn(email, password) {
      const { data } = await client.mutate({ mutation: SignInDocument, variables: { email, password }, ...options });
      return required(data?.signIn) as Session;
    },
    async renew(refreshToken) {
      const { data } = await client.mutate({ mutation: RenewSessionDocument, variables: { refreshToken }, ...options });
      return required(data?.renewSession) as Session;
    },
    async signOut(refreshToken) {
      await client.mutate({ mutation: SignOutDocument, variables: { refreshToken }, ...options });
    },
  };
}
