// The formation subgraph's use cases on a real PostgreSQL (issue 17 §3): training, PMSMP, Pôle emploi services and POE
// recorded on an agrément, each called as its resolver calls it with the context of a demo account or of a user of
// another organisation, under row-level security — no HTTP, no gateway. What a user relies on: only the SIAE holding
// the agrément (and, for services and POE, its agence) completes the parcours, another organisation is told the
// agrément does not exist; the same record twice is one; dates outside the parcours are refused with the domain's
// reason (validateParcoursActivity, fiches 5 to 7). The clock is fixed on Monday 23 November 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf } from '@navette/subgraph-server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { recordImmersion } from './record-immersion.js';
import { recordPoe } from './record-poe.js';
import { recordServiceUse } from './record-service-use.js';
import { recordTraining } from './record-training.js';

const TODAY = '2026-11-23';
const SIAE = demoId('siae:25-BES:0');
const AGENCY = demoId('agency:25-BES');
const OTHER_AGENCY = demoId('agency:21-BEA');
const PRESCRIBER = demoId('prescriber:21:MISSION_LOCALE');

type Who = 'siae' | 'otherSiae' | 'agency' | 'otherAgency' | 'prescriber';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
/** A fresh context per call, as each request gets one. */
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });
/** An agrément of the demo SIAE from 1 June 2026 to 31 May 2028 (written as the tables' owner). */
let approvalId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    siae: await principalOf(db, 'siae@demo.navette.fr'),
    otherSiae: await newUserIn(db, 'SIAE', demoId('siae:21-BEA:0')),
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    otherAgency: await newUserIn(db, 'AGENCY', OTHER_AGENCY),
    prescriber: await principalOf(db, 'prescripteur@demo.navette.fr'),
  });
  const [person] = await db
    .insert(tables.people)
    .values({ firstName: 'Lou', lastName: 'Bernard', birthDate: '1990-05-06', createdByOrganisationId: PRESCRIBER })
    .returning();
  const [diagnosis] = await db
    .insert(tables.eligibilityDiagnoses)
    .values({
      personId: person!.id,
      prescriberOrganisationId: PRESCRIBER,
      criteria: ['PUB_DELD_12_MONTHS'],
      diagnosedOn: '2026-05-04',
    })
    .returning();
  const [prescription] = await db
    .insert(tables.prescriptions)
    .values({
      personId: person!.id,
      diagnosisId: diagnosis!.id,
      prescriberOrganisationId: PRESCRIBER,
      siaeId: SIAE,
      message: 'Lou cherche un emploi en maraîchage',
      status: 'HIRED',
    })
    .returning();
  const [approval] = await db
    .insert(tables.approvals)
    .values({
      number: '999926000001',
      personId: person!.id,
      siaeId: SIAE,
      prescriberOrganisationId: PRESCRIBER,
      prescriptionId: prescription!.id,
      startOn: '2026-06-01',
      endOn: '2028-05-31',
    })
    .returning();
  approvalId = approval!.id;
});
afterAll(async () => {
  await database?.drop();
});

const training = (changes: Record<string, unknown> = {}) => ({
  approvalId,
  kind: 'ADAPTATION',
  title: 'Gestes et postures',
  organisation: 'AFPA Besançon',
  hours: 14,
  startOn: '2026-09-07',
  endOn: '2026-09-08',
  ...changes,
});

