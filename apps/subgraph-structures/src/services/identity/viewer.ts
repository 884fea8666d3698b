import type { OrganisationKind, Role } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { rootLogger } from '@navette/subgraph-server';
import { eq, sql } from 'drizzle-orm';

export interface ViewerRow {
  id: string;
  email: string;
  displayName: string;
  status: 'ACTIVE' | 'DISABLED';
  passwordHash: string;
  role: Role;
  organisation: ViewerOrganisationRow | null;
}

export interface ViewerOrganisationRow {
  kind: OrganisationKind;
  id: string;
  name: string;
  departement: string | null;
}

/** The organisation's name and département, looked up in the table of its kind. */
async function organisationOf(db: Database, kind: OrganisationKind, id: string) {
  const pick = {
    SIAE: tables.siaes,
    AGENCY: tables.agencies,
    PRESCRIBER_ORGANISATION: tables.prescriberOrganisations,
    STATE_SERVICE: tables.stateServices,
    CDIAE: tables.cdiaes,
  } as const;
  if (kind === 'STEERING_COMMITTEE') {
    const [row] = await db.select().from(tables.steeringCommittees).where(eq(tables.steeringCommittees.id, id));
    return row ? { kind, id, name: row.name, departement: null } : null;
  }
  const table = pick[kind];
  const [row] = await db
    .select({ name: table.name, departement: table.departementCode })
    .from(table)
    .where(eq(table.id, id));
  return row ? { kind, id, name: row.name, departement: row.departement } : null;
}

async function toViewer(
  db: Database,
  row: { user: typeof tables.users.$inferSelect; membership: typeof tables.memberships.$inferSelect | null },
): Promise<ViewerRow | null> {
  if (!row.membership) return null; // no role, no access
  const { organisationKind, organisationId, role } = row.membership;
  const organisation =
    organisationKind && organisationId ? await organisationOf(db, organisationKind, organisationId) : null;
  // A membership naming an organisation that does not exist (the database refuses to write one, migration 0035, but an
  // organisation may be deleted after its members), or a role that needs an organisation without one: no access, as
  // without a membership. Signing in would otherwise
  // issue a token for no organisation, which every later request refuses with an internal error.
  if ((organisationKind || organisationId || role !== 'ADMIN') && !organisation) {
    rootLogger().warn(
      { userId: row.user.id, role, organisationKind },
      'membership without an existing organisation: access refused',
    );
    return null;
  }
  return {
    id: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    status: row.user.status,
    passwordHash: row.user.passwordHash,
    role: row.membership.role,
    organisation,
  };
}

export async function loadViewer(db: Database, userId: string): Promise<ViewerRow | null> {
  const [row] = await db
    .select({ user: tables.users, membership: tables.memberships })
    .from(tables.users)
    .leftJoin(tables.memberships, eq(tables.memberships.userId, tables.users.id))
    .where(eq(tables.users.id, userId));
  return row ? toViewer(db, row) : null;
}

export async function findViewerByEmail(db: Database, email: string): Promise<ViewerRow | null> {
  const [row] = await db
    .select({ user: tables.users, membership: tables.memberships })
    .from(tables.users)
    .leftJoin(tables.memberships, eq(tables.memberships.userId, tables.users.id))
    .where(sql`lower(${tables.users.email}) = ${email.trim().toLowerCase()}`);
  return row ? toViewer(db, row) : null;
}
