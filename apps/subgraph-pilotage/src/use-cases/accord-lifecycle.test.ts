// The accord's own lifecycle on a real PostgreSQL (issue 18 §7): its term (article 4) carried by an avenant of
// prorogation (article 5), a résiliation request of a signatory (article 6) that starts the 3 months' notice and calls
// an extraordinary comité, its withdrawal, and the conventions de coopération locale that stay in force ("les effets de
// cette résiliation ne peuvent conduire à l'annulation de tout ou parties des conventions locales de coopération").
// The clock is fixed on Thursday 3 December 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { isCooperationAgreementInForce } from '@navette/domain';
import { clockAt, principalOf, refusalOf, retriedWhileUnavailable } from '@navette/subgraph-server/testing';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { AccordTermination } from '../resolvers/accord.js';
import { accordOf, callerMayRequestTermination } from '../services/accord.js';
import { recordAmendment } from './record-amendment.js';
import { requestAccordTermination } from './request-accord-termination.js';
import { withdrawAccordTermination } from './withdraw-accord-termination.js';

const TODAY = '2026-12-03';
/** Signatories written by migration 0039. */
const STATE_SIGNATORY = '5e1f7a3c-0d1b-4c2a-9f01-000000000001';
const FNARS = '5e1f7a3c-0d1b-4c2a-9f01-000000000004';

type Who = 'steering' | 'state' | 'agency' | 'siae' | 'admin';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const as = (who: Who, day = TODAY) => contextFor(database.db, principals[who], { clock: clockAt(day) });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    steering: await principalOf(db, 'pilotage@demo.navette.fr'),
    state: await principalOf(db, 'etat@demo.navette.fr'),
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    siae: await principalOf(db, 'siae@demo.navette.fr'),
    admin: await principalOf(db, 'admin@demo.navette.fr'),
  });
});
afterAll(async () => {
  await database?.drop();
});

const request = (signatoryId = FNARS, reason = 'Manquements répétés aux engagements de la fiche 4.') => ({
  signatoryId,
  reason,
});
const terminations = () => database.db.select().from(tables.accordTerminations);