describe('recordTraining', () => {
  it('the SIAE holding the agrément records it, once; another SIAE is told the agrément does not exist', async () => {
    expect(await recordTraining(as('siae'), training())).toMatchObject({ approvalId, siaeId: SIAE, hours: 14 });
    expect(await refusalOf(() => recordTraining(as('siae'), training()))).toMatchObject({
      code: 'CONFLICT',
      constraint: 'training_records_natural_unique',
    });
    expect(await database.db.$count(tables.trainingRecords, eq(tables.trainingRecords.approvalId, approvalId))).toBe(1);

    const notFound = await refusalOf(() => recordTraining(as('otherSiae'), training({ title: 'Autre' })));
    expect(notFound).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    expect(await refusalOf(() => recordTraining(as('siae'), training({ approvalId: 'pas-un-id' })))).toEqual(notFound);
    expect(await refusalOf(() => recordTraining(as('agency'), training()))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SIAE_ONLY',
    });
  });

  it('refuses what did not happen during the parcours, with the domain’s reason, and a form’s mistakes with the field', async () => {
    expect(
      await refusalOf(() => recordTraining(as('siae'), training({ startOn: '2026-05-01', endOn: '2026-05-02' }))),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACTIVITY_OUTSIDE_PARCOURS',
      message: 'La formation doit se dérouler pendant le parcours, du 01/06/2026 au 31/05/2028.',
    });
    expect(
      await refusalOf(() => recordTraining(as('siae'), training({ startOn: '2026-10-02', endOn: '2026-10-01' }))),
    ).toMatchObject({ reason: 'ACTIVITY_DATES_OUT_OF_ORDER' });
    expect(await refusalOf(() => recordTraining(as('siae'), training({ hours: 0 })))).toMatchObject({
      reason: 'ACTIVITY_HOURS_INVALID',
    });
    expect(await refusalOf(() => recordTraining(as('siae'), training({ title: ' ' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Intitulé',
    });
  });
  it('the same training sent twice at once (two clicks, two tabs) is recorded once', async () => {
    const twice = training({ title: 'Habilitation électrique', startOn: '2026-10-12', endOn: '2026-10-13' });
    const answers = await Promise.allSettled([recordTraining(as('siae'), twice), recordTraining(as('siae'), twice)]);
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const late = answers.find((a) => a.status === 'rejected')!;
    expect(await refusalOf(() => Promise.reject(late.reason as Error))).toMatchObject({ code: 'CONFLICT' });
    expect(
      await database.db.$count(tables.trainingRecords, eq(tables.trainingRecords.title, 'Habilitation électrique')),
    ).toBe(1);
  });
});

describe('recordServiceUse and recordPoe', () => {
  const serviceOf = async (agencyId: string) => {
    const [service] = await database.db
      .select({ id: tables.employmentServices.id })
      .from(tables.employmentServices)
      .where(eq(tables.employmentServices.agencyId, agencyId))
      .limit(1);
    return service!.id;
  };

  it('the agence records a service it offers on the SIAE’s agrément; another agence’s service is refused', async () => {
    const serviceId = await serviceOf(AGENCY);
    expect(await recordServiceUse(as('agency'), { approvalId, serviceId, usedOn: '2026-10-05' })).toMatchObject({
      serviceId,
      inWorkFollowUp: false,
    });
    expect(
      await refusalOf(async () =>
        recordServiceUse(as('siae'), { approvalId, serviceId: await serviceOf(OTHER_AGENCY), usedOn: '2026-10-06' }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'SERVICE_NOT_OFFERED' });
    expect(
      await refusalOf(() => recordServiceUse(as('otherAgency'), { approvalId, serviceId, usedOn: '2026-10-06' })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
  });

  it('a POE by the SIAE or its agence; a PMSMP by the SIAE only', async () => {
    const poe = { approvalId, employer: 'Transports Comtois', hours: 300, startOn: '2027-01-04', endOn: '2027-03-05' };
    expect(await recordPoe(as('agency'), poe)).toMatchObject({ employer: 'Transports Comtois', siaeId: SIAE });
    expect(await refusalOf(() => recordPoe(as('prescriber'), poe))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SIAE_OR_AGENCY_ONLY',
    });
    const immersion = {
      approvalId,
      hostCompany: 'Jardins de Cocagne',
      objective: 'Découvrir le maraîchage',
      startOn: '2026-11-16',
      endOn: '2026-11-20',
    };
    expect(await refusalOf(() => recordImmersion(as('agency'), immersion))).toMatchObject({ reason: 'SIAE_ONLY' });
    expect(await recordImmersion(as('siae'), immersion)).toMatchObject({ hostCompany: 'Jardins de Cocagne' });
  });
});
