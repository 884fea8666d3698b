// Use-case tests (issue 17 §3), test files only: a subgraph's use case called as its resolver calls it, for a
// principal of the test's choosing, on a real PostgreSQL database cloned from the migrated and seeded template
// (`createTestDatabase` of @navette/db/testing) — no HTTP, no gateway, no product started. Each subgraph's
// `contextFor(db, principal, …)` (src/context.ts) builds the context; this module brings the principals, a fixed
// clock and how to read a refusal.
import {
  generateSigningKeys,
  createTokenIssuer,
  ROLE_FOR_ORGANISATION_KIND,
  ROLE_SCOPES,
  type OrganisationKind,
  type Role,
  type TokenIssuer,
  type UserPrincipal,
} from '@navette/auth';
import { databaseUnavailability, tables, UniqueViolation, uniqueViolationOf, type Database } from '@navette/db';
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';

/** The organisations' département, looked up in the table of their kind (the steering committee has none). */
async function departementOf(db: Database, kind: OrganisationKind, id: string): Promise<string | null> {
  const table = {
    SIAE: tables.siaes,
    AGENCY: tables.agencies,
    PRESCRIBER_ORGANISATION: tables.prescriberOrganisations,
    STATE_SERVICE: tables.stateServices,
    STEERING_COMMITTEE: null,
    CDIAE: tables.cdiaes,
  }[kind];
  if (!table) return null;
  const [row] = await db.select({ departement: table.departementCode }).from(table).where(eq(table.id, id));
  return row?.departement ?? null;
}

/** The principal a signed-in user gets from its access token (structures' sessions.ts issues the same claims). */
async function principalFor(
  db: Database,
  userId: string,
  role: Role,
  kind: OrganisationKind,
  organisationId: string,
): Promise<UserPrincipal> {
  const departement = await departementOf(db, kind, organisationId);
  return {
    kind: 'user',
    userId,
    sessionId: randomUUID(),
    role,
    organisationId,
    organisationKind: kind,
    ...(departement ? { departement } : {}),
    scopes: ROLE_SCOPES[role],
  };
}

/** The principal of an existing account (a demo account of the template: `siae@demo.navette.fr`, …). */
export async function principalOf(db: Database, email: string): Promise<UserPrincipal> {
  const [row] = await db
    .select({ user: tables.users, membership: tables.memberships })
    .from(tables.users)
    .innerJoin(tables.memberships, eq(tables.memberships.userId, tables.users.id))
    .where(eq(tables.users.email, email));
  if (!row) throw new Error(`principalOf: no account ${email} with a membership in this database`);
  const { role, organisationKind, organisationId } = row.membership;
  // Administrators belong to no organisation: the token's nil uuid and STATE_SERVICE (sessions.ts).
  return principalFor(
    db,
    row.user.id,
    role,
    organisationKind ?? 'STATE_SERVICE',
    organisationId ?? '00000000-0000-0000-0000-000000000000',
  );
}

/**
 * A new account in an organisation (another SIAE, a second agent of an agence…), with the role its kind of
 * organisation has unless told; it cannot sign in (no password), it only acts through use cases.
 */
export async function newUserIn(
  db: Database,
  organisationKind: OrganisationKind,
  organisationId: string,
  role: Role = ROLE_FOR_ORGANISATION_KIND[organisationKind],
): Promise<UserPrincipal> {
  const id = randomUUID();
  const email = `utilisateur-${id.slice(0, 8)}@test.navette.fr`;
  await db.insert(tables.users).values({ id, email, displayName: email, passwordHash: '!' });
  await db.insert(tables.memberships).values({ userId: id, role, organisationKind, organisationId });
  return principalFor(db, id, role, organisationKind, organisationId);
}

/** A clock stopped at 09:00 UTC on `day` (`YYYY-MM-DD`), for the contexts' `clock`. */
export const clockAt =
  (day: string): (() => Date) =>
  () =>
    new Date(`${day}T09:00:00Z`);

/** A token issuer with a throwaway key (structures' context signs tokens). */
export function testTokenIssuer(): TokenIssuer {
  return createTokenIssuer({ privateKeyPem: generateSigningKeys().privateKeyPem });
}

/**
 * `work` as a user runs it when told « Réessayez dans quelques instants » (SERVICE_UNAVAILABLE): sent again while the
 * database could not serve it — a full or slow pool queue, a lock or statement timeout, a lost connection — and nothing
 * was recorded. On a loaded machine twenty requests at once on a test's five connections queue longer than the pool's
 * bound (resilience.ts): shedding them is the product's designed answer, and what the race tests assert is what
 * follows, one row whatever the retries. Bounded by attempts, not by time (each refusal already waited its bound).
 */
export async function retriedWhileUnavailable<T>(work: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !databaseUnavailability(error)) throw error;
    }
  }
}

/** What a user is told when a use case refuses: the GraphQL error's code, stable reason, field and French message. */
export interface Refusal {
  code: string;
  reason: string | undefined;
  field: string | undefined;
  message: string;
  /** A duplicate's natural key (the server answers a UniqueViolation as CONFLICT with it) and the existing row. */
  constraint?: string;
  existing?: string;
}

/**
 * The refusal of `work` (a use case's call; its input checks may throw before any promise), as the server would answer
 * it (errors.ts maskError: a duplicate row is the user's CONFLICT). Anything else — a success, a bug, another SQL
 * error — fails the test with it.
 */
export async function refusalOf(work: () => unknown): Promise<Refusal> {
  try {
    await work();
  } catch (error) {
    if (error instanceof UniqueViolation) {
      // As the server answers it (errors.ts maskError): the user's conflict, naming the row that exists.
      return {
        code: 'CONFLICT',
        reason: undefined,
        field: undefined,
        message: error.message,
        constraint: error.constraint,
        ...(error.existing ? { existing: error.existing } : {}),
      };
    }
    const duplicate = uniqueViolationOf(error);
    if (duplicate) {
      // A duplicate row the use case let through to the database: the server answers CONFLICT with its constraint.
      return { code: 'CONFLICT', reason: undefined, field: undefined, message: '', constraint: duplicate.constraint };
    }
    const extensions = (error as { extensions?: Record<string, unknown> } | null)?.extensions;
    if (typeof extensions?.['code'] !== 'string') throw error;
    return {
      code: extensions['code'],
      reason: typeof extensions['reason'] === 'string' ? extensions['reason'] : undefined,
      field: typeof extensions['field'] === 'string' ? extensions['field'] : undefined,
      message: (error as Error).message,
    };
  }
  throw new Error('expected a refusal, the use case succeeded');
}
