// Validation des profils (issue 18 §3; accord, annexe 4 §2.2.2 last paragraph and §2.2.8) on a real PostgreSQL, under
// row-level security, no HTTP: the agence pre-validates a person for an AI it has a convention de coopération with; the
// AI's demande d'agrément for that person is then due the same day. Hostile cases: another agence's person or SIAE is
// unknown, a SIAE cannot pre-validate, a backdated, too long or forged period is refused, an SIAE that is neither an
// ETTI nor an AI is refused, the same pre-validation twice and twenty at once make one row. The clock is fixed on
// Monday 23 November 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf, retriedWhileUnavailable } from '@navette/subgraph-server/testing';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { parcoursPendingWork } from '../services/pending-work.js';
import { listProfilePrevalidations } from '../services/profile-prevalidations.js';
import { answerPrescription } from './answer-prescription.js';
import { prevalidateProfile } from './prevalidate-profile.js';
import { recordDiagnosis } from './record-diagnosis.js';
import { recordPerson } from './record-person.js';
import { requestApproval } from './request-approval.js';
import { sendPrescription } from './send-prescription.js';

const TODAY = '2026-11-23';
const AGENCY = demoId('agency:25-BES');
const AI = demoId('siae:25-BES:2');
const EITI = demoId('siae:25-BES:0');
const OTHER_AGENCY = demoId('agency:21-BEA');
const OTHER_SIAE = demoId('siae:21-BEA:0');

type Who = 'agency' | 'otherAgency' | 'ai' | 'eiti';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });

const signedConvention = (siaeId: string, agencyId: string) => ({
  siaeId,
  agencyId,
  status: 'SIGNED' as const,
  startOn: '2026-01-01',
  endOn: '2027-12-31',
  siaeSignedOn: '2025-12-15',
  agencySignedOn: '2025-12-16',
  signedOn: '2025-12-16',
});

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const [ai] = await db.select({ kind: tables.siaes.kind }).from(tables.siaes).where(eq(tables.siaes.id, AI));
  expect(ai?.kind).toBe('AI');
  await db
    .insert(tables.cooperationAgreements)
    .values([signedConvention(AI, AGENCY), signedConvention(EITI, AGENCY), signedConvention(OTHER_SIAE, OTHER_AGENCY)]);
  Object.assign(principals, {
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    otherAgency: await newUserIn(db, 'AGENCY', OTHER_AGENCY),
    ai: await newUserIn(db, 'SIAE', AI),
    eiti: await principalOf(db, 'siae@demo.navette.fr'),
  });
});
afterAll(async () => {
  await database?.drop();
});

let people = 0;
/** A person the agence records (an agence is a prescripteur de droit, seed 004). */
const someone = (who: Who = 'agency') =>
  recordPerson(as(who), { firstName: 'Sam', lastName: `Profil${++people}`, birthDate: '1988-06-01' });

const rowsFor = async (personId: string) =>
  (
    await database.db
      .select({ n: count() })
      .from(tables.profilePrevalidations)
      .where(eq(tables.profilePrevalidations.personId, personId))
  )[0]!.n;

