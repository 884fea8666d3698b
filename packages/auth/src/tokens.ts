/**
 * Short-lived access tokens: JWT signed with Ed25519 (JWS `alg: EdDSA`).
 *
 * Only the component that signs users in holds the private key; the gateway and every
 * subgraph verify with the public key only (subgraphs are never trusted to be private, so
 * each one verifies again).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { ok, refuse, type Result } from './result.js';
import {
  API_CLIENT_SCOPES,
  isOrganisationKind,
  isRole,
  isRoleAllowedForOrganisationKind,
  parseScopes,
  ROLE_SCOPES,
  type OrganisationKind,
  type Principal,
  type Role,
} from './roles.js';

export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';
/** JOSE `typ` of our access tokens (RFC 9068): another kind of JWT is never taken for one. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const DEFAULT_ISSUER = 'navette';
export const DEFAULT_AUDIENCE = 'navette-api';
/** 15 minutes; renewal goes through a refresh token (see secrets.ts). */
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 900;
/** Allowed clock difference between the issuer and the verifiers. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Claims of a signed-in user's access token. */
export type UserAccessClaims = {
  readonly kind: 'user';
  /** User id. */
  readonly sub: string;
  /** Session id: sign-out revokes the session. */
  readonly sid: string;
  readonly role: Role;
  /** Organisation id of the membership. */
  readonly org: string;
  readonly orgKind: OrganisationKind;
  /** Space-separated scopes. */
  readonly scope: string;
  readonly departement?: string;
};

/** Claims of an API client's access token (if API clients are given tokens rather than their secret). */
export type ApiClientAccessClaims = {
  readonly kind: 'api_client';
  /** API client id. */
  readonly sub: string;
  readonly scope: string;
};

export type AccessClaims = UserAccessClaims | ApiClientAccessClaims;

/** What a verified token carries besides {@link AccessClaims}. */
export type VerifiedAccessToken = AccessClaims & {
  readonly iss: string;
  readonly aud: string;
  readonly jti: string;
  /** Seconds since the epoch. */
  readonly iat: number;
  readonly exp: number;
};

export type TokenRefusal = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

export const TOKEN_EXPIRED_MESSAGE = 'Votre session a expiré, reconnectez-vous.';
export const TOKEN_INVALID_MESSAGE = 'Votre jeton d’accès n’est pas valide, reconnectez-vous.';

export type SigningKeys = { readonly privateKeyPem: string; readonly publicKeyPem: string };

/** A new Ed25519 key pair: private key in PKCS#8 PEM, public key in SPKI PEM. */
export function generateSigningKeys(): SigningKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

/** The SPKI PEM public key of a PKCS#8 PEM Ed25519 private key. */
export function derivePublicKeyPem(privateKeyPem: string): string {
  return createPublicKey(importEd25519(privateKeyPem, 'private')).export({ type: 'spki', format: 'pem' }).toString();
}