describe('the accord’s term (articles 4 and 5)', () => {
  it('ended on 31 December 2018 without an avenant; an avenant of prorogation carries it; nothing to résilier before', async () => {
    const before = await accordOf(as('steering'));
    expect(before).toMatchObject({ signedOn: '2016-12-08', initialEndsOn: '2018-12-31', state: 'ENDED' });
    expect(await refusalOf(() => requestAccordTermination(as('steering'), request()))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACCORD_ENDED',
    });
    expect(
      await refusalOf(() =>
        recordAmendment(as('steering'), {
          signedOn: '2018-12-14',
          title: 'Avenant de prorogation',
          summary: 'Proroge l’accord.',
          extendsTermTo: '2018-12-01',
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AMENDMENT_EXTENDS_BEFORE_SIGNED' });
    await recordAmendment(as('steering'), {
      signedOn: '2018-12-14',
      title: 'Avenant de prorogation',
      summary: 'Proroge l’accord.',
      extendsTermTo: '2027-12-31',
    });
    expect(await accordOf(as('steering'))).toMatchObject({
      termEndsOn: '2027-12-31',
      endsOn: '2027-12-31',
      state: 'IN_FORCE',
      termination: null,
    });
  });
});

describe('requestAccordTermination and withdrawAccordTermination (article 6)', () => {
  it('only the comité (any signatory) and the État (for the État) may; another’s or a forged signatory is unknown', async () => {
    expect(await callerMayRequestTermination(as('state'), await accordOf(as('state')))).toBe(true);
    expect(await callerMayRequestTermination(as('agency'), await accordOf(as('agency')))).toBe(false);
    for (const who of ['state', 'agency', 'siae', 'admin'] as const) {
      expect(await refusalOf(() => requestAccordTermination(as(who), request(FNARS))), who).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'ACCORD_SIGNATORY_NOT_FOUND',
      });
    }
    for (const forged of [randomUUID(), 'not-a-uuid', demoId('steering:bfc')]) {
      expect(await refusalOf(() => requestAccordTermination(as('steering'), request(forged)))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'ACCORD_SIGNATORY_NOT_FOUND',
      });
    }
    expect(await refusalOf(() => requestAccordTermination(as('steering'), request(FNARS, '  ')))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Manquements invoqués',
    });
    expect(await terminations()).toHaveLength(0);
  });

  it('twenty requests at once are one, received today by the server, with one extraordinary comité within the notice', async () => {
    // A convention de coopération locale signed between an agence and a SIAE, in force today.
    const [convention] = await database.db
      .insert(tables.cooperationAgreements)
      .values({
        siaeId: demoId('siae:25-BES:0'),
        agencyId: demoId('agency:25-BES'),
        status: 'SIGNED',
        startOn: '2026-01-01',
        endOn: '2028-12-31',
        siaeSignedOn: '2025-12-15',
        agencySignedOn: '2025-12-16',
        signedOn: '2025-12-16',
      })
      .returning();

    const atOnce = await Promise.all(
      Array.from({ length: 20 }, () =>
        retriedWhileUnavailable(() =>
          requestAccordTermination(as('steering'), { ...request(), receivedOn: '2026-01-01' }),
        ),
      ),
    );
    expect(new Set(atOnce.map((t) => t.id)).size).toBe(1);
    const [termination] = await terminations();
    expect(termination).toMatchObject({
      signatoryId: FNARS,
      receivedOn: TODAY, // the server's day, never the one sent
      noticeEndsOn: '2027-03-02',
      withdrawnOn: null,
      requestedByUserId: principals.steering.userId,
    });
    const meetings = await database.db
      .select()
      .from(tables.steeringMeetings)
      .where(eq(tables.steeringMeetings.extraordinary, true));
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ id: termination!.extraordinaryMeetingId, heldOn: '2027-01-04' });
    expect(meetings[0]!.agenda).toContain('FNARS');

    expect(await accordOf(as('siae'))).toMatchObject({ state: 'UNDER_NOTICE', endsOn: '2027-03-02' });
    expect(await accordOf(as('siae', '2027-03-02'))).toMatchObject({ state: 'UNDER_NOTICE' });
    expect(await accordOf(as('siae', '2027-03-03'))).toMatchObject({ state: 'ENDED', endsOn: '2027-03-02' });

    // Another request while the notice runs: refused, whoever asks.
    expect(
      await refusalOf(() => requestAccordTermination(as('state'), request(STATE_SIGNATORY, 'Autres manquements.'))),
    ).toMatchObject({ code: 'CONFLICT', reason: 'TERMINATION_ALREADY_REQUESTED' });

    // Once the résiliation has taken effect, the convention locale is still signed and in force (article 6).
    const [after] = await database.db
      .select()
      .from(tables.cooperationAgreements)
      .where(eq(tables.cooperationAgreements.id, convention!.id));
    expect(after).toEqual(convention);
    expect(isCooperationAgreementInForce(after!, '2027-03-03')).toBe(true);

    // Too late to withdraw once it took effect; no one else may; then the comité withdraws it during the notice.
    expect(await refusalOf(() => withdrawAccordTermination(as('steering', '2027-03-03'), termination!))).toMatchObject({
      code: 'CONFLICT',
      reason: 'TERMINATION_ALREADY_EFFECTIVE',
    });
    for (const who of ['state', 'agency', 'siae'] as const) {
      expect(await refusalOf(() => withdrawAccordTermination(as(who), termination!)), who).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'ACCORD_TERMINATION_NOT_FOUND',
      });
    }
    expect(await refusalOf(() => withdrawAccordTermination(as('steering'), { id: randomUUID() }))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ACCORD_TERMINATION_NOT_FOUND',
    });
    const withdrawn = await Promise.all(
      Array.from({ length: 5 }, () =>
        retriedWhileUnavailable(() => withdrawAccordTermination(as('steering', '2027-01-04'), termination!)),
      ),
    );
    expect(withdrawn.map((t) => t.withdrawnOn)).toEqual(Array(5).fill('2027-01-04'));
    expect(await refusalOf(() => withdrawAccordTermination(as('steering', '2027-01-05'), termination!))).toMatchObject({
      code: 'CONFLICT',
      reason: 'TERMINATION_ALREADY_WITHDRAWN',
    });
    expect(await accordOf(as('siae', '2027-03-03'))).toMatchObject({ state: 'IN_FORCE', endsOn: '2027-12-31' });
  });

  it('the État requests for the État; a day already holding a comité meeting makes that meeting the extraordinary one', async () => {
    const day = '2027-01-18';
    const [planned] = await database.db
      .insert(tables.steeringMeetings)
      .values({ heldOn: '2027-02-18', agenda: 'Bilan annuel de l’accord' })
      .returning();
    const termination = await requestAccordTermination(
      as('state', day),
      request(STATE_SIGNATORY, 'Engagements de la fiche 7 non tenus.'),
    );
    expect(termination).toMatchObject({
      receivedOn: day,
      noticeEndsOn: '2027-04-17',
      extraordinaryMeetingId: planned!.id,
    });
    const [meeting] = await database.db
      .select()
      .from(tables.steeringMeetings)
      .where(eq(tables.steeringMeetings.id, planned!.id));
    expect(meeting).toMatchObject({ extraordinary: true });
    expect(meeting!.agenda).toMatch(/^Bilan annuel de l’accord\nComité de pilotage extraordinaire/);
    expect(await terminations()).toHaveLength(2);
  });

  it('a withdrawal before the extraordinary comité is held cancels it in the same transaction; a meeting planned that day keeps its own agenda', async () => {
    const meetingsOn = (heldOn: string) =>
      database.db.select().from(tables.steeringMeetings).where(eq(tables.steeringMeetings.heldOn, heldOn));
    // The État's request of the test above: its comité of 18 February 2027 was planned before it.
    const [live] = (await terminations()).filter((t) => t.withdrawnOn == null);
    expect(live).toMatchObject({ signatoryId: STATE_SIGNATORY });
    await withdrawAccordTermination(as('state', '2027-01-20'), live!);
    const [kept] = await meetingsOn('2027-02-18');
    expect(kept).toMatchObject({
      id: live!.extraordinaryMeetingId,
      extraordinary: false,
      agenda: 'Bilan annuel de l’accord',
    });
    const [withdrawn] = await database.db
      .select()
      .from(tables.accordTerminations)
      .where(eq(tables.accordTerminations.id, live!.id));
    expect(withdrawn).toMatchObject({ withdrawnOn: '2027-01-20', extraordinaryMeetingId: null });
    // The API says the request has no meeting any more.
    const resolve = AccordTermination.extraordinaryMeeting as unknown as (
      t: typeof withdrawn,
      a: unknown,
      c: ReturnType<typeof as>,
    ) => unknown;
    expect(await resolve(withdrawn, {}, as('steering', '2027-01-20'))).toBeNull();

    // A new request calls a comité of its own; withdrawn twenty times at once before it meets, the meeting is gone.
    const again = await requestAccordTermination(as('steering', '2027-01-21'), request());
    const [called] = await database.db
      .select()
      .from(tables.steeringMeetings)
      .where(eq(tables.steeringMeetings.id, again.extraordinaryMeetingId!));
    expect(called).toMatchObject({ extraordinary: true });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        retriedWhileUnavailable(() => withdrawAccordTermination(as('steering', '2027-01-25'), again)),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await meetingsOn(called!.heldOn)).toEqual([]);
    const [gone] = await database.db
      .select()
      .from(tables.accordTerminations)
      .where(eq(tables.accordTerminations.id, again.id));
    expect(gone).toMatchObject({ withdrawnOn: '2027-01-25', extraordinaryMeetingId: null });
    // The other meetings are untouched: the comité of 4 January 2027, held the day its request was withdrawn, stays.
    expect(await meetingsOn('2027-01-04')).toHaveLength(1);
    expect(await meetingsOn('2027-02-18')).toHaveLength(1);
    // A live request always names its meeting (accord_terminations_meeting_unless_withdrawn).
    const broken = await database.db
      .update(tables.accordTerminations)
      .set({ withdrawnOn: null })
      .where(eq(tables.accordTerminations.id, again.id))
      .then(
        () => null,
        (error: Error & { cause?: { constraint_name?: string } }) => error.cause?.constraint_name,
      );
    expect(broken).toBe('accord_terminations_meeting_unless_withdrawn');
  });
});
