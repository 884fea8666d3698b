// Demo accounts: one per role and kind of organisation (listed in the README), and one API client.
// Loaded with the demo data only; the shared password is for the demo set and nothing else.
import { hashOpaqueSecret, hashPassword, API_CLIENT_CREDENTIAL_PREFIX } from '@navette/auth';
import { inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as s from '../schema/index.js';
import { employmentAreas } from './bfc.js';
import { demoId } from './ids.js';

export const DEMO_PASSWORD = 'Navette-Demo-2026!';

export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly role: 'PRESCRIBER' | 'SIAE' | 'AGENCY' | 'STEERING' | 'STATE' | 'CDIAE' | 'ADMIN';
  readonly organisationKind:
    'PRESCRIBER_ORGANISATION' | 'SIAE' | 'AGENCY' | 'STEERING_COMMITTEE' | 'STATE_SERVICE' | 'CDIAE';
  /** The organisation's key for demoId. */
  readonly organisationKey: string;
}

/** Codes of the bassins d'emploi, one agence each (bfc.ts). */
const DEMO_AGENCY_AREAS = employmentAreas.map((a) => a.code);

export const demoAccounts = [
  {
    email: 'prescripteur@demo.navette.fr',
    displayName: 'Camille Prescriptrice',
    role: 'PRESCRIBER',
    organisationKind: 'PRESCRIBER_ORGANISATION',
    organisationKey: 'prescriber:21:MISSION_LOCALE',
  },
  {
    email: 'habilite@demo.navette.fr',
    displayName: 'Hugo Habilité',
    role: 'PRESCRIBER',
    organisationKind: 'PRESCRIBER_ORGANISATION',
    organisationKey: 'prescriber:25:HABILITE:0',
  },
  {
    email: 'siae@demo.navette.fr',
    displayName: 'Sarah Encadrante',
    role: 'SIAE',
    organisationKind: 'SIAE',
    organisationKey: 'siae:25-BES:0',
  },
  {
    email: 'agence@demo.navette.fr',
    displayName: 'Antoine Conseiller',
    role: 'AGENCY',
    organisationKind: 'AGENCY',
    organisationKey: 'agency:25-BES',
  },
  {
    email: 'pilotage@demo.navette.fr',
    displayName: 'Paule Pilote',
    role: 'STEERING',
    organisationKind: 'STEERING_COMMITTEE',
    organisationKey: 'steering:bfc',
  },
  {
    email: 'etat@demo.navette.fr',
    displayName: 'Étienne DDETS',
    role: 'STATE',
    organisationKind: 'STATE_SERVICE',
    organisationKey: 'state:ddets:25',
  },
  {
    email: 'cdiae@demo.navette.fr',
    displayName: 'Claire CDIAE',
    role: 'CDIAE',
    organisationKind: 'CDIAE',
    organisationKey: 'cdiae:25',
  },
  {
    email: 'admin@demo.navette.fr',
    displayName: 'Ada Administratrice',
    role: 'ADMIN',
    organisationKind: 'STATE_SERVICE',
    organisationKey: 'state:dreets',
  },
] as const;

/**
 * The teams of the living demo region (issue 14 §4), loaded with its year of activity only (`demoActivity` of the
 * embedded start): one SIAE account of each other kind (`siae@` is the EITI of Besançon), and two more agents in every
 * agence (the agence of Besançon has three with `agence@`). Same password; listed in the README.
 */
export const demoTeamAccounts: readonly DemoAccount[] = [
  {
    email: 'siae-aci@demo.navette.fr',
    displayName: 'Lucie Encadrante ACI',
    role: 'SIAE',
    organisationKind: 'SIAE',
    organisationKey: 'siae:25-BES:1',
  },
  {
    email: 'siae-ai@demo.navette.fr',
    displayName: 'Marc Chargé de mission AI',
    role: 'SIAE',
    organisationKind: 'SIAE',
    organisationKey: 'siae:25-BES:2',
  },
  {
    email: 'siae-ei@demo.navette.fr',
    displayName: 'Nadia Encadrante EI',
    role: 'SIAE',
    organisationKind: 'SIAE',
    organisationKey: 'siae:25-MTB:0',
  },
  {
    email: 'siae-etti@demo.navette.fr',
    displayName: 'Olivier Intérim ETTI',
    role: 'SIAE',
    organisationKind: 'SIAE',
    organisationKey: 'siae:25-MTB:1',
  },
  ...DEMO_AGENCY_AREAS.flatMap((code) =>
    [1, 2].map((n) => ({
      email: `agence-${code.toLowerCase()}-${n}@demo.navette.fr`,
      displayName: `${n === 1 ? 'Conseillère' : 'Conseiller'} ${n} Pôle emploi ${code}`,
      role: 'AGENCY' as const,
      organisationKind: 'AGENCY' as const,
      organisationKey: `agency:${code}`,
    })),
  ),
];

/** The demo API client (an observatory reading aggregates and the directory): a fixed credential, demo only. */
export const demoApiClient = {
  id: demoId('api-client:observatoire'),
  name: 'Observatoire régional de l’IAE (démo)',
  scopes: ['directory:read', 'aggregates:read'],
  // 43 base64url characters, the shape of a real secret (see @navette/auth secrets.ts).
  secret: 'demo-observatoire-ne-pas-utiliser-en-prod00',
} as const;
export const demoApiClientCredential = `${API_CLIENT_CREDENTIAL_PREFIX}${demoApiClient.id}.${demoApiClient.secret}`;

export async function seedDemoAccounts(db: Database, accounts: readonly DemoAccount[] = demoAccounts): Promise<void> {
  await insertAccounts(db, accounts);
  await db
    .insert(s.apiClients)
    .values({
      id: demoApiClient.id,
      name: demoApiClient.name,
      ownerDescription: 'DREETS Bourgogne-Franche-Comté',
      organisationKind: 'STATE_SERVICE',
      organisationId: demoId('state:dreets'),
      departementCode: null,
      secretHash: hashOpaqueSecret(demoApiClient.secret),
      scopes: [...demoApiClient.scopes],
    })
    .onConflictDoNothing();
}

/** The accounts of the demo region's teams (demoTeamAccounts); those already there are left as they are. */
export async function seedDemoTeamAccounts(db: Database): Promise<void> {
  await insertAccounts(db, demoTeamAccounts);
}

async function insertAccounts(db: Database, accounts: readonly DemoAccount[]): Promise<void> {
  const ids = accounts.map((a) => demoId(`user:${a.email}`));
  const existing = new Set(
    (await db.select({ id: s.users.id }).from(s.users).where(inArray(s.users.id, ids))).map((r) => r.id),
  );
  const missing = accounts.filter((a) => !existing.has(demoId(`user:${a.email}`)));
  if (missing.length > 0) {
    const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash (random salt) shared by the demo accounts
    await db.transaction(async (tx) => {
      for (const account of missing) {
        const id = demoId(`user:${account.email}`);
        await tx
          .insert(s.users)
          .values({ id, email: account.email, displayName: account.displayName, passwordHash })
          .onConflictDoNothing();
        await tx
          .insert(s.memberships)
          .values({
            userId: id,
            role: account.role,
            organisationKind: account.organisationKind,
            organisationId: demoId(account.organisationKey),
          })
          .onConflictDoNothing();
      }
    });
  }
}
