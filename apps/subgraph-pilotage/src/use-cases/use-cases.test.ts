// The pilotage subgraph's use cases on a real PostgreSQL (issue 17 §3): CTA meetings and their minutes (fiche 8), the
// comité de pilotage's meetings (article 3) and its feuille de route, each called as its resolver calls it with the
// context of a demo account or of a user of another organisation — no HTTP, no gateway. What a user relies on: only
// the agence leading a CTA records its meetings; the same meeting sent twice, or twice at once, is one meeting;
// minutes go to the CDIAE once, after the meeting; a form's mistakes come back in French with the field and a stable
// reason. The clock is fixed on Monday 23 November 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf } from '@navette/subgraph-server/testing';
import { habilitationOn, type HabilitationDecision } from '@navette/domain';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { computeIndicators, computeIndicatorTrend } from '../services/indicators.js';
import { recordCtaMeeting } from './record-cta-meeting.js';
import { recordSteeringMeeting } from './record-steering-meeting.js';
import { saveRoadmapAction } from './save-roadmap-action.js';
import { sendCtaMinutesToCdiae } from './send-cta-minutes-to-cdiae.js';

const TODAY = '2026-11-23';
/** The CTA of the bassin de Besançon, led by the demo agence. */
const CTA = demoId('cta:25-BES');

type Who = 'agency' | 'otherAgency' | 'siae' | 'steering';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
/** A fresh context per call, as each request gets one. */
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    otherAgency: await newUserIn(db, 'AGENCY', demoId('agency:21-BEA')),
    siae: await principalOf(db, 'siae@demo.navette.fr'),
    steering: await principalOf(db, 'pilotage@demo.navette.fr'),
  });
});
afterAll(async () => {
  await database?.drop();
});

const meeting = (heldOn: string, changes: Record<string, unknown> = {}) => ({
  ctaId: CTA,
  heldOn,
  agenda: 'Bilan du trimestre ; conventions à renouveler',
  participants: 'Agence, SIAE du bassin, DDETS',
  siaeHeadsInvited: false,
  ...changes,
});
const meetingsOn = (heldOn: string) => database.db.$count(tables.ctaMeetings, eq(tables.ctaMeetings.heldOn, heldOn));

describe('recordCtaMeeting', () => {
  it('the same meeting sent twice, or twice at once, is one meeting; another one that day is a conflict', async () => {
    const first = await recordCtaMeeting(as('agency'), meeting('2026-10-15'));
    expect((await recordCtaMeeting(as('agency'), meeting('2026-10-15'))).id).toBe(first.id);
    const atOnce = await Promise.all([
      recordCtaMeeting(as('agency'), meeting('2026-07-09')),
      recordCtaMeeting(as('agency'), meeting('2026-07-09')),
    ]);
    expect(atOnce[0].id).toBe(atOnce[1].id);
    expect(await meetingsOn('2026-07-09')).toBe(1);

    expect(
      await refusalOf(() =>
        recordCtaMeeting(as('agency'), meeting('2026-10-15', { agenda: 'Un autre ordre du jour' })),
      ),
    ).toMatchObject({ code: 'CONFLICT', reason: 'CTA_MEETING_ALREADY_RECORDED' });
    expect(await meetingsOn('2026-10-15')).toBe(1);
  });

  it('only the agence leading the CTA records its meetings', async () => {
    expect(await refusalOf(() => recordCtaMeeting(as('otherAgency'), meeting('2026-09-10')))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CTA_NOT_LED_BY_CALLER',
    });
    expect(await refusalOf(() => recordCtaMeeting(as('siae'), meeting('2026-09-10')))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'CTA_AGENCY_ONLY',
    });
    expect(await refusalOf(() => recordCtaMeeting(as('agency'), meeting('2026-09-10', { ctaId: 'x' })))).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'CTA_NOT_FOUND',
    });
    expect(await meetingsOn('2026-09-10')).toBe(0);
  });

  it('refuses a meeting in the future, minutes sent before it or without minutes, an empty agenda', async () => {
    expect(await refusalOf(() => recordCtaMeeting(as('agency'), meeting('2026-11-24')))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATE_IN_FUTURE',
    });
    expect(
      await refusalOf(() =>
        recordCtaMeeting(
          as('agency'),
          meeting('2026-06-11', { minutes: 'Compte rendu', minutesSentToCdiaeOn: '2026-06-10' }),
        ),
      ),
    ).toMatchObject({ reason: 'MINUTES_SENT_BEFORE_MEETING' });
    expect(
      await refusalOf(() =>
        recordCtaMeeting(as('agency'), meeting('2026-06-11', { minutesSentToCdiaeOn: '2026-06-12' })),
      ),
    ).toMatchObject({ reason: 'MINUTES_MISSING' });
    expect(await refusalOf(() => recordCtaMeeting(as('agency'), meeting('2026-06-11', { agenda: '' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Ordre du jour',
      message: expect.stringMatching(/^Ordre du jour : /),
    });
  });
});

