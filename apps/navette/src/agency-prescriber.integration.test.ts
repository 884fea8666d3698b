// Pôle emploi as prescripteur (issue 18 §2; seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de
// prescripteur et d'organisme d'agrémentation"; annexe 4 §3) end to end through the gateway on a real PostgreSQL: an
// agent of the agence records a person, diagnoses and prescribes like a Mission locale; the SIAE accepts and requests
// the agrément; the agent who prescribed cannot decide it (separation of duties), a colleague does; the agence answers
// the orientations sent to it; fiche 4 counts its prescriptions as "candidats orientés par Pôle emploi". Hostile cases:
// an SIAE and the comité cannot prescribe, another agence does not see the person, the agence cannot withdraw
// another prescripteur's prescription nor answer an orientation sent elsewhere; a person hired in another agence's
// territory has their agrément decided there; an agence's id is neither an SIAE, a person nor another kind of
// prescripteur (trigger of migration 0032, domain check); twenty identical diagnoses, prescriptions or answers at once
// make one row; a diagnosis date is bounded by reality (domain validateDiagnosisDate). The clock is fixed on 23 November
// 2026.
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import {
  ACCEPT,
  DECIDE,
  DIAGNOSE,
  PRESCRIBE,
  RECORD_PERSON,
  createOtherAccounts,
  ok,
  ORGS,
  pendingInitialRequest,
  prescribeSomeone,
  REQUEST,
  signIn,
} from './testing/parcours.js';

