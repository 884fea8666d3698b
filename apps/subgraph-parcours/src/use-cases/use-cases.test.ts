// The parcours' use cases on a real PostgreSQL (issue 17 §3): each called as its resolver calls it, with the context of
// a demo account (or of a user of another organisation), under row-level security — no HTTP, no gateway. What a user
// relies on: what another organisation holds is "not found" for it, the same decision twice is one decision, an input
// the form should have caught is refused in French with its field and a stable reason. The clock is fixed on Monday
// 23 November 2026.
import type { UserPrincipal } from '@navette/auth';
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { clockAt, newUserIn, principalOf, refusalOf } from '@navette/subgraph-server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextFor } from '../context.js';
import { answerOrientation } from './answer-orientation.js';
import { answerPrescription } from './answer-prescription.js';
import { decideApprovalRequest } from './decide-approval-request.js';
import { orientPerson } from './orient-person.js';
import { recordDiagnosis } from './record-diagnosis.js';
import { recordPerson } from './record-person.js';
import { requestApproval } from './request-approval.js';
import { sendPrescription } from './send-prescription.js';

const TODAY = '2026-11-23';
const SIAE = demoId('siae:25-BES:0');
const PRESCRIBER = demoId('prescriber:21:MISSION_LOCALE');

type Who = 'prescriber' | 'otherPrescriber' | 'siae' | 'otherSiae' | 'agency' | 'colleague' | 'otherAgency';
let database: TestDatabase;
const principals = {} as Record<Who, UserPrincipal>;
/** A fresh context per call, as each request gets one. */
const as = (who: Who) => contextFor(database.db, principals[who], { clock: clockAt(TODAY) });

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  Object.assign(principals, {
    prescriber: await principalOf(db, 'prescripteur@demo.navette.fr'),
    otherPrescriber: await principalOf(db, 'habilite@demo.navette.fr'),
    siae: await principalOf(db, 'siae@demo.navette.fr'),
    otherSiae: await newUserIn(db, 'SIAE', demoId('siae:21-BEA:0')),
    agency: await principalOf(db, 'agence@demo.navette.fr'),
    colleague: await newUserIn(db, 'AGENCY', demoId('agency:25-BES')),
    otherAgency: await newUserIn(db, 'AGENCY', demoId('agency:21-BEA')),
  });
});
afterAll(async () => {
  await database?.drop();
});

let people = 0;
const someone = () => ({ firstName: 'Alex', lastName: `Martin${++people}`, birthDate: '1985-03-14' });

/** The prescripteur records a person, diagnoses them and prescribes to the demo SIAE. */
async function prescribed() {
  const person = await recordPerson(as('prescriber'), someone());
  const diagnosis = await recordDiagnosis(as('prescriber'), {
    personId: person.id,
    diagnosedOn: '2026-11-20',
    criteria: ['PUB_DELD_12_MONTHS', 'SOC_HOUSING'],
  });
  const prescription = await sendPrescription(as('prescriber'), {
    personId: person.id,
    diagnosisId: diagnosis.id,
    siaeId: SIAE,
    message: 'Motivé(e) par les espaces verts',
  });
  return { person, diagnosis, prescription };
}

