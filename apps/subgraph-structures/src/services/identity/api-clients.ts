// API clients' lifecycle (issue 15 §1): made for an organisation by a platform administrator (everywhere) or the
// service de l'État of its territory; the secret is shown once and kept hashed; rotated with an overlap; revoked at
// once (the gateways' principal caches are told, then read revocations within a second). Every change is audited.
import {
  apiClientScopesFor,
  createApiClientCredential,
  isOrganisationKind,
  rotationOverlapEnd,
  validateApiClientRequest,
  type OrganisationKind,
  type Principal,
} from '@navette/auth';
import { searchKeySql, tables, type Database } from '@navette/db';
import {
  actorOf,
  announceRevocation,
  DEFAULT_RATE_LIMITS,
  OPERATION_LIMITS,
  recordAudit,
  refusalError,
  isUuid,
} from '@navette/subgraph-server';
import { and, desc, eq, gte, isNull, sql, type SQL } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { errors } from '../../errors.js';
import { matchesSearch } from '../filters.js';

/** What an API client row becomes in the API (the resolvers compute status and defaults from it). */
export type ApiClientRow = typeof tables.apiClients.$inferSelect & { organisationName: string | null };
export type ApiClientOrganisationRow = {
  kind: OrganisationKind;
  id: string;
  name: string;
  departementCode: string | null;
};

/** The budget's limits: what every process enforces anyway (a client's budget only lowers or shapes them). */
export const API_CLIENT_LIMITS = {
  maxCost: OPERATION_LIMITS.cost,
  maxRequestsPerMinute: Math.floor((DEFAULT_RATE_LIMITS.ip.points * 60) / DEFAULT_RATE_LIMITS.ip.durationSeconds),
};
/** The defaults a client without its own budget gets. */
export const API_CLIENT_DEFAULT_BUDGET = {
  maxCostPerOperation: OPERATION_LIMITS.cost,
  requestsPerMinute: Math.floor(
    (DEFAULT_RATE_LIMITS.principal.points * 60) / DEFAULT_RATE_LIMITS.principal.durationSeconds,
  ),
};

/**
 * Which clients the caller manages: '*' for a platform administrator and a regional service de l'État, its
 * département's code for a departmental one; refused for anyone else (second line behind @requiresScopes).
 */
export function managedTerritory(principal: Principal): string {
  if (principal.kind === 'user' && principal.role === 'ADMIN') return '*';
  if (principal.kind === 'user' && principal.role === 'STATE') return principal.departement ?? '*';
  throw errors.apiClientsNotYours();
}

const within = (territory: string): SQL | undefined =>
  territory === '*' ? undefined : eq(tables.apiClients.departementCode, territory);

const organisationTables = {
  SIAE: tables.siaes,
  AGENCY: tables.agencies,
  PRESCRIBER_ORGANISATION: tables.prescriberOrganisations,
  STATE_SERVICE: tables.stateServices,
  CDIAE: tables.cdiaes,
} as const;

/** The organisations of a kind, with their département (the comité is regional). */
function organisationsQuery(
  db: Database,
  kind: OrganisationKind,
  where: (t: { id: SQL; name: SQL; dep: SQL }) => SQL[],
) {
  if (kind === 'STEERING_COMMITTEE') {
    const t = tables.steeringCommittees;
    const cols = { id: sql`${t.id}`, name: sql`${t.name}`, dep: sql`null::varchar` };
    return db
      .select({ id: t.id, name: t.name, departementCode: sql<string | null>`null::varchar` })
      .from(t)
      .where(and(...where(cols)))
      .orderBy(t.name)
      .limit(20);
  }
  const t = organisationTables[kind];
  const cols = { id: sql`${t.id}`, name: sql`${t.name}`, dep: sql`${t.departementCode}` };
  return db
    .select({ id: t.id, name: t.name, departementCode: t.departementCode })
    .from(t)
    .where(and(...where(cols)))
    .orderBy(t.name)
    .limit(20);
}

async function organisationOf(
  db: Database,
  kind: OrganisationKind,
  id: string,
): Promise<ApiClientOrganisationRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await organisationsQuery(db, kind, (t) => [sql`${t.id} = ${id}::uuid`]);
  return row ? { kind, ...row } : null;
}