describe('prevalidateProfile (annexe 4 §2.2.2 last paragraph, §2.2.8)', () => {
  it('the agence pre-validates for an AI it has a convention with: from today, 3 months, audited', async () => {
    const person = await someone();
    const row = await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI });
    expect(row).toMatchObject({
      agencyId: AGENCY,
      siaeId: AI,
      siaeKind: 'AI',
      startsOn: TODAY,
      endsOn: '2027-02-22',
    });
    const [audit] = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'PROFILE_PREVALIDATED'), eq(tables.auditEvents.subjectId, row.id)));
    expect(audit).toBeDefined();
  });

  it('the same pre-validation twice, and twenty at once, make one', async () => {
    const person = await someone();
    const first = await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI });
    const again = await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, startsOn: '2026-12-01' });
    expect(again.id).toBe(first.id);

    const other = await someone();
    const all = await Promise.all(
      Array.from({ length: 20 }, () =>
        retriedWhileUnavailable(() => prevalidateProfile(as('agency'), { personId: other.id, siaeId: AI })),
      ),
    );
    expect(new Set(all.map((r) => r.id)).size).toBe(1);
    expect(await rowsFor(other.id)).toBe(1);
  });

  it('refuses a backdated, too long, too far or forged period, and a period overlapping the next one', async () => {
    const person = await someone();
    const refused = (input: { startsOn?: string; endsOn?: string }) =>
      refusalOf(() => prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, ...input }));
    expect(await refused({ startsOn: '2026-11-22' })).toMatchObject({ reason: 'PREVALIDATION_BACKDATED' });
    expect(await refused({ startsOn: '2025-01-01', endsOn: '2025-03-31' })).toMatchObject({
      reason: 'PREVALIDATION_BACKDATED',
    });
    expect(await refused({ endsOn: '2027-11-23' })).toMatchObject({ reason: 'PREVALIDATION_TOO_LONG' });
    expect(await refused({ startsOn: '2027-06-01' })).toMatchObject({ reason: 'PREVALIDATION_START_TOO_FAR' });
    expect(await refused({ endsOn: '2026-11-01' })).toMatchObject({ reason: 'PREVALIDATION_DATES_OUT_OF_ORDER' });
    expect(await refused({ startsOn: 'demain' })).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(await rowsFor(person.id)).toBe(0);

    await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, startsOn: '2026-12-01' });
    expect(await refused({ endsOn: '2026-12-05' })).toMatchObject({
      code: 'CONFLICT',
      reason: 'PREVALIDATION_OVERLAPS_ANOTHER',
    });
    // Up to the day before the next period is fine.
    const before = await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, endsOn: '2026-11-30' });
    expect(before).toMatchObject({ startsOn: TODAY, endsOn: '2026-11-30' });
  });

  it('only an ETTI or an AI, and only within a convention of this agence', async () => {
    const person = await someone();
    expect(
      await refusalOf(() => prevalidateProfile(as('agency'), { personId: person.id, siaeId: EITI })),
    ).toMatchObject({ reason: 'PREVALIDATION_SIAE_KIND' });
    // Another agence's SIAE, an unknown id and a malformed one are one answer: unknown.
    for (const siaeId of [OTHER_SIAE, '0f0e0d0c-0b0a-4009-8008-070605040302', 'pas-un-id'])
      expect(await refusalOf(() => prevalidateProfile(as('agency'), { personId: person.id, siaeId }))).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'SIAE_NOT_FOUND',
      });
  });

  it('another agence does not know the person; a SIAE cannot pre-validate', async () => {
    const person = await someone();
    expect(
      await refusalOf(() => prevalidateProfile(as('otherAgency'), { personId: person.id, siaeId: OTHER_SIAE })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSON_NOT_FOUND' });
    expect(await refusalOf(() => prevalidateProfile(as('ai'), { personId: person.id, siaeId: AI }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ONLY_FOR_AGENCIES',
    });
    expect(await rowsFor(person.id)).toBe(0);
  });
});

describe('a request for a pre-validated person is decidable the same day (annexe 4 §2.2.2)', () => {
  /** The agence prescribes the person to the AI, which accepts: the AI can then request the agrément. */
  async function acceptedByAi() {
    const person = await someone();
    const diagnosis = await recordDiagnosis(as('agency'), {
      personId: person.id,
      diagnosedOn: TODAY,
      criteria: ['PUB_DELD_12_MONTHS', 'SOC_HOUSING'],
    });
    const prescription = await sendPrescription(as('agency'), {
      personId: person.id,
      diagnosisId: diagnosis.id,
      siaeId: AI,
      message: 'Mise à disposition',
    });
    await answerPrescription(as('ai'), { id: prescription.id, answer: 'ACCEPT' });
    return { person, prescription };
  }

  it('pre-validated: due the day of receipt; otherwise the 5 jours ouvrés', async () => {
    const { person, prescription } = await acceptedByAi();
    await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI });
    const request = await requestApproval(as('ai'), {
      kind: 'INITIAL',
      prescriptionId: prescription.id,
      contractStartOn: '2026-12-01',
    });
    expect(request).toMatchObject({ receivedOn: TODAY, deadline: TODAY });
    expect(request.details).toMatchObject({ profilePrevalidationId: expect.any(String) });

    const control = await acceptedByAi();
    const plain = await requestApproval(as('ai'), {
      kind: 'INITIAL',
      prescriptionId: control.prescription.id,
      contractStartOn: '2026-12-01',
    });
    expect(plain).toMatchObject({ receivedOn: TODAY, deadline: '2026-11-30' });
  });

  it('a period that has not started yet does not speed up today’s request', async () => {
    const { person, prescription } = await acceptedByAi();
    await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, startsOn: '2026-11-24' });
    const request = await requestApproval(as('ai'), {
      kind: 'INITIAL',
      prescriptionId: prescription.id,
      contractStartOn: '2026-12-01',
    });
    expect(request.deadline).toBe('2026-11-30');
  });
});

describe('the pre-validations to renew', () => {
  it('listed to the agence and counted in its pending work until renewed; another agence sees none', async () => {
    const person = await someone();
    const soon = await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, endsOn: '2026-12-01' });
    const toRenew = await listProfilePrevalidations(as('agency'), { toRenew: true, first: 100 });
    expect(toRenew.edges.map((e) => e.node.id)).toContain(soon.id);
    const work = await parcoursPendingWork(as('agency'));
    expect(work.filter((w) => w.kind === 'PREVALIDATION_TO_RENEW').map((w) => w.dueOn)).toContain('2026-12-01');

    expect(
      (await listProfilePrevalidations(as('otherAgency'), { first: 100 })).edges.map((e) => e.node.id),
    ).not.toContain(soon.id);
    // The AI reads those for it.
    expect((await listProfilePrevalidations(as('ai'), { first: 100 })).edges.map((e) => e.node.id)).toContain(soon.id);

    await prevalidateProfile(as('agency'), { personId: person.id, siaeId: AI, startsOn: '2026-12-02' });
    const after = await listProfilePrevalidations(as('agency'), { toRenew: true, first: 100 });
    expect(after.edges.map((e) => e.node.id)).not.toContain(soon.id);
  });
});