describe('sendCtaMinutesToCdiae', () => {
  it('sends the minutes once, after the meeting, by the agence leading the CTA', async () => {
    const held = await recordCtaMeeting(as('agency'), meeting('2026-04-16', { minutes: 'Trois conventions signées.' }));
    expect(await refusalOf(() => sendCtaMinutesToCdiae(as('otherAgency'), { id: held.id, on: TODAY }))).toMatchObject({
      reason: 'CTA_NOT_LED_BY_CALLER',
    });
    expect(await sendCtaMinutesToCdiae(as('agency'), { id: held.id, on: '2026-04-20' })).toMatchObject({
      minutesSentToCdiaeOn: '2026-04-20',
      minutes: 'Trois conventions signées.',
    });
    expect(await refusalOf(() => sendCtaMinutesToCdiae(as('agency'), { id: held.id, on: TODAY }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'MINUTES_ALREADY_SENT',
    });
  });
});

describe('recordSteeringMeeting and saveRoadmapAction', () => {
  it('the same comité meeting twice at once is one; minutes of a meeting not yet held are refused', async () => {
    const input = { heldOn: '2026-03-12', agenda: 'Bilan annuel des indicateurs' };
    const [a, b] = await Promise.all([
      recordSteeringMeeting(as('steering'), input),
      recordSteeringMeeting(as('steering'), input),
    ]);
    expect(a.id).toBe(b.id);
    expect(await database.db.$count(tables.steeringMeetings, eq(tables.steeringMeetings.heldOn, '2026-03-12'))).toBe(1);
    expect(
      await refusalOf(() =>
        recordSteeringMeeting(as('steering'), { heldOn: '2026-12-10', agenda: 'Feuille de route', minutes: 'Déjà ?' }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MINUTES_BEFORE_MEETING_HELD' });
  });

  it('an action of the feuille de route once a year; a fiche outside the accord’s eight is refused', async () => {
    const action = {
      year: 2026,
      fiche: 4,
      action: 'Former les SIAE à la fiche navette',
      owner: 'DREETS',
      duePeriod: 'T2',
    };
    const saved = await saveRoadmapAction(as('steering'), action);
    expect(saved).toMatchObject({ status: 'PLANNED', fiche: 4 });
    expect(
      await refusalOf(() => saveRoadmapAction(as('steering'), { ...action, action: action.action.toUpperCase() })),
    ).toMatchObject({ code: 'CONFLICT', existing: saved.id });
    expect(await refusalOf(() => saveRoadmapAction(as('steering'), { ...action, fiche: 9 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Fiche action',
      message: 'Fiche action : de 1 à 8, ou aucune.',
    });
    expect(
      await refusalOf(() => saveRoadmapAction(as('steering'), { ...action, id: demoId('nothing'), status: 'DONE' })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'ROADMAP_ACTION_NOT_FOUND' });
  });
});

describe('the prescripteurs habilités (fiche 2), read from the préfet’s register of decisions', () => {
  it('a withdrawal, then a new grant, leave the figures of past quarters as they were', async () => {
    // A département of its own, so that this organisation is the only one counted.
    const departementCode = '2A';
    await database.db
      .insert(tables.departements)
      .values({ code: departementCode, name: 'Corse-du-Sud', regionCode: '94' });
    const id = randomUUID();
    const p = tables.prescriberOrganisations;
    await database.db
      .insert(p)
      .values({ id, name: 'Association habilitée', kind: 'HABILITE', departementCode, city: 'Ajaccio' });
    const register: HabilitationDecision[] = [];
    /** A decision as the structures record it: appended to the register, the directory's projection rewritten. */
    const decide = async (decision: HabilitationDecision) => {
      register.push(decision);
      await database.db.insert(tables.habilitationDecisions).values({
        prescriberOrganisationId: id,
        departementCode,
        sequence: register.length,
        kind: decision.kind,
        decidedOn: decision.decidedOn,
        startOn: decision.startOn ?? null,
        endOn: decision.endOn ?? null,
        reason: decision.kind === 'WITHDRAWAL' ? 'Conditions de l’habilitation plus remplies' : null,
      });
      const { span } = habilitationOn(register, decision.decidedOn);
      await database.db
        .update(p)
        .set({ habilitationStartOn: span?.startOn ?? null, habilitationEndOn: span?.endOn ?? null })
        .where(eq(p.id, id));
    };
    // Quarter by quarter, 2025 Q1 to 2026 Q4 (each read on its last day, today for the quarter in progress).
    const trend = async () =>
      (
        await computeIndicatorTrend(as('steering'), {
          id: 'F2_HABILITATED_PRESCRIBERS_LIST',
          departement: departementCode,
          quarters: 8,
        })
      ).points.map((point) => point.value);
    const firstQuarter2025 = async () => {
      const [indicator] = (
        await computeIndicators(as('steering'), { departement: departementCode, from: '2025-01-01', to: '2025-03-31' })
      ).filter((i) => i.id === 'F2_HABILITATED_PRESCRIBERS_LIST');
      return indicator!.rows.map((row) => [row.departement, row.value]);
    };

    await decide({ kind: 'GRANT', decidedOn: '2025-01-10', startOn: '2025-01-10', endOn: '2029-12-31' });
    expect(await trend()).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    await decide({ kind: 'WITHDRAWAL', decidedOn: '2025-08-01' });
    expect(await trend()).toEqual([1, 1, 0, 0, 0, 0, 0, 0]);
    expect(await firstQuarter2025()).toEqual([[departementCode, 1]]);
    // Granted again: the directory's projection now holds the new period only; 2025 still counts the first one.
    await decide({ kind: 'GRANT', decidedOn: '2026-05-04', startOn: '2026-05-04', endOn: '2031-05-03' });
    expect(await trend()).toEqual([1, 1, 0, 0, 0, 1, 1, 1]);
    expect(await firstQuarter2025()).toEqual([[departementCode, 1]]);
  });
});