/** Organisations of a kind the caller may give a client to (its département's, or all), by name. */
export async function listOrganisationChoices(
  db: Database,
  principal: Principal,
  kind: string,
  search: string | null | undefined,
): Promise<{ organisation: ApiClientOrganisationRow; scopes: string[] }[]> {
  const territory = managedTerritory(principal);
  if (!isOrganisationKind(kind)) return [];
  if (kind === 'STEERING_COMMITTEE' && territory !== '*') return [];
  const rows = await organisationsQuery(db, kind, (t) => {
    const conditions: SQL[] = [];
    if (territory !== '*') conditions.push(sql`${t.dep} = ${territory}`);
    const match = matchesSearch(searchKeySql(t.name), search);
    if (match) conditions.push(match);
    return conditions;
  });
  const scopes = apiClientScopesFor(kind);
  return rows.map((row) => ({ organisation: { kind, ...row }, scopes }));
}

const withOrganisationName = async (db: Database, rows: (typeof tables.apiClients.$inferSelect)[]) =>
  Promise.all(
    rows.map(async (row) => ({
      ...row,
      organisationName:
        row.organisationKind && row.organisationId
          ? ((await organisationOf(db, row.organisationKind, row.organisationId))?.name ?? null)
          : null,
    })),
  );

export async function listApiClients(db: Database, principal: Principal): Promise<ApiClientRow[]> {
  const territory = managedTerritory(principal);
  const rows = await db
    .select()
    .from(tables.apiClients)
    .where(within(territory))
    .orderBy(desc(tables.apiClients.createdAt), tables.apiClients.id);
  return withOrganisationName(db, rows);
}

/** One client the caller manages, or null (an id that is not a UUID is unknown, like any other). */
export async function findApiClient(db: Database, principal: Principal, id: string): Promise<ApiClientRow | null> {
  const territory = managedTerritory(principal);
  if (!isUuid(id)) return null;
  const rows = await db
    .select()
    .from(tables.apiClients)
    .where(and(eq(tables.apiClients.id, id), within(territory)));
  return (await withOrganisationName(db, rows))[0] ?? null;
}

export async function apiClientUsage(db: Database, clientId: string, days: number, today: string) {
  const span = Math.min(90, Math.max(1, Math.trunc(days)));
  return db
    .select({ day: tables.apiClientDailyUsage.day, calls: tables.apiClientDailyUsage.calls })
    .from(tables.apiClientDailyUsage)
    .where(
      and(
        eq(tables.apiClientDailyUsage.clientId, clientId),
        gte(tables.apiClientDailyUsage.day, sql`${today}::date - ${span - 1}::integer`),
      ),
    )
    .orderBy(desc(tables.apiClientDailyUsage.day));
}

export interface CreateApiClientInput {
  name: string;
  organisationKind: string;
  organisationId: string;
  scopes: readonly string[];
  expiresAt: string;
  maxCostPerOperation?: number | null;
  requestsPerMinute?: number | null;
}

const userIdOf = (principal: Principal) => (principal.kind === 'user' ? principal.userId : null);

