// Demo accounts: one per role and kind of organisation (listed in the README), and one API client.
// Loaded with the demo data only; the shared password is for the demo set and nothing else.
import { hashOpaqueSecret, hashPassword, API_CLIENT_CREDENTIAL_PREFIX } from '@navette/auth';
import { inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as s from '../schema/index.js';
import { demoId } from './ids.js';

export const DEMO_PASSWORD = 'Navette-Demo-2026!';

export const demoAccounts = [
  { email: 'prescripteur@demo.navette.fr', displayName: 'Camille Prescriptrice', role: 'PRESCRIBER', organisationKind: 'PRESCRIBER_ORGANIZATION', organisationKey: 'prescriber:21:MISSION_LOCALE' },
  { email: 'habilite@demo.navette.fr', displayName: 'Hugo Habilité', role: 'PRESCRIBER', organisationKind: 'PRESCRIBER_ORGANIZATION', organisationKey: 'prescriber:25:HABILITE:0' },
  { email: 'siae@demo.navette.fr', displayName: 'Sarah Encadrante', role: 'SIAE', organisationKind: 'SIAE', organisationKey: 'siae:25-BES:0' },
  { email: 'agence@demo.navette.fr', displayName: 'Antoine Conseiller', role: 'AGENCY', organisationKind: 'AGENCY', organisationKey: 'agency:25-BES' },
  { email: 'pilotage@demo.navette.fr', displayName: 'Paule Pilote', role: 'STEERING', organisationKind: 'STEERING_COMMITTEE', organisationKey: 'steering:bfc' },
  { email: 'etat@demo.navette.fr', displayName: 'Étienne DDETS', role: 'STATE', organisationKind: 'STATE_SERVICE', organisationKey: 'state:ddets:25' },
  { email: 'admin@demo.navette.fr', displayName: 'Ada Administratrice', role: 'ADMIN', organisationKind: 'STATE_SERVICE', organisationKey: 'state:dreets' },
] as const;

/** The demo API client (an observatory reading aggregates and the directory): a fixed credential, demo only. */
export const demoApiClient = {
  id: demoId('api-client:observatoire'),
  name: 'Observatoire régional de l’IAE (démo)',
  scopes: ['directory:read', 'aggregates:read'],
  // 43 base64url characters, the shape of a real secret (see @navette/auth secrets.ts).
  secret: 'demo-observatoire-ne-pas-utiliser-en-prod00',
} as const;
export const demoApiClientCredential = `${API_CLIENT_CREDENTIAL_PREFIX}${demoApiClient.id}.${demoApiClient.secret}`;

export async function seedDemoAccounts(db: Database): Promise<void> {
  const ids = demoAccounts.map((a) => demoId(`user:${a.email}`));
  const existing = new Set((await db.select({ id: s.users.id }).from(s.users).where(inArray(s.users.id, ids))).map((r) => r.id));
  const missing = demoAccounts.filter((a) => !existing.has(demoId(`user:${a.email}`)));
  if (missing.length > 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash (random salt) shared by the demo accounts
    await db.transaction(async (tx) => {
      for (const account of missing) {
        const id = demoId(`user:${account.email}`);
        await tx.insert(s.users).values({ id, email: account.email, displayName: account.displayName, passwordHash }).onConflictDoNothing();
        await tx
          .insert(s.memberships)
          .values({ userId: id, role: account.role, organisationKind: account.organisationKind, organisationId: demoId(account.organisationKey) })
          .onConflictDoNothing();
      }
    });
  }
  await db
    .insert(s.apiClients)
    .values({
      id: demoApiClient.id,
      name: demoApiClient.name,
      ownerDescription: 'DREETS Bourgogne-Franche-Comté',
      secretHash: hashOpaqueSecret(demoApiClient.secret),
      scopes: [...demoApiClient.scopes],
    })
    .onConflictDoNothing();
}
