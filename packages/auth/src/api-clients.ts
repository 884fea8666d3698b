/**
 * The rules of an API client's lifecycle (issue 15 §1): which scopes an organisation's client may hold, its expiry,
 * its budget and the overlap of a secret rotation. Pure functions; the structures subgraph calls them.
 */
import { ok, refuse, type Result } from './result.js';
import {
  API_CLIENT_SCOPES,
  ROLE_FOR_ORGANISATION_KIND,
  ROLE_SCOPES,
  validateApiClientScopes,
  type OrganisationKind,
  type Scope,
} from './roles.js';

/** How long the previous secret keeps working after a rotation: a week to deploy the new one. Server-set. */
export const API_CLIENT_ROTATION_OVERLAP_MS = 7 * 24 * 60 * 60 * 1000;
/** An API client lives at most two years: then a new one is made (and its scopes reviewed). */
export const API_CLIENT_MAX_LIFETIME_MS = 2 * 366 * 24 * 60 * 60 * 1000;
/** Longest name of a client. */
export const API_CLIENT_NAME_MAX = 120;

/**
 * The scopes a client of this kind of organisation may hold: the API client scopes (never personal data) that the
 * organisation's own members hold. A prescriber's client may not read the aggregates its members may not read.
 */
export function apiClientScopesFor(kind: OrganisationKind): Scope[] {
  const own = ROLE_SCOPES[ROLE_FOR_ORGANISATION_KIND[kind]];
  return API_CLIENT_SCOPES.filter((scope) => own.includes(scope));
}

export type ApiClientRefusal =
  | 'SCOPES_EMPTY'
  | 'SCOPE_UNKNOWN'
  | 'SCOPE_NOT_ALLOWED_FOR_API_CLIENT'
  | 'SCOPE_NOT_ALLOWED_FOR_ORGANISATION'
  | 'API_CLIENT_NAME_INVALID'
  | 'API_CLIENT_EXPIRY_INVALID'
  | 'API_CLIENT_BUDGET_INVALID';

export interface ApiClientRequest {
  name: string;
  organisationKind: OrganisationKind;
  scopes: readonly string[];
  expiresAt: Date;
  /** Replaces the default cost limit of one operation; at most `limits.maxCost` (the subgraphs check it too). */
  maxCostPerOperation?: number | null;
  /** Replaces the default per-principal rate limit; at most `limits.maxRequestsPerMinute`. */
  requestsPerMinute?: number | null;
}

export interface ApiClientLimits {
  /** The operation cost every subgraph enforces: a client's budget cannot be larger. */
  maxCost: number;
  /** The per-IP rate limit: a client's budget cannot be larger (one client would fill its address's window). */
  maxRequestsPerMinute: number;
}

export type ValidApiClientRequest = {
  name: string;
  scopes: Scope[];
  expiresAt: Date;
  maxCostPerOperation: number | null;
  requestsPerMinute: number | null;
};

const wholeWithin = (value: number | null | undefined, max: number) =>
  value === null || value === undefined || (Number.isInteger(value) && value >= 1 && value <= max);

/** Checks a new client against the rules; the server's clock (`now`) judges the expiry. */
export function validateApiClientRequest(
  request: ApiClientRequest,
  now: Date,
  limits: ApiClientLimits,
): Result<ValidApiClientRequest, ApiClientRefusal> {
  const name = request.name.trim();
  if (name.length === 0 || name.length > API_CLIENT_NAME_MAX) {
    return refuse(
      'API_CLIENT_NAME_INVALID',
      `Donnez un nom au client d’API (${API_CLIENT_NAME_MAX} caractères au plus).`,
    );
  }
  const scopes = validateApiClientScopes(request.scopes);
  if (!scopes.ok) return scopes;
  const allowed = apiClientScopesFor(request.organisationKind);
  const refused = scopes.value.find((scope) => !allowed.includes(scope));
  if (refused) {
    return refuse(
      'SCOPE_NOT_ALLOWED_FOR_ORGANISATION',
      `L’autorisation « ${refused} » ne peut pas être accordée au client d’une organisation de ce type : ses propres membres ne l’ont pas.`,
    );
  }
  const expires = request.expiresAt.getTime();
  if (!Number.isFinite(expires) || expires <= now.getTime() || expires > now.getTime() + API_CLIENT_MAX_LIFETIME_MS) {
    return refuse(
      'API_CLIENT_EXPIRY_INVALID',
      'La date d’expiration doit être dans le futur, à deux ans au plus : un client d’API ne vit pas sans limite.',
    );
  }
  if (
    !wholeWithin(request.maxCostPerOperation, limits.maxCost) ||
    !wholeWithin(request.requestsPerMinute, limits.maxRequestsPerMinute)
  ) {
    return refuse(
      'API_CLIENT_BUDGET_INVALID',
      `Budget invalide : un coût par requête de 1 à ${limits.maxCost} et de 1 à ${limits.maxRequestsPerMinute} requêtes par minute.`,
    );
  }
  return ok({
    name,
    scopes: scopes.value,
    expiresAt: new Date(expires),
    maxCostPerOperation: request.maxCostPerOperation ?? null,
    requestsPerMinute: request.requestsPerMinute ?? null,
  });
}

/** When the previous secret stops working, for a rotation made at `now`. */
export function rotationOverlapEnd(now: Date): Date {
  return new Date(now.getTime() + API_CLIENT_ROTATION_OVERLAP_MS);
}
