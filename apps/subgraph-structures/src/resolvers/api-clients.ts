import type { ApiClientResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import {
  API_CLIENT_DEFAULT_BUDGET,
  apiClientUsage,
  createApiClient,
  findApiClient,
  listApiClients,
  listOrganisationChoices,
  revokeApiClient,
  rotateApiClientSecret,
} from '../services/identity/api-clients.js';

export const apiClientQuery: Pick<QueryResolvers, 'apiClients' | 'apiClient' | 'apiClientOrganisationChoices'> = {
  apiClients: (_parent, _args, { db, principal }) => listApiClients(db, principal),
  apiClient: (_parent, { id }, { db, principal }) => findApiClient(db, principal, id),
  apiClientOrganisationChoices: (_parent, { kind, search }, { db, principal }) =>
    listOrganisationChoices(db, principal, kind, search),
};

export const apiClientMutation: Pick<
  MutationResolvers,
  'createApiClient' | 'rotateApiClientSecret' | 'revokeApiClient'
> = {
  createApiClient: (_parent, { input }, { db, principal, now, client }) =>
    createApiClient(db, principal, input, { now, client }),
  rotateApiClientSecret: (_parent, { id }, { db, principal, now, client }) =>
    rotateApiClientSecret(db, principal, id, { now, client }),
  revokeApiClient: (_parent, { id }, { db, principal, now, client }) =>
    revokeApiClient(db, principal, id, { now, client }),
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const ApiClient: ApiClientResolvers = {
  organisation: (row) =>
    row.organisationKind && row.organisationId
      ? {
          kind: row.organisationKind,
          id: row.organisationId,
          name: row.organisationName ?? row.ownerDescription,
          departementCode: row.departementCode,
        }
      : null,
  status: (row, _args, { now }) =>
    row.revokedAt !== null ? 'REVOKED' : row.expiresAt !== null && row.expiresAt <= now ? 'EXPIRED' : 'ACTIVE',
  createdAt: (row) => row.createdAt.toISOString(),
  expiresAt: (row) => iso(row.expiresAt),
  revokedAt: (row) => iso(row.revokedAt),
  secretRotatedAt: (row) => iso(row.secretRotatedAt),
  previousSecretValidUntil: (row, _args, { now }) =>
    row.previousSecretExpiresAt !== null && row.previousSecretExpiresAt > now && row.revokedAt === null
      ? row.previousSecretExpiresAt.toISOString()
      : null,
  lastUsedAt: (row) => iso(row.lastUsedAt),
  maxCostPerOperation: (row) => row.maxCostPerOperation ?? API_CLIENT_DEFAULT_BUDGET.maxCostPerOperation,
  requestsPerMinute: (row) => row.requestsPerMinute ?? API_CLIENT_DEFAULT_BUDGET.requestsPerMinute,
  usage: (row, { days }, { db, today }) => apiClientUsage(db, row.id, days ?? 30, today),
};