export async function createApiClient(
  db: Database,
  principal: Principal,
  input: CreateApiClientInput,
  context: { now: Date; client: string | null },
): Promise<{ client: ApiClientRow; credential: string }> {
  const territory = managedTerritory(principal);
  if (!isOrganisationKind(input.organisationKind)) throw errors.apiClientOrganisationNotFound();
  const organisation = await organisationOf(db, input.organisationKind, input.organisationId);
  if (!organisation) throw errors.apiClientOrganisationNotFound();
  if (territory !== '*' && organisation.departementCode !== territory) throw errors.apiClientOutsideTerritory();
  const checked = validateApiClientRequest(
    {
      name: input.name,
      organisationKind: organisation.kind,
      scopes: input.scopes,
      expiresAt: new Date(input.expiresAt),
      maxCostPerOperation: input.maxCostPerOperation ?? null,
      requestsPerMinute: input.requestsPerMinute ?? null,
    },
    context.now,
    API_CLIENT_LIMITS,
  );
  if (!checked.ok) throw refusalError(errors, checked);
  const id = randomUUID();
  const { credential, secretHash } = createApiClientCredential(id);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(tables.apiClients)
      .values({
        id,
        name: checked.value.name,
        ownerDescription: organisation.name,
        secretHash,
        scopes: checked.value.scopes,
        createdAt: context.now,
        expiresAt: checked.value.expiresAt,
        organisationKind: organisation.kind,
        organisationId: organisation.id,
        departementCode: organisation.departementCode,
        createdBy: userIdOf(principal),
        maxCostPerOperation: checked.value.maxCostPerOperation,
        requestsPerMinute: checked.value.requestsPerMinute,
      })
      .returning();
    await recordAudit(tx, actorOf(principal), {
      action: 'API_CLIENT_CREATED',
      subjectType: 'api_client',
      subjectId: id,
      // Never the secret nor its hash.
      details: {
        organisationKind: organisation.kind,
        organisationId: organisation.id,
        scopes: checked.value.scopes,
        expiresAt: checked.value.expiresAt.toISOString(),
        maxCostPerOperation: checked.value.maxCostPerOperation,
        requestsPerMinute: checked.value.requestsPerMinute,
      },
      client: context.client,
    });
    return inserted!;
  });
  return { client: { ...row, organisationName: organisation.name }, credential };
}

export async function rotateApiClientSecret(
  db: Database,
  principal: Principal,
  id: string,
  context: { now: Date; client: string | null },
): Promise<{ client: ApiClientRow; credential: string }> {
  const territory = managedTerritory(principal);
  if (!isUuid(id)) throw errors.apiClientNotFound();
  const { credential, secretHash } = createApiClientCredential(id);
  const overlapEnd = rotationOverlapEnd(context.now);
  const row = await db.transaction(async (tx) => {
    // The row lock orders concurrent rotations: each one's previous secret is the one the other just gave.
    const [current] = await tx
      .select()
      .from(tables.apiClients)
      .where(and(eq(tables.apiClients.id, id), within(territory)))
      .for('update');
    if (!current) throw errors.apiClientNotFound();
    if (current.revokedAt !== null) throw errors.apiClientRevoked();
    const [updated] = await tx
      .update(tables.apiClients)
      .set({
        secretHash,
        previousSecretHash: current.secretHash,
        previousSecretExpiresAt: overlapEnd,
        secretRotatedAt: context.now,
      })
      .where(eq(tables.apiClients.id, id))
      .returning();
    await recordAudit(tx, actorOf(principal), {
      action: 'API_CLIENT_ROTATED',
      subjectType: 'api_client',
      subjectId: id,
      details: { previousSecretValidUntil: overlapEnd.toISOString() },
      client: context.client,
    });
    return updated!;
  });
  // A secret replaced twice within an overlap stops at once: this process's cached principals of the client go.
  announceRevocation({ clientId: id });
  return { client: (await withOrganisationName(db, [row]))[0]!, credential };
}

export async function revokeApiClient(
  db: Database,
  principal: Principal,
  id: string,
  context: { now: Date; client: string | null },
): Promise<ApiClientRow> {
  const territory = managedTerritory(principal);
  if (!isUuid(id)) throw errors.apiClientNotFound();
  const row = await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(tables.apiClients)
      .where(and(eq(tables.apiClients.id, id), within(territory)))
      .for('update');
    if (!current) throw errors.apiClientNotFound();
    // Revoking twice is harmless: the first revocation's date and author stay, nothing more is audited.
    if (current.revokedAt !== null) return current;
    const [updated] = await tx
      .update(tables.apiClients)
      .set({ revokedAt: context.now, revokedBy: userIdOf(principal) })
      .where(and(eq(tables.apiClients.id, id), isNull(tables.apiClients.revokedAt)))
      .returning();
    await recordAudit(tx, actorOf(principal), {
      action: 'API_CLIENT_REVOKED',
      subjectType: 'api_client',
      subjectId: id,
      client: context.client,
    });
    return updated!;
  });
  // Once committed: this process's gateway refuses the client at once; the others within REVOCATION_BOUND_MS.
  announceRevocation({ clientId: id });
  return (await withOrganisationName(db, [row]))[0]!;
}
