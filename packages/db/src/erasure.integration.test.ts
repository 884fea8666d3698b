// Erasure on request (RGPD art. 17; issue 19 §3-4), on both engines the product runs on: a dry run writes nothing, an
// erasure anonymises with the retention job's own anonymisation and is audited once, a second one does nothing, and a
// person whose agrément decision is still within its legal period is refused — with the day the obligation ends — and
// the refusal audited, their record untouched.
import { ANONYMISED_IDENTITY } from '@navette/domain';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkErasure, erasePersonOnRequest, erasureMessage } from './erasure.js';
import { demoId, tables, type Database } from './index.js';
import { makePerson, type Made } from './testing-people.js';
import { BOTH_ENGINES, type EngineSetup } from './testing.js';

const TODAY = '2026-12-03';
const AT = new Date('2026-12-03T10:00:00Z');

describe.each(BOTH_ENGINES)('erasure on request on %s', (_engine, open) => {
  let setup: EngineSetup;
  let db: Database;
  const made: Record<string, Made> = {};

  beforeAll(async () => {
    setup = await open();
    db = setup.db;
    made['inactive'] = await makePerson(db, 'Irène', '2026-10-01');
    // Agrément ended 1 June 2026: its decision is kept until 1 June 2031.
    made['approval'] = await makePerson(db, 'Jules', '2024-06-01', { approvalEndOn: '2026-06-01' });
    // Agrément ended 60 months and a day before today: nothing keeps the data any longer.
    made['oldApproval'] = await makePerson(db, 'Kenza', '2019-12-02', { approvalEndOn: '2021-12-02' });
  });
  afterAll(async () => {
    await setup?.close();
  });

  const person = async (key: string) =>
    (await db.select().from(tables.people).where(eq(tables.people.id, made[key]!.personId)))[0]!;
  const events = (key: string) =>
    db
      .select()
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.subjectId, made[key]!.personId))
      .orderBy(asc(tables.auditEvents.id));

  it('dry run: says what would be erased, writes nothing', async () => {
    const checked = await checkErasure(db, made['inactive']!.personId, TODAY);
    expect(checked).toEqual({
      personId: made['inactive']!.personId,
      status: 'ERASABLE',
      lastActivityOn: '2026-10-01',
      scope: { freeTexts: 1, documents: 0 },
    });
    expect(erasureMessage(checked, true)).toMatch(/^Dry run: .* would be anonymised: .*Run again with --apply/);
    expect((await person('inactive')).anonymisedAt).toBeNull();
    expect(await events('inactive')).toEqual([]);
  });

  it('erases with the retention job’s anonymisation, audited once; a second request does nothing', async () => {
    const outcome = await erasePersonOnRequest(db, made['inactive']!.personId, {
      reason: 'DPO-2026-118',
      today: TODAY,
      at: AT,
    });
    expect(outcome).toMatchObject({ status: 'ERASABLE', erased: true });
    const p = await person('inactive');
    expect(p).toMatchObject({
      firstName: ANONYMISED_IDENTITY.firstName,
      lastName: ANONYMISED_IDENTITY.lastName,
      email: null,
      phone: null,
      poleEmploiId: null,
      rqth: false,
    });
    expect(p.anonymisedAt?.toISOString()).toBe(AT.toISOString());
    const [diagnosis] = await db
      .select()
      .from(tables.eligibilityDiagnoses)
      .where(eq(tables.eligibilityDiagnoses.personId, p.id));
    expect(diagnosis).toMatchObject({ comment: null, criteria: ['RSA'] });
    expect((await events('inactive')).map((e) => [e.action, e.client, e.actorKind, e.details])).toEqual([
      [
        'PERSON_ANONYMISED',
        'db:person-erase',
        'system',
        { rule: 'ERASURE_ON_REQUEST', reason: 'DPO-2026-118', freeTexts: 1, documents: 0 },
      ],
    ]);
    const again = await erasePersonOnRequest(db, p.id, { reason: 'DPO-2026-118', today: TODAY });
    expect(again).toMatchObject({ status: 'ALREADY_ANONYMISED', erased: false });
    expect(await events('inactive')).toHaveLength(1);
  });

  it('refuses while an agrément decision is within its legal period, says until when, audits the refusal', async () => {
    const dry = await checkErasure(db, made['approval']!.personId, TODAY);
    expect(dry).toMatchObject({
      status: 'REFUSED',
      refusal: { rule: 'APPROVAL_DECISION', lastApprovalEndOn: '2026-06-01', keptUntil: '2031-06-01' },
    });
    expect(erasureMessage(dry, true)).toContain('until 2031-06-01');
    expect(await events('approval')).toEqual([]);

    const outcome = await erasePersonOnRequest(db, made['approval']!.personId, {
      reason: 'DPO-2026-119',
      today: TODAY,
    });
    expect(outcome).toMatchObject({ status: 'REFUSED', erased: false });
    expect(erasureMessage(outcome, false)).toContain('The refusal is audited.');
    const p = await person('approval');
    expect(p).toMatchObject({ firstName: 'Jules', anonymisedAt: null, rqth: true });
    expect((await events('approval')).map((e) => [e.action, e.details])).toEqual([
      [
        'PERSON_ERASURE_REFUSED',
        expect.objectContaining({ reason: 'DPO-2026-119', rule: 'APPROVAL_DECISION', keptUntil: '2031-06-01' }),
      ],
    ]);
  });

  it('erases a person whose agrément decision is past its period, documents deleted, links kept', async () => {
    const outcome = await erasePersonOnRequest(db, made['oldApproval']!.personId, {
      reason: 'DPO-2026-120',
      today: TODAY,
    });
    expect(outcome).toMatchObject({ status: 'ERASABLE', erased: true, scope: { documents: 1 } });
    const approvals = await db
      .select()
      .from(tables.approvals)
      .where(and(eq(tables.approvals.personId, made['oldApproval']!.personId)));
    expect(approvals).toHaveLength(1);
    expect(
      await db
        .select()
        .from(tables.requestDocuments)
        .innerJoin(tables.approvalRequests, eq(tables.approvalRequests.id, tables.requestDocuments.requestId))
        .where(eq(tables.approvalRequests.personId, made['oldApproval']!.personId)),
    ).toEqual([]);
  });

  it('answers an unknown person without writing', async () => {
    const unknown = demoId('no such person');
    const outcome = await erasePersonOnRequest(db, unknown, { reason: 'DPO-0', today: TODAY });
    expect(outcome).toEqual({ personId: unknown, status: 'UNKNOWN', erased: false });
    expect(erasureMessage(outcome, false)).toBe(`No such person: ${unknown}.`);
  });

  it('two erasures at once anonymise and audit once', async () => {
    const m = await makePerson(db, 'Lina', '2026-09-01');
    const outcomes = await Promise.all([
      erasePersonOnRequest(db, m.personId, { reason: 'A', today: TODAY }),
      erasePersonOnRequest(db, m.personId, { reason: 'B', today: TODAY }),
    ]);
    expect(outcomes.filter((o) => o.erased)).toHaveLength(1);
    const trail = await db.select().from(tables.auditEvents).where(eq(tables.auditEvents.subjectId, m.personId));
    expect(trail).toHaveLength(1);
  });
});
