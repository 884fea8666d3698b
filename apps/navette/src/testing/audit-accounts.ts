// Test support for the audit trail's readers (issue 19): the accounts the read-audit and unusual-reads tests act as —
// the demo accounts, users in organisations of another département, and the DDETS of the Côte-d'Or — each signed in
// through the gateway.
import { demoId, tables, type Database } from '@navette/db';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { createOtherAccounts, signIn } from './parcours.js';

/** A user of the DDETS of `departement`, with the demo password (test databases only); its e-mail address. */
export async function createStateAccount(db: Database, departement: string): Promise<string> {
  const [demo] = await db.select().from(tables.users).where(eq(tables.users.email, 'etat@demo.navette.fr'));
  const id = randomUUID();
  const email = `ddets-${departement}@test.navette.fr`;
  await db.insert(tables.users).values({ id, email, displayName: email, passwordHash: demo!.passwordHash });
  await db.insert(tables.memberships).values({
    userId: id,
    role: 'STATE',
    organisationKind: 'STATE_SERVICE',
    organisationId: demoId(`state:ddets:${departement}`),
  });
  return email;
}

/** The id of the user signing in with `email`. */
export async function userIdOf(db: Database, email: string): Promise<string> {
  const [user] = await db.select({ id: tables.users.id }).from(tables.users).where(eq(tables.users.email, email));
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

export type AuditReader =
  'prescriber' | 'siae' | 'otherSiae' | 'agency' | 'otherAgency' | 'admin' | 'state25' | 'state21' | 'steering';

/**
 * Creates the accounts outside the demo (a SIAE and an agence of the Côte-d'Or, the DDETS of the Côte-d'Or) and signs
 * every reader in: their e-mail addresses and request headers.
 */
export async function signInAuditReaders(
  db: Database,
  url: string,
): Promise<{ emails: Record<AuditReader, string>; as: Record<AuditReader, Record<string, string>> }> {
  const other = await createOtherAccounts(db);
  const emails: Record<AuditReader, string> = {
    prescriber: 'prescripteur@demo.navette.fr',
    siae: 'siae@demo.navette.fr',
    otherSiae: other.otherSiae,
    agency: 'agence@demo.navette.fr',
    otherAgency: other.otherAgency,
    admin: 'admin@demo.navette.fr',
    state25: 'etat@demo.navette.fr',
    state21: await createStateAccount(db, '21'),
    steering: 'pilotage@demo.navette.fr',
  };
  const as = {} as Record<AuditReader, Record<string, string>>;
  for (const reader of Object.keys(emails) as AuditReader[]) as[reader] = await signIn(url, emails[reader]);
  return { emails, as };
}
