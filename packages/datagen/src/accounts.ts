// The benchmark's accounts (identity.users + memberships), one per role it signs in as. They share one argon2 hash of
// DEMO_PASSWORD, computed once by the loader. The organisations are the busiest ones, so the figures are a worst case
// among realistic callers: the agence with the largest inbox of pending requests, the SIAE with the most current
// agréments, the prescripteur with the most prescriptions; the steering committee and the DDETS of that agence's
// region and département.
import type { Directory } from './directory.js';
import type { Highlights } from './parcours.js';
import { makeIds } from './ids.js';

export interface BenchAccount {
  key: 'agency' | 'siae' | 'prescriber' | 'steering' | 'state';
  userId: string;
  email: string;
  displayName: string;
  role: 'AGENCY' | 'SIAE' | 'PRESCRIBER' | 'STEERING' | 'STATE';
  organisationKind: 'AGENCY' | 'SIAE' | 'PRESCRIBER_ORGANISATION' | 'STEERING_COMMITTEE' | 'STATE_SERVICE';
  organisationId: string;
  organisationName: string;
  departement: string | null;
  /** What makes it the busiest: pending requests, current agréments, prescriptions. */
  load: number | null;
}

function busiest<T extends { id: string }>(
  items: readonly T[],
  counts: ReadonlyMap<string, number>,
): { item: T; count: number } {
  let best = items[0]!;
  let count = -1;
  for (const item of items) {
    const n = counts.get(item.id) ?? 0;
    if (n > count) {
      best = item;
      count = n;
    }
  }
  return { item: best, count: Math.max(0, count) };
}

export function chooseAccounts(directory: Directory, highlights: Highlights, seed: number): BenchAccount[] {
  const ids = makeIds(seed);
  const agency = busiest(directory.agencies, highlights.pendingByAgency);
  const siae = busiest(directory.siaes, highlights.currentBySiae);
  const prescriber = busiest(directory.prescribers, highlights.prescriptionsByPrescriber);
  const departement = directory.departements.find((d) => d.info.code === agency.item.departement)!.info;
  const steering = directory.steeringCommittees.find((s) => s.region === departement.region)!;
  const state = directory.stateServices.find((s) => s.kind === 'DDETS' && s.departement === departement.code)!;
  const account = (n: number, a: Omit<BenchAccount, 'userId'>): BenchAccount => ({ userId: ids('user', n), ...a });
  return [
    account(0, {
      key: 'agency',
      email: 'agence@bench.navette.fr',
      displayName: 'Agnès Agence (banc d’essai)',
      role: 'AGENCY',
      organisationKind: 'AGENCY',
      organisationId: agency.item.id,
      organisationName: agency.item.name,
      departement: agency.item.departement,
      load: agency.count,
    }),
    account(1, {
      key: 'siae',
      email: 'siae@bench.navette.fr',
      displayName: 'Simon SIAE (banc d’essai)',
      role: 'SIAE',
      organisationKind: 'SIAE',
      organisationId: siae.item.id,
      organisationName: siae.item.name,
      departement: siae.item.departement,
      load: siae.count,
    }),
    account(2, {
      key: 'prescriber',
      email: 'prescripteur@bench.navette.fr',
      displayName: 'Paul Prescripteur (banc d’essai)',
      role: 'PRESCRIBER',
      organisationKind: 'PRESCRIBER_ORGANISATION',
      organisationId: prescriber.item.id,
      organisationName: prescriber.item.name,
      departement: prescriber.item.departement,
      load: prescriber.count,
    }),
    account(3, {
      key: 'steering',
      email: 'pilotage@bench.navette.fr',
      displayName: 'Pauline Pilotage (banc d’essai)',
      role: 'STEERING',
      organisationKind: 'STEERING_COMMITTEE',
      organisationId: steering.id,
      organisationName: steering.name,
      departement: null,
      load: null,
    }),
    account(4, {
      key: 'state',
      email: 'etat@bench.navette.fr',
      displayName: 'Étienne État (banc d’essai)',
      role: 'STATE',
      organisationKind: 'STATE_SERVICE',
      organisationId: state.id,
      organisationName: state.name,
      departement: state.departement,
      load: null,
    }),
  ];
}