const TODAY = '2026-11-23';
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
type Caller = 'agency' | 'secondAgent' | 'otherAgency' | 'otherSiae' | 'prescriber' | 'siae' | 'steering';
const as = {} as Record<Caller, Record<string, string>>;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date(`${TODAY}T09:00:00Z`),
  });
  url = navette.graphqlUrl;
  const other = await createOtherAccounts(database.db);
  const [demo] = await database.db.select().from(tables.users).where(eq(tables.users.email, 'agence@demo.navette.fr'));
  const colleague = randomUUID();
  await database.db.insert(tables.users).values({
    id: colleague,
    email: 'agence-decideur@test.navette.fr',
    displayName: 'Agent décideur',
    passwordHash: demo!.passwordHash,
  });
  await database.db
    .insert(tables.memberships)
    .values({ userId: colleague, role: 'AGENCY', organisationKind: 'AGENCY', organisationId: ORGS.agency });
  Object.assign(as, {
    agency: await signIn(url, 'agence@demo.navette.fr'),
    secondAgent: await signIn(url, 'agence-decideur@test.navette.fr'),
    otherAgency: await signIn(url, other.otherAgency),
    otherSiae: await signIn(url, other.otherSiae),
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const PRESCRIPTION = `query($id: ID!) { prescription(id: $id) {
  id status prescriberOrganisation { id name kind canPrescribe } person { id lastName }
} }`;

describe('an agence Pôle emploi diagnoses and prescribes (seed 004; annexe 4 §3)', () => {
  it('is a prescripteur de droit of kind Pôle emploi in the directory, under its own id', async () => {
    const { prescriberOrganisation } = await ok<{
      prescriberOrganisation: { id: string; kind: string; canPrescribe: boolean; departement: { code: string } };
    }>(
      url,
      as.siae,
      `query($id: ID!) { prescriberOrganisation(id: $id) { id kind canPrescribe departement { code } } }`,
      { id: ORGS.agency },
    );
    expect(prescriberOrganisation).toEqual({
      id: ORGS.agency,
      kind: 'POLE_EMPLOI',
      canPrescribe: true,
      departement: { code: '25' },
    });
    // A new agence gets its face at once (trigger of migration 0032); a renamed one carries it along.
    const id = randomUUID();
    const [area] = await database.db.select().from(tables.employmentAreas).limit(1);
    await database.db.insert(tables.agencies).values({
      id,
      code: 'TEST-PE',
      name: 'Agence Pôle emploi de test',
      departementCode: area!.departementCode,
      city: 'Testville',
    });
    await database.db.update(tables.agencies).set({ name: 'Agence renommée' }).where(eq(tables.agencies.id, id));
    const [face] = await database.db
      .select()
      .from(tables.prescriberOrganisations)
      .where(eq(tables.prescriberOrganisations.id, id));
    expect(face).toMatchObject({ name: 'Agence renommée', kind: 'POLE_EMPLOI', habilitationStartOn: null });
  });

  it('the agent prescribes; the SIAE accepts and requests; the agent who prescribed cannot decide, a colleague does', async () => {
    const pending = await pendingInitialRequest(url, { prescriber: as.agency, siae: as.siae });
    const { prescription } = await ok<{
      prescription: { status: string; prescriberOrganisation: { id: string; kind: string } };
    }>(url, as.siae, PRESCRIPTION, { id: pending.prescriptionId });
    expect(prescription).toMatchObject({
      status: 'ACCEPTED',
      prescriberOrganisation: { id: ORGS.agency, kind: 'POLE_EMPLOI' },
    });

    const refused = await graphql(url, DECIDE, { id: pending.requestId, decision: 'GRANT' }, as.agency);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DECIDER_PRESCRIBED_THIS_PERSON',
    });
    expect(refused.errors?.[0]?.message).toContain('séparation des fonctions');
    // Twenty tries at once change nothing either.
    const tries = await Promise.all(
      Array.from({ length: 20 }, () => graphql(url, DECIDE, { id: pending.requestId, decision: 'GRANT' }, as.agency)),
    );
    expect(tries.every((t) => t.errors?.[0]?.extensions?.reason === 'DECIDER_PRESCRIBED_THIS_PERSON')).toBe(true);
    const [still] = await database.db
      .select({ status: tables.approvalRequests.status })
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, pending.requestId));
    expect(still!.status).toBe('PENDING');

    const granted = await ok<{ decideApprovalRequest: { status: string } }>(url, as.secondAgent, DECIDE, {
      id: pending.requestId,
      decision: 'GRANT',
    });
    expect(granted.decideApprovalRequest.status).toBe('GRANTED');
  });

  it('a diagnosis alone (the colleague prescribes on it) also bars its author from deciding', async () => {
    const { recordPerson } = await ok<{ recordPerson: { id: string } }>(url, as.agency, RECORD_PERSON, {
      input: { firstName: 'Lou', lastName: 'Diagnostiquee', birthDate: '1984-02-02' },
    });
    const { diagnose } = await ok<{ diagnose: { id: string } }>(url, as.agency, DIAGNOSE, {
      input: { personId: recordPerson.id, criteria: ['PUB_DELD_12_MONTHS'], diagnosedOn: TODAY },
    });
    const { prescribe } = await ok<{ prescribe: { id: string } }>(url, as.secondAgent, PRESCRIBE, {
      input: { personId: recordPerson.id, diagnosisId: diagnose.id, siaeId: ORGS.siae, message: 'Disponible.' },
    });
    await ok(url, as.siae, `mutation($id: ID!) { acceptPrescription(id: $id) { id } }`, { id: prescribe.id });
    const { requestApproval } = await ok<{ requestApproval: { id: string } }>(
      url,
      as.siae,
      `mutation($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }`,
      {
        input: {
          kind: 'INITIAL',
          prescriptionId: prescribe.id,
          contractStartOn: '2026-12-01',
          contractEndOn: '2027-05-31',
        },
      },
    );
    const byAuthor = await graphql(url, DECIDE, { id: requestApproval.id, decision: 'GRANT' }, as.agency);
    expect(byAuthor.errors?.[0]?.extensions?.reason).toBe('DECIDER_DIAGNOSED_THIS_PERSON');
    const byPrescriber = await graphql(url, DECIDE, { id: requestApproval.id, decision: 'GRANT' }, as.secondAgent);
    expect(byPrescriber.errors?.[0]?.extensions?.reason).toBe('DECIDER_PRESCRIBED_THIS_PERSON');
  });

  it('the agence answers the orientations sent to it; it cannot orient towards itself', async () => {
    const { orientPerson } = await ok<{ orientPerson: { id: string } }>(
      url,
      as.siae,
      `mutation($input: OrientationInput!) { orientPerson(input: $input) { id } }`,
      {
        input: {
          prescriberOrganisationId: ORGS.agency,
          reason: 'Inscrite à Pôle emploi, souhaite un parcours IAE.',
          person: { firstName: 'Noa', lastName: 'Orientee', birthDate: '1991-07-07' },
        },
      },
    );
    const { acceptOrientation } = await ok<{ acceptOrientation: { status: string; person: { id: string } } }>(
      url,
      as.secondAgent,
      `mutation($id: ID!) { acceptOrientation(id: $id) { status person { id } } }`,
      { id: orientPerson.id },
    );
    expect(acceptOrientation.status).toBe('ACCEPTED');
    const diagnosed = await ok<{ diagnose: { id: string } }>(url, as.agency, DIAGNOSE, {
      input: { personId: acceptOrientation.person.id, criteria: ['SOC_HOUSING'], diagnosedOn: TODAY },
    });
    expect(diagnosed.diagnose.id).toBeTruthy();

    const toItself = await graphql(
      url,
      `
        mutation ($input: OrientationInput!) {
          orientPerson(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          prescriberOrganisationId: ORGS.agency,
          reason: 'Premier repérage',
          person: { firstName: 'Noa', lastName: 'Elle-meme', birthDate: '1991-07-07' },
        },
      },
      as.agency,
    );
    expect(toItself.errors?.[0]?.extensions?.reason).toBe('ORIENTATION_TO_ITSELF');
  });

  it('hostile: an SIAE or the comité cannot prescribe; another agence sees nothing of it nor answers for it', async () => {
    const siae = await graphql(
      url,
      RECORD_PERSON,
      {
        input: { firstName: 'A', lastName: 'B', birthDate: '1980-01-01' },
      },
      as.siae,
    );
    expect(siae.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const steering = await graphql(
      url,
      RECORD_PERSON,
      {
        input: { firstName: 'A', lastName: 'B', birthDate: '1980-01-01' },
      },
      as.steering,
    );
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const mine = await prescribeSomeone(url, as.agency, ORGS.siae, 'Confidentielle');
    const seen = await graphql<{ person: unknown }>(
      url,
      `
        query ($id: ID!) {
          person(id: $id) {
            id
          }
        }
      `,
      {
        id: mine.personId,
      },
      as.otherAgency,
    );
    expect(seen.data?.person ?? null).toBeNull();
    // Another agence cannot prescribe on this diagnosis, nor withdraw the prescription.
    const onTheirs = await graphql(
      url,
      PRESCRIBE,
      {
        input: { personId: mine.personId, diagnosisId: mine.diagnosisId, siaeId: ORGS.otherSiae, message: 'x' },
      },
      as.otherAgency,
    );
    expect(onTheirs.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const withdraw = `mutation($id: ID!) { withdrawPrescription(id: $id) { id status } }`;
    const other = await graphql(url, withdraw, { id: mine.prescriptionId }, as.otherAgency);
    expect(other.errors).toBeDefined();
    // The Mission locale's prescription is not the agence's to withdraw.
    const ml = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'DeLaMissionLocale');
    const notMine = await graphql(url, withdraw, { id: ml.prescriptionId }, as.agency);
    expect(notMine.errors).toBeDefined();
    const itsOwn = await ok<{ withdrawPrescription: { status: string } }>(url, as.agency, withdraw, {
      id: mine.prescriptionId,
    });
    expect(itsOwn.withdrawPrescription.status).toBe('WITHDRAWN');
  });
});

describe('hostile: the server decides, the client only proposes (issue 18 §2)', () => {
  const burst = (n: number, headers: Record<string, string>, query: string, variables: Record<string, unknown>) =>
    Promise.all(Array.from({ length: n }, () => graphql(url, query, variables, headers)));

  /** One success, the rest conflicts: never an internal error. */
  function oneWinner(responses: Awaited<ReturnType<typeof burst>>, field: string): { id: string; status?: string } {
    const codes = responses.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes.filter((c) => c !== 'CONFLICT')).toEqual([]);
    const winners = responses.filter((r) => r.data?.[field]);
    expect(winners).toHaveLength(1);
    expect(codes).toHaveLength(responses.length - 1);
    return winners[0]!.data![field] as { id: string; status?: string };
  }

  it('for a person hired in another agence’s territory, the agrément is that agence’s to decide, not the prescriber’s', async () => {
    // Agence of Besançon (25) prescribes to a SIAE of Beaune (21): the request goes to the agence of Beaune.
    const mine = await prescribeSomeone(url, as.agency, ORGS.otherSiae, 'Ailleurs');
    await ok(url, as.otherSiae, ACCEPT, { id: mine.prescriptionId });
    const { requestApproval } = await ok<{ requestApproval: { id: string } }>(url, as.otherSiae, REQUEST, {
      input: {
        kind: 'INITIAL',
        prescriptionId: mine.prescriptionId,
        contractStartOn: '2026-12-01',
        contractEndOn: '2027-05-31',
      },
    });
    // The colleague of the prescribing agence (who neither diagnosed nor prescribed) sees it as the prescriber, but
    // the decision is the territory's agence's.
    const colleague = await graphql(url, DECIDE, { id: requestApproval.id, decision: 'GRANT' }, as.secondAgent);
    expect(colleague.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'APPROVAL_REQUEST_OF_ANOTHER_AGENCY',
    });
    const [request] = await database.db
      .select({ status: tables.approvalRequests.status, agencyId: tables.approvalRequests.agencyId })
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, requestApproval.id));
    expect(request).toEqual({ status: 'PENDING', agencyId: ORGS.otherAgency });
    const decided = await ok<{ decideApprovalRequest: { status: string } }>(url, as.otherAgency, DECIDE, {
      id: requestApproval.id,
      decision: 'GRANT',
    });
    expect(decided.decideApprovalRequest.status).toBe('GRANTED');

    // A person the agence of Besançon recorded and has not prescribed yet is not seen by the agence of Beaune.
    const { recordPerson } = await ok<{ recordPerson: { id: string } }>(url, as.agency, RECORD_PERSON, {
      input: { firstName: 'Sam', lastName: 'Besancon', birthDate: '1985-03-03' },
    });
    const theirs = await graphql(
      url,
      DIAGNOSE,
      { input: { personId: recordPerson.id, criteria: ['SOC_HOUSING'], diagnosedOn: TODAY } },
      as.otherAgency,
    );
    expect(theirs.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSON_NOT_FOUND' });
  });

  it('an agence id used as another organisation’s: not an SIAE nor a person, never another kind of prescripteur', async () => {
    const mine = await prescribeSomeone(url, as.agency, ORGS.siae, 'Identifiants');
    // The agence's id as the SIAE of a prescription.
    const asSiae = await graphql(
      url,
      PRESCRIBE,
      { input: { personId: mine.personId, diagnosisId: mine.diagnosisId, siaeId: ORGS.agency, message: 'x' } },
      as.agency,
    );
    expect(asSiae.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'SIAE_NOT_FOUND' });
    // The agence's id as a person.
    const asPerson = await graphql(
      url,
      DIAGNOSE,
      { input: { personId: ORGS.agency, criteria: ['SOC_HOUSING'], diagnosedOn: TODAY } },
      as.agency,
    );
    expect(asPerson.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The client cannot name the organisation it writes as: the input has no such field.
    const forged = await graphql(
      url,
      `mutation { diagnose(input: { personId: "${mine.personId}", criteria: ["SOC_HOUSING"], diagnosedOn: "${TODAY}",
        prescriberOrganisationId: "${ORGS.prescriber}" }) { id } }`,
      {},
      as.agency,
    );
    expect(forged.errors?.[0]).toBeDefined();
    expect(forged.data?.diagnose ?? null).toBeNull();

    // An agence whose prescripteur face is no longer of kind Pôle emploi (the directory edited behind its back) does
    // not diagnose nor prescribe under another kind's rules.
    const edited = randomUUID();
    const [demo] = await database.db
      .select()
      .from(tables.users)
      .where(eq(tables.users.email, 'agence@demo.navette.fr'));
    const [someArea] = await database.db.select().from(tables.employmentAreas).limit(1);
    await database.db.insert(tables.agencies).values({
      id: edited,
      code: 'TEST-EDITED',
      name: 'Agence au répertoire modifié',
      departementCode: someArea!.departementCode,
      city: 'Testville',
    });
    const agent = randomUUID();
    await database.db.insert(tables.users).values({
      id: agent,
      email: 'agence-modifiee@test.navette.fr',
      displayName: 'Agent',
      passwordHash: demo!.passwordHash,
    });
    await database.db
      .insert(tables.memberships)
      .values({ userId: agent, role: 'AGENCY', organisationKind: 'AGENCY', organisationId: edited });
    const editedAgent = await signIn(url, 'agence-modifiee@test.navette.fr');
    const { recordPerson: own } = await ok<{ recordPerson: { id: string } }>(url, editedAgent, RECORD_PERSON, {
      input: { firstName: 'Eve', lastName: 'Repertoire', birthDate: '1979-09-09' },
    });
    await database.db
      .update(tables.prescriberOrganisations)
      .set({ kind: 'MISSION_LOCALE' })
      .where(eq(tables.prescriberOrganisations.id, edited));
    const borrowed = await graphql(
      url,
      DIAGNOSE,
      { input: { personId: own.id, criteria: ['SOC_HOUSING'], diagnosedOn: TODAY } },
      editedAgent,
    );
    expect(borrowed.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PRESCRIBER_UNKNOWN_TO_DIRECTORY',
    });
    const written = await database.db
      .select({ n: count() })
      .from(tables.eligibilityDiagnoses)
      .where(eq(tables.eligibilityDiagnoses.personId, own.id));
    expect(written[0]!.n).toBe(0);
    // A rename of that agence no longer passes for its face: the trigger refuses rather than leave it wrong.
    await expect(
      database.db.update(tables.agencies).set({ name: 'Agence renommée' }).where(eq(tables.agencies.id, edited)),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining('prescripteur of another kind') } });

    // Nor can the directory give an agence a Mission locale's id: its prescripteur face would be that Mission locale.
    const [area] = await database.db.select().from(tables.employmentAreas).limit(1);
    await expect(
      database.db.insert(tables.agencies).values({
        id: ORGS.prescriber,
        code: 'TEST-COLLISION',
        name: 'Agence à l’identifiant d’une Mission locale',
        departementCode: area!.departementCode,
        city: 'Dijon',
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining('prescripteur of another kind') } });
  });

  it('the same prescription, diagnosis or answer sent twenty times at once makes one row', async () => {
    const { recordPerson } = await ok<{ recordPerson: { id: string } }>(url, as.agency, RECORD_PERSON, {
      input: { firstName: 'Vingt', lastName: 'Fois', birthDate: '1988-08-08' },
    });
    const diagnosis = oneWinner(
      await burst(20, as.agency, DIAGNOSE, {
        input: { personId: recordPerson.id, criteria: ['PUB_QPV', 'SOC_HOUSING'], diagnosedOn: TODAY },
      }),
      'diagnose',
    );
    const prescription = oneWinner(
      await burst(20, as.agency, PRESCRIBE, {
        input: { personId: recordPerson.id, diagnosisId: diagnosis.id, siaeId: ORGS.siae, message: 'Vingt fois.' },
      }),
      'prescribe',
    );
    const prescriptions = await database.db
      .select({ n: count() })
      .from(tables.prescriptions)
      .where(and(eq(tables.prescriptions.personId, recordPerson.id), eq(tables.prescriptions.siaeId, ORGS.siae)));
    expect(prescriptions[0]!.n).toBe(1);
    expect(prescription.status).toBe('SENT');

    const { orientPerson } = await ok<{ orientPerson: { id: string } }>(
      url,
      as.siae,
      `mutation($input: OrientationInput!) { orientPerson(input: $input) { id } }`,
      {
        input: {
          prescriberOrganisationId: ORGS.agency,
          reason: 'Vingt réponses à la fois',
          person: { firstName: 'Vingt', lastName: 'Reponses', birthDate: '1992-02-02' },
        },
      },
    );
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        graphql(
          url,
          `
            mutation ($id: ID!) {
              acceptOrientation(id: $id) {
                id
                status
              }
            }
          `,
          { id: orientPerson.id },
          i % 2 ? as.agency : as.secondAgent,
        ),
      ),
    );
    expect(oneWinner(answers, 'acceptOrientation').status).toBe('ACCEPTED');
  });

  it('a backdated diagnosis: not before the person’s birth, nor before the accord, nor in the future', async () => {
    const { recordPerson } = await ok<{ recordPerson: { id: string } }>(url, as.agency, RECORD_PERSON, {
      input: { firstName: 'Date', lastName: 'Antidatee', birthDate: '2005-06-01' },
    });
    const diagnose = (diagnosedOn: string) =>
      graphql(url, DIAGNOSE, { input: { personId: recordPerson.id, criteria: ['SOC_AGE'], diagnosedOn } }, as.agency);
    const beforeBirth = await diagnose('2004-01-01');
    expect(beforeBirth.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DIAGNOSIS_BEFORE_BIRTH',
    });
    const beforeAccord = await diagnose('2016-12-07');
    expect(beforeAccord.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DIAGNOSIS_BEFORE_ACCORD',
    });
    const future = await diagnose('2026-11-24');
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (
        await database.db
          .select({ n: count() })
          .from(tables.eligibilityDiagnoses)
          .where(eq(tables.eligibilityDiagnoses.personId, recordPerson.id))
      )[0]!.n,
    ).toBe(0);
    // A diagnosis of last month recorded today is taken; the server keeps who recorded it and when.
    const { diagnose: lastMonth } = await ok<{ diagnose: { id: string } }>(url, as.agency, DIAGNOSE, {
      input: { personId: recordPerson.id, criteria: ['SOC_AGE'], diagnosedOn: '2026-10-20' },
    });
    const [row] = await database.db
      .select()
      .from(tables.eligibilityDiagnoses)
      .where(eq(tables.eligibilityDiagnoses.id, lastMonth.id));
    expect(row).toMatchObject({ diagnosedOn: '2026-10-20', prescriberOrganisationId: ORGS.agency });
    expect(row!.authorUserId).toBeTruthy();
    expect(row!.createdAt.getTime()).toBeGreaterThan(new Date('2026-10-21').getTime());
  });
});
