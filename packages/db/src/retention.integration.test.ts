// Retention and erasure (issue 19 §3; docs/data-protection.md), on both engines the product runs on: the job
// anonymises the people past their period on each side of each limit (24 months after the last activity, 60 months
// after the end of the last agrément), erases their free texts and documents, keeps every link so the indicators'
// live totals do not move, refuses to give an identity back, writes nothing on a second run, and resumes after its
// checkpoint.
import { ANONYMISED_IDENTITY } from '@navette/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseExpiredPeople, personActivity, retentionReport, tables, type Database } from './index.js';
import { resultRows } from './reporting-totals.js';
import { FIXTURE_SIAE as siaeId, makePerson, type Made } from './testing-people.js';
import { BOTH_ENGINES, type EngineSetup } from './testing.js';

const TODAY = '2030-06-15';
const at = (day: string) => new Date(`${day}T10:00:00Z`);

/** Every live total of the indicators and the reporting views' row counts: what the comité's figures are made of. */
async function indicatorTotals(db: Database) {
  const totals = resultRows<{ k: string; v: string }>(
    await db.execute(sql`
      select 'd:' || measure || ':' || day || ':' || departement_code || ':' || siae_kind as k, value::text as v from reporting.measure_days
      union all select 'm:' || measure || ':' || month || ':' || departement_code || ':' || siae_kind, value::text from reporting.measure_months
      union all select 'y:' || measure || ':' || year || ':' || departement_code || ':' || siae_kind, value::text from reporting.measure_years
      union all select 'v:prescription_facts', count(*)::text from reporting.prescription_facts
      union all select 'v:approval_request_facts', count(*)::text from reporting.approval_request_facts
      union all select 'v:training_facts', count(*)::text from reporting.training_facts
      union all select 'v:immersion_facts', count(*)::text from reporting.immersion_facts
      order by 1`),
  );
  return Object.fromEntries(totals.map((t) => [t.k, t.v]));
}

