// Retention and erasure in the running product (issue 19 §3; docs/data-protection.md), on a real PostgreSQL through
// the gateway: two years and more after the last activity, the daily job started by the product anonymises the
// person (the prescripteur sees "Personne anonymisée"), leaves a person with recent activity alone, and the indicators
// an agence reads do not move; a second run writes nothing; several runs at once anonymise each person once.
import { anonymiseExpiredPeople, createDatabase, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { ANONYMISED_IDENTITY } from '@navette/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { ok, ORGS, prescribeSomeone, signIn } from './testing/parcours.js';

let database: TestDatabase;
let navette: RunningNavette | undefined;
/** Two years and a month after the records of this test were written (their dates are the database's). */
const LATER = '2029-01-15';
const INDICATORS = `query($filter: IndicatorFilter) { indicators(filter: $filter) {
  id rows { departement { code } siaeKind value people masked }
} }`;
const PERSON = `query($id: ID!) { person(id: $id) { firstName lastName birthDate email } }`;
const YEAR = { from: '2026-01-01', to: '2026-12-31' };

const start = (day: string, jobs: boolean) =>
  startNavette({
    arbitraryDocumentsForUsers: true, // ad-hoc documents with users' tokens
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs,
    rateLimits: false,
    clock: () => new Date(`${day}T09:00:00Z`),
  });

let expired: { personId: string; prescriptionId: string };
let recent: { personId: string; prescriptionId: string };
let indicatorsBefore: unknown;

beforeAll(async () => {
  database = await createTestDatabase();
  // Today: the prescripteur records two people and prescribes them; the SIAE refuses one (an indicator counts it).
  navette = await start('2026-12-15', false);
  const url = navette.graphqlUrl;
  const prescriber = await signIn(url, 'prescripteur@demo.navette.fr');
  const siae = await signIn(url, 'siae@demo.navette.fr');
  expired = await prescribeSomeone(url, prescriber, ORGS.siae, 'Oubliée');
  recent = await prescribeSomeone(url, prescriber, ORGS.siae, 'Revenue');
  await ok(
    url,
    siae,
    `mutation($id: ID!) { refusePrescription(id: $id, reason: "NO_POSITION_AVAILABLE", comment: "Mme Oubliée ne peut pas") { id } }`,
    {
      id: expired.prescriptionId,
    },
  );
  indicatorsBefore = await ok(url, await signIn(url, 'agence@demo.navette.fr'), INDICATORS, { filter: YEAR });
  await navette.stop();
  navette = undefined;
  // Two years on, the second person came back: a new diagnosis in December 2028 (test time travel, as the owner).
  const [diagnosis] = await database.db
    .select()
    .from(tables.eligibilityDiagnoses)
    .where(eq(tables.eligibilityDiagnoses.personId, recent.personId));
  await database.db.insert(tables.eligibilityDiagnoses).values({
    personId: recent.personId,
    prescriberOrganisationId: ORGS.prescriber,
    criteria: diagnosis!.criteria,
    diagnosedOn: '2028-12-01',
  });
});

afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

/** Waits until `condition` holds, asking the database again after each answer. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
}

describe('the retention job in the running product', () => {
  it('anonymises the person inactive for two years on its first run, not the one with recent activity', async () => {
    navette = await start(LATER, true);
    await until(async () => {
      const [checkpoint] = await database.db
        .select()
        .from(tables.retentionCheckpoints)
        .where(eq(tables.retentionCheckpoints.runOn, LATER));
      return checkpoint?.finishedAt != null;
    });
    const url = navette.graphqlUrl;
    const prescriber = await signIn(url, 'prescripteur@demo.navette.fr');
    const gone = await ok<{ person: Record<string, unknown> }>(url, prescriber, PERSON, { id: expired.personId });
    expect(gone.person).toEqual({
      firstName: ANONYMISED_IDENTITY.firstName,
      lastName: ANONYMISED_IDENTITY.lastName,
      birthDate: ANONYMISED_IDENTITY.birthDate,
      email: null,
    });
    const kept = await ok<{ person: Record<string, unknown> }>(url, prescriber, PERSON, { id: recent.personId });
    expect(kept.person).toMatchObject({ lastName: 'Revenue', email: 'revenue@example.org' });
    // The prescription stays (the SIAE, its status, its reason code), its texts are gone.
    const [prescription] = await database.db
      .select()
      .from(tables.prescriptions)
      .where(eq(tables.prescriptions.id, expired.prescriptionId));
    expect(prescription).toMatchObject({
      status: 'REFUSED',
      refusalReason: 'NO_POSITION_AVAILABLE',
      refusalComment: null,
      message: '',
    });
  });

  it('leaves the indicators of the year as they were', async () => {
    const url = navette!.graphqlUrl;
    const after = await ok(url, await signIn(url, 'agence@demo.navette.fr'), INDICATORS, { filter: YEAR });
    expect(after).toEqual(indicatorsBefore);
  });

  it('writes nothing on a second run', async () => {
    const count = async () =>
      (
        await database.db
          .select({ n: sql<number>`count(*)::int` })
          .from(tables.auditEvents)
          .where(eq(tables.auditEvents.action, 'PERSON_ANONYMISED'))
      )[0]!.n;
    expect(await count()).toBe(1);
    expect(await anonymiseExpiredPeople(database.db, LATER)).toMatchObject({ anonymised: 0, alreadyFinished: true });
    await database.db.delete(tables.retentionCheckpoints);
    expect(await anonymiseExpiredPeople(database.db, LATER)).toMatchObject({ anonymised: 0, alreadyFinished: false });
    expect(await count()).toBe(1);
  });

  it('anonymises each person once when several runs go at once (several pools, as several replicas)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      const [person] = await database.db
        .insert(tables.people)
        .values({
          firstName: `Ancien${i}`,
          lastName: 'Dossier',
          birthDate: '1970-01-01',
          createdByOrganisationId: ORGS.prescriber,
          createdAt: new Date('2020-05-01T10:00:00Z'),
        })
        .returning();
      ids.push(person!.id);
    }
    const pools = await Promise.all([1, 2, 3, 4].map(() => createDatabase({ url: database.url, maxConnections: 2 })));
    try {
      const runs = await Promise.all(
        pools.map((pool) => anonymiseExpiredPeople(pool.db, '2029-01-16', { batchSize: 5 })),
      );
      expect(runs.reduce((n, r) => n + r.anonymised, 0)).toBe(40);
    } finally {
      await Promise.all(pools.map((pool) => pool.close()));
    }
    const events = await database.db
      .select({ subjectId: tables.auditEvents.subjectId })
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'PERSON_ANONYMISED'), inArray(tables.auditEvents.subjectId, ids)));
    expect(events).toHaveLength(40);
    expect(new Set(events.map((e) => e.subjectId)).size).toBe(40);
    const left = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(tables.people)
      .where(and(inArray(tables.people.id, ids), sql`${tables.people.anonymisedAt} is null`));
    expect(left[0]!.n).toBe(0);
    // The person with recent activity is still there.
    const [kept] = await database.db.select().from(tables.people).where(eq(tables.people.id, recent.personId));
    expect(kept!.anonymisedAt).toBeNull();
  });
});