describe('recordPerson', () => {
  it('records the person for the prescripteur; to another prescripteur the person does not exist', async () => {
    const person = await recordPerson(as('prescriber'), { ...someone(), poleEmploiId: '1234567a' });
    expect(person).toMatchObject({ createdByOrganisationId: PRESCRIBER, poleEmploiId: '1234567A' });

    const refusal = await refusalOf(() =>
      recordDiagnosis(as('otherPrescriber'), {
        personId: person.id,
        diagnosedOn: TODAY,
        criteria: ['PUB_DELD_12_MONTHS', 'SOC_HOUSING'],
      }),
    );
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSON_NOT_FOUND' });
    // The same answer as for an id that names nothing, or no id at all.
    expect(
      await refusalOf(() =>
        recordDiagnosis(as('prescriber'), {
          personId: 'pas-un-id',
          diagnosedOn: TODAY,
          criteria: ['PUB_DELD_12_MONTHS', 'SOC_HOUSING'],
        }),
      ),
    ).toEqual(refusal);
  });

  it('is the prescripteurs’ only: a SIAE is refused', async () => {
    expect(await refusalOf(() => recordPerson(as('siae'), someone()))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ONLY_FOR_PRESCRIBERS',
    });
  });

  it('refuses an input the form should have caught, in French, with the field and a stable reason', async () => {
    expect(await refusalOf(() => recordPerson(as('prescriber'), { ...someone(), firstName: '  ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Prénom',
      message: expect.stringMatching(/^Prénom : /),
    });
    // A birth date no one working could have (domain validateBirthDate: 16 to 80 years old).
    expect(
      await refusalOf(() => recordPerson(as('prescriber'), { ...someone(), birthDate: '1800-01-01' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BIRTH_DATE_IMPLAUSIBLE', field: 'Date de naissance' });
  });
});

describe('sendPrescription and answerPrescription', () => {
  it('the same prescription twice, or twice at once, is one prescription', async () => {
    const { person, diagnosis } = await prescribed();
    const again = {
      personId: person.id,
      diagnosisId: diagnosis.id,
      siaeId: SIAE,
      message: 'Envoyée une seconde fois',
    };
    expect(await refusalOf(() => sendPrescription(as('prescriber'), again))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PRESCRIPTION_ALREADY_IN_PROGRESS',
    });

    const other = await prescribedPersonOnly();
    const atOnce = await Promise.allSettled([
      sendPrescription(as('prescriber'), other.input),
      sendPrescription(as('prescriber'), other.input),
    ]);
    expect(atOnce.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prescriptionsOf(person.id)).toBe(1);
    expect(await prescriptionsOf(other.input.personId)).toBe(1);
  });

  it('another SIAE is told the prescription does not exist; the addressee accepts it once', async () => {
    const { prescription } = await prescribed();
    expect(
      await refusalOf(() => answerPrescription(as('otherSiae'), { id: prescription.id, answer: 'ACCEPT' })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'PRESCRIPTION_NOT_FOUND' });
    expect(await answerPrescription(as('siae'), { id: prescription.id, answer: 'ACCEPT' })).toMatchObject({
      status: 'ACCEPTED',
    });
    expect(
      await refusalOf(() => answerPrescription(as('siae'), { id: prescription.id, answer: 'ACCEPT' })),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it('a refusal without a reason of the list is refused, field « Motif »', async () => {
    const { prescription } = await prescribed();
    expect(
      await refusalOf(() =>
        answerPrescription(as('siae'), { id: prescription.id, answer: 'REFUSE', reason: 'PAS_ENVIE' }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Motif' });
  });
});

async function prescribedPersonOnly() {
  const person = await recordPerson(as('prescriber'), someone());
  const diagnosis = await recordDiagnosis(as('prescriber'), {
    personId: person.id,
    diagnosedOn: TODAY,
    criteria: ['PUB_DELD_12_MONTHS'],
  });
  return { input: { personId: person.id, diagnosisId: diagnosis.id, siaeId: SIAE, message: 'Deux clics' } };
}

async function prescriptionsOf(personId: string): Promise<number> {
  return database.db.$count(tables.prescriptions, eq(tables.prescriptions.personId, personId));
}

describe('decideApprovalRequest', () => {
  async function pendingRequest() {
    const { prescription } = await prescribed();
    await answerPrescription(as('siae'), { id: prescription.id, answer: 'ACCEPT' });
    return requestApproval(as('siae'), {
      kind: 'INITIAL',
      prescriptionId: prescription.id,
      contractStartOn: '2026-12-01',
      contractEndOn: '2027-05-31',
    });
  }

  it('two agents of the agence deciding at once record one decision and one agrément', async () => {
    const request = await pendingRequest();
    const decisions = await Promise.allSettled([
      decideApprovalRequest(as('agency'), { id: request.id, decision: 'GRANT' }),
      decideApprovalRequest(as('colleague'), { id: request.id, decision: 'GRANT' }),
    ]);
    expect(decisions.filter((d) => d.status === 'fulfilled')).toHaveLength(1);
    const late = decisions.find((d) => d.status === 'rejected')!;
    expect(await refusalOf(() => Promise.reject(late.reason as Error))).toMatchObject({ code: 'CONFLICT' });
    expect(
      await database.db.$count(tables.approvals, eq(tables.approvals.prescriptionId, request.prescriptionId!)),
    ).toBe(1);
    // The same decision sent again later: told it was decided, nothing written.
    expect(
      await refusalOf(() => decideApprovalRequest(as('agency'), { id: request.id, decision: 'GRANT' })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_REQUEST_ALREADY_DECIDED' });
  });

  it('another agence does not see the request', async () => {
    const request = await pendingRequest();
    const refusal = await refusalOf(() =>
      decideApprovalRequest(as('otherAgency'), { id: request.id, decision: 'GRANT' }),
    );
    expect(refusal).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_REQUEST_NOT_FOUND' });
    const [row] = await database.db
      .select({ status: tables.approvalRequests.status })
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, request.id));
    expect(row!.status).toBe('PENDING');
  });

  it('a refusal is motivated: without a comment it is refused, field « Commentaire »', async () => {
    const request = await pendingRequest();
    expect(
      await refusalOf(() =>
        decideApprovalRequest(as('agency'), { id: request.id, decision: 'REFUSE', reason: 'NOT_ELIGIBLE' }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Commentaire' });
  });
});

describe('orientPerson and answerOrientation', () => {
  it('the same orientation twice is one; only the prescripteur it was sent to answers it, once', async () => {
    const input = { person: someone(), prescriberOrganisationId: PRESCRIBER, reason: 'Repérée à l’accueil' };
    const first = await orientPerson(as('siae'), input);
    const second = await orientPerson(as('siae'), input);
    expect(second.id).toBe(first.id);
    expect(await database.db.$count(tables.orientations, eq(tables.orientations.personId, first.personId))).toBe(1);

    expect(
      await refusalOf(() => answerOrientation(as('otherPrescriber'), { id: first.id, action: 'ACCEPT' })),
    ).toMatchObject({ code: 'NOT_FOUND', reason: 'ORIENTATION_NOT_FOUND' });
    expect(
      await refusalOf(() => answerOrientation(as('prescriber'), { id: first.id, action: 'DECLINE' })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ORIENTATION_REASON_REQUIRED',
      field: 'Motif',
    });
    expect(await answerOrientation(as('prescriber'), { id: first.id, action: 'ACCEPT' })).toMatchObject({
      status: 'ACCEPTED',
    });
    expect(
      await refusalOf(() => answerOrientation(as('prescriber'), { id: first.id, action: 'ACCEPT' })),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });
});