/** Reads a PEM key and checks it is Ed25519; throws (configuration error) otherwise. */
function importEd25519(pem: string, type: 'private' | 'public'): KeyObject {
  const key = type === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError(`The ${type} signing key must be an Ed25519 key`);
  return key;
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

/** Checks the shape of access claims (from a token or before issuing one). */
function readAccessClaims(payload: Record<string, unknown>): AccessClaims | null {
  const { kind, sub, scope } = payload;
  if (!nonEmptyString(sub) || typeof scope !== 'string') return null;
  if (kind === 'api_client') return { kind, sub, scope };
  if (kind !== 'user') return null;
  const { sid, role, org, departement } = payload;
  // Tokens issued before the single spelling (issue 17 §2) carry the old value until they expire.
  const orgKind = payload.orgKind === 'PRESCRIBER_ORGANIZATION' ? 'PRESCRIBER_ORGANISATION' : payload.orgKind;
  if (!nonEmptyString(sid) || !nonEmptyString(org) || !isRole(role) || !isOrganisationKind(orgKind)) return null;
  if (!isRoleAllowedForOrganisationKind(role, orgKind)) return null;
  if (departement !== undefined && !(typeof departement === 'string' && /^(\d{2,3}|2A|2B)$/.test(departement))) {
    return null;
  }
  return departement === undefined
    ? { kind, sub, sid, role, org, orgKind, scope }
    : { kind, sub, sid, role, org, orgKind, scope, departement };
}

export type TokenIssuerOptions = {
  readonly privateKeyPem: string;
  readonly issuer?: string;
  readonly audience?: string;
};

export type IssuedAccessToken = { readonly token: string; readonly jti: string; readonly expiresAt: Date };

export type TokenIssuer = {
  /**
   * Signs an access token. `now` (default: current time) fixes `iat`; `exp` = `iat` + `ttlSeconds`.
   * Throws TypeError on inconsistent claims (programming error).
   */
  issueAccessToken(
    claims: AccessClaims,
    options?: { readonly ttlSeconds?: number; readonly now?: Date },
  ): Promise<IssuedAccessToken>;
};

/** Access token issuer (sign-in and renewal only). Throws if the key is not an Ed25519 private key. */
export function createTokenIssuer({
  privateKeyPem,
  issuer = DEFAULT_ISSUER,
  audience = DEFAULT_AUDIENCE,
}: TokenIssuerOptions): TokenIssuer {
  const key = importEd25519(privateKeyPem, 'private');
  return {
    async issueAccessToken(claims, { ttlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS, now = new Date() } = {}) {
      if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0)
        throw new TypeError('ttlSeconds must be a positive integer');
      const checked = readAccessClaims({ ...claims });
      if (checked === null) throw new TypeError('Inconsistent access token claims');
      const iat = Math.floor(now.getTime() / 1000);
      const exp = iat + ttlSeconds;
      const jti = randomUUID();
      const { sub, ...rest } = checked;
      const token = await new SignJWT(rest)
        .setProtectedHeader({ alg: ACCESS_TOKEN_ALGORITHM, typ: ACCESS_TOKEN_TYPE })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(sub)
        .setJti(jti)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
      return { token, jti, expiresAt: new Date(exp * 1000) };
    },
  };
}

export type TokenVerifierOptions = {
  readonly publicKeyPem: string;
  readonly issuer?: string;
  readonly audience?: string;
};

export type TokenVerifier = {
  /** Verifies signature, algorithm, type, issuer, audience and expiry, then the claims' shape. */
  verifyAccessToken(
    token: string,
    options?: { readonly now?: Date },
  ): Promise<Result<VerifiedAccessToken, TokenRefusal>>;
};

/** Access token verifier for the gateway and the subgraphs (public key only). */
export function createTokenVerifier({
  publicKeyPem,
  issuer = DEFAULT_ISSUER,
  audience = DEFAULT_AUDIENCE,
}: TokenVerifierOptions): TokenVerifier {
  const key = importEd25519(publicKeyPem, 'public');
  const invalid = () => refuse('TOKEN_INVALID', TOKEN_INVALID_MESSAGE);
  return {
    async verifyAccessToken(token, { now } = {}) {
      if (typeof token !== 'string' || token.length === 0 || token.length > 8192) return invalid();
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ACCESS_TOKEN_ALGORITHM],
          typ: ACCESS_TOKEN_TYPE,
          issuer,
          audience,
          requiredClaims: ['sub', 'jti', 'iat', 'exp'],
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          ...(now === undefined ? {} : { currentDate: now }),
        });
        const claims = readAccessClaims(payload);
        const { jti, iat, exp } = payload;
        if (claims === null || typeof jti !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') {
          return invalid();
        }
        return ok({ ...claims, iss: issuer, aud: audience, jti, iat, exp });
      } catch (error) {
        if (error instanceof errors.JWTExpired) return refuse('TOKEN_EXPIRED', TOKEN_EXPIRED_MESSAGE);
        return invalid();
      }
    },
  };
}

/**
 * The principal of verified claims. Scopes are intersected with what the role (or an API
 * client) may hold: a token never widens the permissions of its bearer.
 */
export function principalFromClaims(claims: AccessClaims): Principal {
  if (claims.kind === 'api_client') {
    return { kind: 'api_client', clientId: claims.sub, scopes: parseScopes(claims.scope, API_CLIENT_SCOPES) };
  }
  return {
    kind: 'user',
    userId: claims.sub,
    sessionId: claims.sid,
    role: claims.role,
    organisationId: claims.org,
    organisationKind: claims.orgKind,
    ...(claims.departement === undefined ? {} : { departement: claims.departement }),
    scopes: parseScopes(claims.scope, ROLE_SCOPES[claims.role]),
  };
}

/** The token of an `Authorization: Bearer <token>` header; null when absent or of another scheme. */
export function bearerFromAuthorizationHeader(header: string | null | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)[ ]*$/i.exec(header);
  return match?.[1] ?? null;
}
