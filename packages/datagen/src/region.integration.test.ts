// The demo region loaded on both engines the product runs on (PGlite of the embedded start, PostgreSQL): what was
// generated is what is stored, the bulk load (triggers off, totals rebuilt) gives the live indicator totals that the
// triggers give row by row (PostgreSQL, with every foreign key checked), agrément ends follow approvalEndDate, and a
// second load changes nothing.
import { demoTeamAccounts, tables as s, type Database } from '@navette/db';
import { BOTH_ENGINES, createTestDatabase } from '@navette/db/testing';
import { approvalEndDate, type ProlongationReason } from '@navette/domain';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { generateDemoRegion, loadDemoRegion } from './region.js';

const TODAY = '2026-12-02';
const generated = generateDemoRegion({ today: TODAY });

/** The live indicator totals, as rows of text (order-independent comparison). */
async function measures(db: Database): Promise<string[]> {
  const rows = await db
    .select()
    .from(s.measureDays)
    .orderBy(
      asc(s.measureDays.measure),
      asc(s.measureDays.day),
      asc(s.measureDays.departementCode),
      asc(s.measureDays.siaeKind),
    );
  return rows.map((r) => JSON.stringify(r));
}

describe.each(BOTH_ENGINES)('the demo region on %s', (_engine, setup) => {
  it('loads once, as generated, with agrément ends from approvalEndDate and the teams’ accounts', async () => {
    const { db, close } = await setup();
    try {
      const first = await loadDemoRegion(db, { today: TODAY });
      expect(first).toMatchObject({ loaded: true, today: TODAY, correctedPreviousEnds: 0 });
      const count = async (
        table: typeof s.people | typeof s.approvals | typeof s.trainingRecords | typeof s.serviceUses,
      ) => (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
      expect(await count(s.people)).toBe(generated.rows.get('people')!.length);
      expect(await count(s.approvals)).toBe(generated.rows.get('approvals')!.length);
      expect(await count(s.trainingRecords)).toBe(generated.rows.get('trainingRecords')!.length);
      expect(await count(s.serviceUses)).toBe(generated.rows.get('serviceUses')!.length);
      // Each agrément's end is its start's approvalEndDate pushed by its suspensions and prolongations (annexe 4).
      const approvals = await db
        .select({ id: s.approvals.id, startOn: s.approvals.startOn, endOn: s.approvals.endOn })
        .from(s.approvals);
      const events = await db.select().from(s.approvalEvents);
      for (const a of approvals) {
        const mine = events.filter((e) => e.approvalId === a.id);
        expect(a.endOn).toBe(
          approvalEndDate({
            startOn: a.startOn,
            suspensions: mine
              .filter((e) => e.kind === 'SUSPENSION')
              .map((e) => ({ startOn: e.startOn, endOn: e.endOn! })),
            prolongations: mine
              .filter((e) => e.kind === 'PROLONGATION')
              .map((e) => ({
                startOn: e.startOn,
                endOn: e.endOn!,
                reason: e.reason as ProlongationReason,
                decidedOn: e.createdAt.toISOString().slice(0, 10),
              })),
          }),
        );
      }
      const accounts = await db
        .select({ email: s.users.email })
        .from(s.users)
        .where(
          inArray(
            s.users.email,
            demoTeamAccounts.map((a) => a.email),
          ),
        );
      expect(accounts).toHaveLength(demoTeamAccounts.length);
      expect((await measures(db)).length).toBeGreaterThan(100);
      // A second load (a restart, or data of one's own) adds nothing.
      expect(await loadDemoRegion(db, { today: '2027-01-05' })).toMatchObject({ loaded: false });
      expect(await count(s.people)).toBe(generated.rows.get('people')!.length);
      const [ai] = await db
        .select()
        .from(s.cooperationAgreements)
        .where(eq(s.cooperationAgreements.status, 'DRAFT'))
        .limit(1);
      expect(ai).toBeDefined();
    } finally {
      await close();
    }
  });
});

describe('the bulk load', () => {
  it('gives the totals the triggers keep row by row, every foreign key and natural key checked (PostgreSQL)', async () => {
    const bulk = await createTestDatabase();
    const rowByRow = await createTestDatabase();
    try {
      await loadDemoRegion(bulk.db, { today: TODAY });
      await loadDemoRegion(rowByRow.db, { today: TODAY, triggers: 'row' });
      expect(await measures(bulk.db)).toEqual(await measures(rowByRow.db));
      const previousEnds = async (db: Database) =>
        (
          await db
            .select({ id: s.trainingRecords.id, p: s.trainingRecords.previousEndOn })
            .from(s.trainingRecords)
            .orderBy(asc(s.trainingRecords.id))
        ).map((r) => `${r.id}|${r.p}`);
      expect(await previousEnds(bulk.db)).toEqual(await previousEnds(rowByRow.db));
    } finally {
      await bulk.drop();
      await rowByRow.drop();
    }
  });
});
