// Row-level security on the parcours tables (issue 4 §3, DESIGN §4), on both engines the product runs on:
// a query without the request's identity sees no personal row, and each organisation sees only its own.
import { eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId, tables, withIdentity } from './index.js';
import { BOTH_ENGINES, type EngineSetup } from './testing.js';

const prescriber = demoId('prescriber:21:MISSION_LOCALE');
const otherPrescriber = demoId('prescriber:25:HABILITE:0');
const steering = demoId('steering:bfc');

type Setup = EngineSetup;
const engines = BOTH_ENGINES;

describe.each(engines)('row-level security on %s', (_engine, open) => {
  let setup: Setup;
  let siaeA: typeof tables.siaes.$inferSelect;
  let siaeB: typeof tables.siaes.$inferSelect;
  let personId: string;
  let prescriptionId: string;

  beforeAll(async () => {
    setup = await open();
    const { db } = setup;
    siaeA = (
      await db
        .select()
        .from(tables.siaes)
        .where(eq(tables.siaes.id, demoId('siae:25-BES:0')))
    )[0]!;
    siaeB = (await db.select().from(tables.siaes).where(ne(tables.siaes.agencyId, siaeA.agencyId)).limit(1))[0]!;
    // The prescripteur records a person, a diagnosis and a prescription to SIAE A, under its own identity.
    ({ personId, prescriptionId } = await withIdentity(db, { organisationId: prescriber, userId: null }, async (tx) => {
      const [person] = await tx
        .insert(tables.people)
        .values({ firstName: 'Léa', lastName: 'Martin', birthDate: '1990-04-12', createdByOrganisationId: prescriber })
        .returning();
      const [diagnosis] = await tx
        .insert(tables.eligibilityDiagnoses)
        .values({
          personId: person!.id,
          prescriberOrganisationId: prescriber,
          criteria: ['PUB_QPV'],
          diagnosedOn: '2026-11-02',
        })
        .returning();
      const [prescription] = await tx
        .insert(tables.prescriptions)
        .values({
          personId: person!.id,
          diagnosisId: diagnosis!.id,
          prescriberOrganisationId: prescriber,
          siaeId: siaeA.id,
          message: 'Motivée',
        })
        .returning();
      return { personId: person!.id, prescriptionId: prescription!.id };
    }));
  });
  afterAll(async () => {
    await setup?.close();
  });

  const peopleSeenBy = (organisationId: string | null) =>
    withIdentity(setup.db, { organisationId, userId: null }, (tx) =>
      tx.select({ id: tables.people.id }).from(tables.people),
    );

  it('a query without the request identity returns no personal rows, although the rows exist', async () => {
    const [all] = await setup.db.select({ n: sql<number>`count(*)::int` }).from(tables.people);
    expect(all?.n).toBeGreaterThan(0);
    expect(await peopleSeenBy(null)).toEqual([]);
    // The application role alone, with no identity set at all (a resolver that forgot withIdentity's settings).
    const rows = await setup.db.transaction(async (tx) => {
      await tx.execute(sql`set local role navette_app`);
      return {
        people: await tx.select().from(tables.people),
        diagnoses: await tx.select().from(tables.eligibilityDiagnoses),
        prescriptions: await tx.select().from(tables.prescriptions),
      };
    });
    expect(rows).toEqual({ people: [], diagnoses: [], prescriptions: [] });
  });

  it('copies the SIAE’s agence, kind and département onto the prescription', async () => {
    const [row] = await setup.db.select().from(tables.prescriptions).where(eq(tables.prescriptions.id, prescriptionId));
    expect(row).toMatchObject({
      agencyId: siaeA.agencyId,
      siaeKind: siaeA.kind,
      departementCode: siaeA.departementCode,
    });
  });

  it('each organisation sees exactly what DESIGN §4 gives it', async () => {
    expect(await peopleSeenBy(prescriber)).toEqual([{ id: personId }]);
    expect(await peopleSeenBy(siaeA.id)).toEqual([{ id: personId }]);
    expect(await peopleSeenBy(siaeA.agencyId)).toEqual([{ id: personId }]);
    expect(await peopleSeenBy(otherPrescriber)).toEqual([]);
    expect(await peopleSeenBy(siaeB.id)).toEqual([]);
    expect(await peopleSeenBy(siaeB.agencyId)).toEqual([]);
    expect(await peopleSeenBy(steering)).toEqual([]);
  });

  it('another SIAE cannot change the prescription, and no one can write a row in another organisation’s name', async () => {
    const changed = await withIdentity(setup.db, { organisationId: siaeB.id, userId: null }, (tx) =>
      tx
        .update(tables.prescriptions)
        .set({ status: 'ACCEPTED' })
        .where(eq(tables.prescriptions.id, prescriptionId))
        .returning(),
    );
    expect(changed).toEqual([]);
    const refused = await withIdentity(setup.db, { organisationId: otherPrescriber, userId: null }, (tx) =>
      tx
        .insert(tables.people)
        .values({ firstName: 'X', lastName: 'Y', birthDate: '1980-01-01', createdByOrganisationId: prescriber }),
    ).then(
      () => 'inserted',
      (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
    );
    expect(refused).toMatch(/row-level security/);
    const [row] = await setup.db.select().from(tables.prescriptions).where(eq(tables.prescriptions.id, prescriptionId));
    expect(row?.status).toBe('SENT');
  });
});
