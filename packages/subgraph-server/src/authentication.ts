// Who is calling: every subgraph (and the gateway) authenticates each request itself, never trusting that it came
// through the gateway (issue 4: "subgraphs are never trusted to be private").
import {
  ANONYMOUS,
  API_CLIENT_SCOPES,
  bearerFromAuthorizationHeader,
  opaqueSecretMatches,
  parseApiClientCredential,
  principalFromClaims,
  parseScopes,
  type Principal,
  type TokenVerifier,
} from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { isUuid } from './ids.js';
import { eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { isSignedByGateway, signedPrincipalOf } from './gateway-signature.js';
import { setCurrentApiClientId } from './logging.js';

export type AuthenticationFailure = 'TOKEN_EXPIRED' | 'TOKEN_INVALID' | 'SESSION_REVOKED' | 'INVALID_CREDENTIALS';

const MESSAGES: Record<AuthenticationFailure, string> = {
  TOKEN_EXPIRED: 'Votre session a expiré, reconnectez-vous.',
  TOKEN_INVALID: 'Votre jeton d’accès n’est pas valide, reconnectez-vous.',
  SESSION_REVOKED: 'Votre session a été fermée, reconnectez-vous.',
  INVALID_CREDENTIALS: 'Identifiants du client d’API invalides, expirés ou révoqués.',
};

/** A 401 with a stable reason; the whole request is refused (a bad token never falls back to anonymous). */
export function authenticationError(reason: AuthenticationFailure): GraphQLError {
  return new GraphQLError(MESSAGES[reason], {
    extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } },
  });
}

export interface AuthenticateOptions {
  /**
   * The gateway signed this request (gateway-signature.ts), so it has just looked the session up itself: the token is
   * still verified here (signature, expiry, claims), the session row is not read again (issue 12 §2: one database
   * round trip per request for the session, not one per hop). Revocation takes effect at the gateway at once.
   */
  sessionCheckedUpstream?: boolean;
}

export interface Authenticator {
  /** Anonymous without an Authorization header; throws {@link authenticationError} for a bad one. */
  authenticate(authorization: string | null | undefined, options?: AuthenticateOptions): Promise<Principal>;
}

/** A verified caller and until when its credential is valid (ms since epoch; null: no expiry, anonymous). */
export type VerifiedCaller = { principal: Principal; validUntil: number | null };

export interface VerifyingAuthenticator extends Authenticator {
  /** {@link Authenticator.authenticate}, with the credential's expiry (the principal cache bounds its entries by it). */
  verify(authorization: string | null | undefined, options?: AuthenticateOptions): Promise<VerifiedCaller>;
}

export function createAuthenticator(
  db: Database,
  verifier: TokenVerifier,
  clock: () => Date = () => new Date(),
): VerifyingAuthenticator {
  const verify: VerifyingAuthenticator['verify'] = async (authorization, options = {}) => {
    if (authorization == null || authorization === '') return { principal: ANONYMOUS, validUntil: null };
    const bearer = bearerFromAuthorizationHeader(authorization);
    if (!bearer) throw authenticationError('TOKEN_INVALID');
    const now = clock();

    const credential = parseApiClientCredential(bearer);
    if (credential) {
      // A client id that is not a UUID is an unknown client: the same answer, and no query (issue 15 §1).
      if (!isUuid(credential.clientId)) throw authenticationError('INVALID_CREDENTIALS');
      const [client] = await db.select().from(tables.apiClients).where(eq(tables.apiClients.id, credential.clientId));
      if (!client || client.revokedAt !== null || (client.expiresAt !== null && client.expiresAt <= now)) {
        throw authenticationError('INVALID_CREDENTIALS');
      }
      // The current secret, or the previous one until the end of its rotation's overlap (both always compared).
      const current = opaqueSecretMatches(credential.secret, client.secretHash);
      const previous =
        client.previousSecretHash !== null &&
        client.previousSecretExpiresAt !== null &&
        client.previousSecretExpiresAt > now &&
        opaqueSecretMatches(credential.secret, client.previousSecretHash);
      if (!current && !previous) throw authenticationError('INVALID_CREDENTIALS');
      const limits = [
        client.expiresAt?.getTime(),
        previous && !current ? client.previousSecretExpiresAt?.getTime() : undefined,
      ];
      const bounds = limits.filter((t): t is number => t !== undefined);
      const budget = {
        ...(client.maxCostPerOperation !== null ? { maxCostPerOperation: client.maxCostPerOperation } : {}),
        ...(client.requestsPerMinute !== null ? { requestsPerMinute: client.requestsPerMinute } : {}),
      };
      return {
        principal: {
          kind: 'api_client',
          clientId: client.id,
          scopes: parseScopes(client.scopes.join(' '), API_CLIENT_SCOPES),
          ...(Object.keys(budget).length > 0 ? { budget } : {}),
        },
        validUntil: bounds.length > 0 ? Math.min(...bounds) : null,
      };
    }

    const verified = await verifier.verifyAccessToken(bearer, { now });
    if (!verified.ok) throw authenticationError(verified.code);
    const principal = principalFromClaims(verified.value);
    let validUntil = verified.value.exp * 1000;
    if (principal.kind === 'user' && !options.sessionCheckedUpstream) {
      // Sign-out and revocation take effect at once, not when the short-lived token expires.
      const [session] = await db
        .select({
          revokedAt: tables.sessions.revokedAt,
          expiresAt: tables.sessions.expiresAt,
          userId: tables.sessions.userId,
        })
        .from(tables.sessions)
        .where(eq(tables.sessions.id, principal.sessionId));
      if (!session || session.revokedAt !== null || session.expiresAt <= now || session.userId !== principal.userId) {
        throw authenticationError('SESSION_REVOKED');
      }
      validUntil = Math.min(validUntil, session.expiresAt.getTime());
    }
    return { principal, validUntil };
  };
  return { verify, authenticate: async (authorization, options) => (await verify(authorization, options)).principal };
}

/**
 * Authenticates a subgraph request. Signed by the gateway with the caller it verified (issue 16 §1): that principal,
 * with no second token check nor session read. Signed without one: the token is verified here, the session was
 * checked by the gateway. Unsigned requests never reach this point (gateway-signature.ts).
 */
export async function authenticateRequest(authenticator: Authenticator, request: IncomingMessage): Promise<Principal> {
  const principal =
    signedPrincipalOf(request) ??
    (await authenticator.authenticate(request.headers.authorization, {
      sessionCheckedUpstream: isSignedByGateway(request),
    }));
  // The request's log lines name the API client that made it (issue 15 §1).
  if (principal.kind === 'api_client') setCurrentApiClientId(principal.clientId);
  return principal;
}