describe.each(BOTH_ENGINES)('retention and erasure on %s', (_engine, open) => {
  let setup: EngineSetup;
  let db: Database;
  const made: Record<string, Made> = {};

  beforeAll(async () => {
    setup = await open();
    db = setup.db;
    // Around the 24-month limit (no agrément): last activity one day before, on, and after the limit.
    made['expiredInactive'] = await makePerson(db, 'Alice', '2028-06-14');
    made['keptInactive'] = await makePerson(db, 'Bruno', '2028-06-15');
    made['keptByDiagnosis'] = await makePerson(db, 'Chloé', '2020-01-10', { diagnosedOn: '2028-06-16' });
    // Around the 60-month limit after the agrément's end.
    made['expiredApproval'] = await makePerson(db, 'Dora', '2020-03-01', { approvalEndOn: '2025-06-14' });
    made['keptApproval'] = await makePerson(db, 'Émile', '2020-03-01', { approvalEndOn: '2025-06-15' });
  });
  afterAll(async () => {
    await setup?.close();
  });

  const person = async (key: string) =>
    (await db.select().from(tables.people).where(eq(tables.people.id, made[key]!.personId)))[0]!;

  it('computes each person’s last activity from their records', async () => {
    expect(await personActivity(db, made['keptByDiagnosis']!.personId)).toMatchObject({
      lastActivityOn: '2028-06-16',
      lastApprovalEndOn: null,
    });
    expect(await personActivity(db, made['expiredApproval']!.personId)).toMatchObject({
      lastActivityOn: '2025-06-14',
      lastApprovalEndOn: '2025-06-14',
    });
  });

  it('reports what a run would do without writing (dry run)', async () => {
    const report = await retentionReport(db, TODAY);
    expect(report).toMatchObject({
      today: TODAY,
      anonymised: 0,
      expired: 2,
      expiredByRule: { INACTIVITY: 1, APPROVAL_DECISION: 1 },
    });
    expect((await person('expiredInactive')).anonymisedAt).toBeNull();
  });

  it('anonymises the expired people only, and the indicators’ totals do not move', async () => {
    const before = await indicatorTotals(db);
    const run = await anonymiseExpiredPeople(db, TODAY, { batchSize: 1, now: at(TODAY) });
    expect(run).toMatchObject({ anonymised: 2, alreadyFinished: false, interrupted: false });
    expect(await indicatorTotals(db)).toEqual(before);

    for (const key of ['expiredInactive', 'expiredApproval']) {
      expect(await person(key)).toMatchObject({
        ...ANONYMISED_IDENTITY,
        email: null,
        phone: null,
        poleEmploiId: null,
        rqth: false,
        anonymisedAt: at(TODAY),
      });
    }
    for (const key of ['keptInactive', 'keptByDiagnosis', 'keptApproval']) {
      expect(await person(key)).toMatchObject({ lastName: 'Durand', anonymisedAt: null, rqth: true });
    }
    const events = await db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, 'PERSON_ANONYMISED'));
    expect(events.map((e) => e.subjectId).sort()).toEqual(
      [made['expiredInactive']!.personId, made['expiredApproval']!.personId].sort(),
    );
    expect(events.find((e) => e.subjectId === made['expiredApproval']!.personId)?.details).toMatchObject({
      rule: 'APPROVAL_DECISION',
      keptUntil: '2030-06-14',
    });
  });

  it('erases free texts and documents, keeps the links and the facts', async () => {
    const gone = made['expiredApproval']!;
    const kept = made['keptApproval']!;
    const texts = async (m: Made) => ({
      diagnosis: (
        await db.select().from(tables.eligibilityDiagnoses).where(eq(tables.eligibilityDiagnoses.personId, m.personId))
      ).map((d) => [d.comment, d.criteria]),
      prescriptions: (
        await db.select().from(tables.prescriptions).where(eq(tables.prescriptions.personId, m.personId))
      ).map((p) => [p.message, p.status, p.siaeId]),
      requests: (
        await db.select().from(tables.approvalRequests).where(eq(tables.approvalRequests.personId, m.personId))
      ).map((r) => [r.refusalComment, r.appealText, r.appealComment, r.refusalReason, r.appealStatus]),
      documents: (
        await db
          .select({ id: tables.requestDocuments.id })
          .from(tables.requestDocuments)
          .innerJoin(tables.approvalRequests, eq(tables.approvalRequests.id, tables.requestDocuments.requestId))
          .where(eq(tables.approvalRequests.personId, m.personId))
      ).length,
      interviews: (
        await db.select().from(tables.exitInterviews).where(eq(tables.exitInterviews.approvalId, m.approvalId!))
      ).map((i) => i.assessment),
      exits: (await db.select().from(tables.exits).where(eq(tables.exits.personId, m.personId))).map((e) => [
        e.comment,
        e.skills,
        e.outcome,
      ]),
      immersions: (await db.select().from(tables.immersions).where(eq(tables.immersions.personId, m.personId))).map(
        (i) => [i.objective, i.hostCompany],
      ),
      trainings: (await db.select().from(tables.trainingRecords).where(eq(tables.trainingRecords.personId, m.personId)))
        .length,
    });
    expect(await texts(gone)).toEqual({
      diagnosis: [[null, ['RSA']]],
      prescriptions: [['', 'HIRED', siaeId]],
      requests: [[null, '', null, 'OTHER', 'DISMISSED']],
      documents: 0,
      interviews: [''],
      exits: [[null, [], 'DURABLE_JOB']],
      immersions: [['', 'Jardins de Cocagne']],
      trainings: 1,
    });
    const intact = await texts(kept);
    expect(intact.diagnosis[0]![0]).toContain('Émile');
    expect(intact.documents).toBe(1);
    expect(intact.exits[0]![0]).toContain('Émile');
  });

  it('refuses any write that would give an anonymised person an identity back, owner included', async () => {
    const id = made['expiredInactive']!.personId;
    await expect(
      db.update(tables.people).set({ lastName: 'Durand' }).where(eq(tables.people.id, id)),
    ).rejects.toThrow();
    await expect(
      db.update(tables.people).set({ anonymisedAt: null }).where(eq(tables.people.id, id)),
    ).rejects.toThrow();
    // The erased identity does not collide with another anonymised person of the same organisation.
    expect(
      (
        await db
          .select({ id: tables.people.id })
          .from(tables.people)
          .where(inArray(tables.people.id, [made['expiredInactive']!.personId, made['expiredApproval']!.personId]))
      ).length,
    ).toBe(2);
  });

  it('writes nothing on a second run, of the day or walking every person again', async () => {
    const before = await db.select().from(tables.auditEvents);
    expect(await anonymiseExpiredPeople(db, TODAY)).toMatchObject({ anonymised: 0, alreadyFinished: true });
    await db.delete(tables.retentionCheckpoints);
    expect(await anonymiseExpiredPeople(db, TODAY)).toMatchObject({ anonymised: 0, alreadyFinished: false });
    expect(await db.select().from(tables.auditEvents)).toHaveLength(before.length);
  });

  it('resumes after its checkpoint when a run was cut short', async () => {
    // Two more people, long inactive; two days later, the run stops after its first batch.
    const a = await makePerson(db, 'Fanny', '2028-01-01');
    const b = await makePerson(db, 'Gaston', '2028-01-02');
    const day = '2030-06-17';
    let batches = 0;
    const first = await anonymiseExpiredPeople(db, day, { batchSize: 1, shouldStop: () => batches++ > 0 });
    expect(first).toMatchObject({ anonymised: 1, interrupted: true });
    const second = await anonymiseExpiredPeople(db, day, { batchSize: 1 });
    expect(second).toMatchObject({ resumed: true, interrupted: false });
    // Fanny and Gaston, and the three kept on 15 June: Bruno and Émile (until the 15th), Chloé (until the 16th).
    expect(first.anonymised + second.anonymised).toBe(5);
    const people = await db
      .select({ anonymisedAt: tables.people.anonymisedAt })
      .from(tables.people)
      .where(
        inArray(tables.people.id, [
          a.personId,
          b.personId,
          ...['keptInactive', 'keptByDiagnosis', 'keptApproval'].map((k) => made[k]!.personId),
        ]),
      );
    expect(people.every((p) => p.anonymisedAt !== null)).toBe(true);
    const [checkpoint] = await db
      .select()
      .from(tables.retentionCheckpoints)
      .where(eq(tables.retentionCheckpoints.runOn, day));
    expect(checkpoint).toMatchObject({ anonymised: 5 });
    expect(checkpoint!.finishedAt).not.toBeNull();
  });
});
