// L'orientation (issue 18 §1; accord, annexe 4 §3: "pouvant être réalisée par tous les acteurs accueillant du public")
// end to end through the gateway on a real PostgreSQL, and the separation of duties on the agrément (seed 004; fiche 4).
// Each role acts with its own token; the hostile cases are tried: another organisation's ids, a decline without a
// reason, the same orientation twice and at once, two answers at once. The clock is fixed on Monday 23 November 2026.
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { randomUUID } from 'node:crypto';
import { and, count, eq, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import {
  DECIDE,
  DIAGNOSE,
  PRESCRIBE,
  createOtherAccounts,
  ok,
  ORGS,
  pendingInitialRequest,
  signIn,
} from './testing/parcours.js';

const TODAY = '2026-11-23';
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
type Caller =
  'prescriber' | 'otherPrescriber' | 'lapsedPrescriber' | 'siae' | 'otherSiae' | 'agency' | 'secondAgent' | 'steering';
const as = {} as Record<Caller, Record<string, string>>;
let lapsedPrescriberId: string;

/** A user of `organisationId`, with the demo password (test database only). */
async function addAccount(email: string, role: 'PRESCRIBER' | 'AGENCY', organisationId: string): Promise<string> {
  const [demo] = await database.db
    .select()
    .from(tables.users)
    .where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  const id = randomUUID();
  await database.db.insert(tables.users).values({ id, email, displayName: email, passwordHash: demo!.passwordHash });
  await database.db.insert(tables.memberships).values({
    userId: id,
    role,
    organisationKind: role === 'AGENCY' ? 'AGENCY' : 'PRESCRIBER_ORGANISATION',
    organisationId,
  });
  return email;
}

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true, // ad-hoc documents with users' tokens
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date(`${TODAY}T09:00:00Z`),
  });
  url = navette.graphqlUrl;
  const other = await createOtherAccounts(database.db);
  // The demo data's CCAS whose habilitation by the préfet has lapsed (one per département): it still receives the
  // public, so it orients, but no longer prescribes.
  const [lapsed] = await database.db
    .select({ id: tables.prescriberOrganisations.id })
    .from(tables.prescriberOrganisations)
    .where(
      and(
        eq(tables.prescriberOrganisations.departementCode, '25'),
        lt(tables.prescriberOrganisations.habilitationEndOn, TODAY),
      ),
    )
    .limit(1);
  lapsedPrescriberId = lapsed!.id;
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    otherPrescriber: await signIn(url, 'habilite@demo.navette.fr'),
    lapsedPrescriber: await signIn(
      url,
      await addAccount('ccas-non-habilite@test.navette.fr', 'PRESCRIBER', lapsedPrescriberId),
    ),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    otherSiae: await signIn(url, other.otherSiae),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    secondAgent: await signIn(url, await addAccount('agence-collegue@test.navette.fr', 'AGENCY', ORGS.agency)),
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const ORIENT = `mutation($input: OrientationInput!) { orientPerson(input: $input) {
  id status originKind originKindLabel originOrganisationName sentByMe reason person { id firstName lastName }
  prescriberOrganisation { id name }
} }`;
const ACCEPT_ORIENTATION = `mutation($id: ID!) { acceptOrientation(id: $id) { id status statusLabel answeredAt } }`;
const DECLINE_ORIENTATION = `mutation($id: ID!, $reason: String!) { declineOrientation(id: $id, reason: $reason) {
  id status declineReason person { id }
} }`;
const ORIENTATION = `query($id: ID!) { orientation(id: $id) {
  id status reason declineReason originKind originOrganisationName sentByMe person { lastName }
} }`;
const RECEIVED = `query($status: OrientationStatus, $first: Int, $after: String) {
  orientations(direction: RECEIVED, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status originKind person { lastName } } }
  }
}`;

let people = 0;
const newcomer = (lastName = `Orientee${++people}`) => ({
  firstName: 'Sam',
  lastName,
  birthDate: '1990-04-12',
  phone: '0601020304',
});

type Answer = { orientPerson: { id: string; status: string; person: { id: string } } & Record<string, unknown> };
async function orient(caller: Caller, target: string, person = newcomer(), reason = 'Premier repérage en accueil') {
  const data = await ok<Answer>(url, as[caller], ORIENT, {
    input: { person, prescriberOrganisationId: target, reason },
  });
  return data.orientPerson;
}

describe('orientation towards a prescripteur (annexe 4 §3)', () => {
  it('a SIAE orients a person; the prescripteur sees it received, accepts, diagnoses and prescribes; the record shows who oriented', async () => {
    const sent = await ok<Answer>(url, as.siae, ORIENT, {
      input: {
        person: newcomer('Parcours'),
        prescriberOrganisationId: ORGS.prescriber,
        reason: '  Sans emploi depuis 18 mois, pas de qualification  ',
      },
    });
    expect(sent.orientPerson).toMatchObject({
      status: 'PENDING',
      originKind: 'SIAE',
      originKindLabel: 'SIAE',
      sentByMe: true,
      reason: 'Sans emploi depuis 18 mois, pas de qualification',
      person: { firstName: 'Sam', lastName: 'Parcours' },
      prescriberOrganisation: { id: ORGS.prescriber },
    });
    const id = sent.orientPerson.id;
    const personId = sent.orientPerson.person.id;

    const received = await ok(url, as.prescriber, RECEIVED, { status: 'PENDING', first: 50 });
    const mine = received.orientations.edges.find((e: { node: { id: string } }) => e.node.id === id);
    expect(mine?.node).toMatchObject({ status: 'PENDING', originKind: 'SIAE', person: { lastName: 'Parcours' } });
    const seen = await ok(url, as.prescriber, ORIENTATION, { id });
    expect(seen.orientation).toMatchObject({
      sentByMe: false,
      originOrganisationName: expect.stringMatching(/Indépendants Solidaires/),
    });

    const accepted = await ok(url, as.prescriber, ACCEPT_ORIENTATION, { id });
    expect(accepted.acceptOrientation).toMatchObject({
      status: 'ACCEPTED',
      statusLabel: 'Acceptée par le prescripteur',
    });
    expect(accepted.acceptOrientation.answeredAt).toBeTruthy();

    // Accepted: the prescripteur diagnoses the person it did not record, then prescribes (fiche 4).
    const { diagnose } = await ok(url, as.prescriber, DIAGNOSE, {
      input: { personId, criteria: ['PUB_DELD_12_MONTHS'], diagnosedOn: TODAY },
    });
    const { prescribe } = await ok(url, as.prescriber, PRESCRIBE, {
      input: { personId, diagnosisId: diagnose.id, siaeId: ORGS.siae, message: 'Suite à votre orientation.' },
    });
    expect(prescribe.status).toBe('SENT');

    const record = await ok(
      url,
      as.prescriber,
      `query($id: ID!) { person(id: $id) { lastName orientations { status originKind originOrganisationName reason } } }`,
      { id: personId },
    );
    expect(record.person.orientations).toEqual([
      {
        status: 'ACCEPTED',
        originKind: 'SIAE',
        originOrganisationName: expect.stringMatching(/Indépendants Solidaires/),
        reason: 'Sans emploi depuis 18 mois, pas de qualification',
      },
    ]);
    // The SIAE sees its orientation answered.
    const back = await ok(url, as.siae, ORIENTATION, { id });
    expect(back.orientation).toMatchObject({ status: 'ACCEPTED', sentByMe: true });
    // The prescripteur's read of the person is audited (the SIAE recorded them); the orientation and answer too.
    const actions = await database.db
      .select({ action: tables.auditEvents.action })
      .from(tables.auditEvents)
      .where(eq(tables.auditEvents.subjectId, id));
    expect(actions.map((a) => a.action).sort()).toEqual(['ORIENTATION_ACCEPTED', 'PERSON_ORIENTED']);
  });

  it('the agence orients (counted as Pôle emploi); the prescripteur declines with a reason, then no longer sees the person', async () => {
    const sent = await orient('agency', ORGS.prescriber, newcomer('Declinee'));
    expect(sent.originKind).toBe('POLE_EMPLOI');
    const without = await graphql(url, DECLINE_ORIENTATION, { id: sent.id, reason: '   ' }, as.prescriber);
    expect(without.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ORIENTATION_REASON_REQUIRED',
    });
    const declined = await ok(url, as.prescriber, DECLINE_ORIENTATION, {
      id: sent.id,
      reason: 'Personne hors de notre secteur : à orienter vers la Mission locale de Besançon',
    });
    expect(declined.declineOrientation).toMatchObject({ status: 'DECLINED', person: null });
    expect(
      (await ok(url, as.prescriber, `query($id: ID!) { person(id: $id) { id } }`, { id: sent.person.id })).person,
    ).toBeNull();
    const back = await ok(url, as.agency, ORIENTATION, { id: sent.id });
    expect(back.orientation).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Personne hors de notre secteur : à orienter vers la Mission locale de Besançon',
      person: { lastName: 'Declinee' },
    });
    const again = await graphql(url, ACCEPT_ORIENTATION, { id: sent.id }, as.prescriber);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORIENTATION_ALREADY_ANSWERED' });
  });

  it('an organisation that may not prescribe (a CCAS whose habilitation lapsed) orients, counted apart; it is no target', async () => {
    const sent = await orient('lapsedPrescriber', ORGS.prescriber, newcomer('Ccas'));
    expect(sent.originKind).toBe('OTHER');
    const toLapsed = await graphql(
      url,
      ORIENT,
      { input: { person: newcomer(), prescriberOrganisationId: lapsedPrescriberId, reason: 'Repérage' } },
      as.siae,
    );
    expect(toLapsed.errors?.[0]?.extensions).toMatchObject({ reason: 'ORIENTATION_TARGET_CANNOT_PRESCRIBE' });
    const toItself = await graphql(
      url,
      ORIENT,
      { input: { person: newcomer(), prescriberOrganisationId: ORGS.prescriber, reason: 'Repérage' } },
      as.prescriber,
    );
    expect(toItself.errors?.[0]?.extensions).toMatchObject({ reason: 'ORIENTATION_TO_ITSELF' });
  });

  it('another organisation: its ids are unknown, it cannot answer, read or orient someone it does not see', async () => {
    const sent = await orient('siae', ORGS.prescriber, newcomer('Confidentielle'));
    // Another prescripteur, another SIAE, an agence elsewhere: the orientation does not exist for them.
    for (const outsider of ['otherPrescriber', 'otherSiae'] as const) {
      const read = await graphql(url, ORIENTATION, { id: sent.id }, as[outsider]);
      expect(read.errors).toBeUndefined();
      expect(read.data?.orientation).toBeNull();
      const person = await graphql(
        url,
        `
          query ($id: ID!) {
            person(id: $id) {
              id
            }
          }
        `,
        { id: sent.person.id },
        as[outsider],
      );
      expect(person.data?.person).toBeNull();
    }
    const answer = await graphql(url, ACCEPT_ORIENTATION, { id: sent.id }, as.otherPrescriber);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ORIENTATION_NOT_FOUND' });
    const forged = await graphql(url, ACCEPT_ORIENTATION, { id: 'not-a-uuid' }, as.prescriber);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
    const unknown = await graphql(url, ACCEPT_ORIENTATION, { id: randomUUID() }, as.prescriber);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ORIENTATION_NOT_FOUND' });
    // The orienting SIAE may not answer its own orientation (no orientations:answer scope).
    const ownAnswer = await graphql(url, ACCEPT_ORIENTATION, { id: sent.id }, as.siae);
    expect(ownAnswer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Orienting another SIAE's person by id: unknown to the caller.
    const stolen = await graphql(
      url,
      ORIENT,
      { input: { personId: sent.person.id, prescriberOrganisationId: ORGS.prescriber, reason: 'Repérage' } },
      as.otherSiae,
    );
    expect(stolen.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSON_NOT_FOUND' });
    const unknownTarget = await graphql(
      url,
      ORIENT,
      { input: { person: newcomer(), prescriberOrganisationId: ORGS.siae, reason: 'Repérage' } },
      as.agency,
    );
    expect(unknownTarget.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PRESCRIBER_NOT_FOUND' });
    // Neither a person nor an identity, or both.
    const neither = await graphql(
      url,
      ORIENT,
      { input: { prescriberOrganisationId: ORGS.prescriber, reason: 'R' } },
      as.siae,
    );
    expect(neither.errors?.[0]?.extensions).toMatchObject({ reason: 'PERSON_OR_IDENTITY_REQUIRED' });
    const noReason = await graphql(
      url,
      ORIENT,
      { input: { person: newcomer(), prescriberOrganisationId: ORGS.prescriber, reason: ' ' } },
      as.siae,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ reason: 'ORIENTATION_REASON_REQUIRED' });
    // The comité does not receive the public.
    const steering = await graphql(
      url,
      ORIENT,
      { input: { person: newcomer(), prescriberOrganisationId: ORGS.prescriber, reason: 'R' } },
      as.steering,
    );
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the same orientation twice, and twice at once, is one orientation (and one person)', async () => {
    const person = newcomer('Doublon');
    const first = await orient('siae', ORGS.prescriber, person);
    const second = await orient('siae', ORGS.prescriber, { ...person, lastName: 'DOUBLON' });
    expect(second.id).toBe(first.id);
    const atOnce = newcomer('Simultanee');
    const both = await Promise.all([1, 2, 3].map(() => orient('agency', ORGS.prescriber, atOnce)));
    expect(new Set(both.map((o) => o.id)).size).toBe(1);
    const [rows] = await database.db
      .select({ n: count() })
      .from(tables.orientations)
      .where(eq(tables.orientations.personId, both[0]!.person.id));
    expect(rows!.n).toBe(1);
    const [persons] = await database.db
      .select({ n: count() })
      .from(tables.people)
      .where(and(eq(tables.people.lastName, 'Simultanee'), eq(tables.people.createdByOrganisationId, ORGS.agency)));
    expect(persons!.n).toBe(1);
  });

  it('two answers at once: one is recorded, the other is told it was given', async () => {
    const sent = await orient('siae', ORGS.prescriber, newcomer('Concurrente'));
    const [a, b] = await Promise.all([
      graphql(url, ACCEPT_ORIENTATION, { id: sent.id }, as.prescriber),
      graphql(url, DECLINE_ORIENTATION, { id: sent.id, reason: 'Pas de place' }, as.prescriber),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]?.extensions?.reason : 'OK')).sort();
    expect(outcomes).toEqual(['OK', 'ORIENTATION_ALREADY_ANSWERED']);
  });

  it('lists are paginated and each side sees its own', async () => {
    const page1 = await ok(url, as.prescriber, RECEIVED, { first: 2 });
    expect(page1.orientations.edges).toHaveLength(2);
    expect(page1.orientations.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(url, as.prescriber, RECEIVED, { first: 2, after: page1.orientations.pageInfo.endCursor });
    const ids1 = page1.orientations.edges.map((e: { node: { id: string } }) => e.node.id);
    for (const e of page2.orientations.edges) expect(ids1).not.toContain(e.node.id);
    const sentBySiae = await ok(
      url,
      as.siae,
      `{ orientations(direction: SENT, first: 100) { totalCount edges { node { sentByMe } } } }`,
    );
    expect(sentBySiae.orientations.totalCount).toBeGreaterThan(0);
    expect(sentBySiae.orientations.edges.every((e: { node: { sentByMe: boolean } }) => e.node.sentByMe)).toBe(true);
    const receivedBySiae = await ok(url, as.siae, `{ orientations(direction: RECEIVED) { totalCount } }`);
    expect(receivedBySiae.orientations.totalCount).toBe(0);
  });

  it('the comité counts orientations by origin, masked below 5, for whole published periods', async () => {
    for (let i = 0; i < 5; i++) await orient('agency', ORGS.otherPrescriber, newcomer(`Compte${i}`));
    const stats = await ok(
      url,
      as.steering,
      // Every year: the orientations are dated by the database's clock, not the test's fixed day.
      `{ orientationStatistics {
        rows { departement { code } originKind orientations accepted declined }
        byOrigin { originKind originKindLabel orientations }
      } }`,
    );
    // Every published count is the true one and never a small one; the small ones (the CCAS's single OTHER) are
    // masked, with enough others that none can be recovered from the margins (secondary suppression).
    const truth = await database.db
      .select({
        departement: tables.orientations.departementCode,
        originKind: tables.orientations.originKind,
        n: count(),
      })
      .from(tables.orientations)
      .groupBy(tables.orientations.departementCode, tables.orientations.originKind);
    type Row = { departement: { code: string }; originKind: string; orientations: number | null };
    for (const row of stats.orientationStatistics.rows as Row[]) {
      const real = truth.find((t) => t.departement === row.departement.code && t.originKind === row.originKind)!.n;
      if (row.orientations === null) continue;
      expect(row.orientations).toBe(real);
      expect(row.orientations === 0 || row.orientations >= 5).toBe(true);
    }
    const other = stats.orientationStatistics.byOrigin.find((x: { originKind: string }) => x.originKind === 'OTHER');
    expect(other).toMatchObject({
      orientations: null,
      originKindLabel: 'Autre acteur accueillant du public (non habilité)',
    });
    for (const origin of stats.orientationStatistics.byOrigin as {
      originKind: string;
      orientations: number | null;
    }[]) {
      const real = truth.filter((t) => t.originKind === origin.originKind).reduce((sum, t) => sum + t.n, 0);
      if (real > 0 && real < 5) expect(origin.orientations).toBeNull();
      if (origin.orientations !== null) expect(origin.orientations).toBe(real);
    }
    const masked = (stats.orientationStatistics.rows as Row[]).filter((r) => r.orientations === null);
    expect(masked.length === 0 || masked.length >= 2).toBe(true);
    const odd = await graphql(
      url,
      `
        {
          orientationStatistics(from: "2026-11-05", to: "2026-11-20") {
            rows {
              orientations
            }
          }
        }
      `,
      {},
      as.steering,
    );
    expect(odd.errors?.[0]?.extensions).toMatchObject({ reason: 'PERIOD_NOT_PUBLISHED' });
    const month = await ok(
      url,
      as.steering,
      `{ orientationStatistics(from: "2026-10-01", to: "2026-10-31") { rows { orientations } } }`,
    );
    expect(month.orientationStatistics.rows).toEqual([]);
    const prescriber = await graphql(
      url,
      `
        {
          orientationStatistics {
            rows {
              orientations
            }
          }
        }
      `,
      {},
      as.prescriber,
    );
    expect(prescriber.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('separation of duties on the agrément (seed 004: Pôle emploi "orienteur, prescripteur et organisme d\'agrémentation"; fiche 4)', () => {
  // Here the author of the Mission locale's diagnosis or prescription is set to the deciding agent in the database;
  // agency-prescriber.integration.test.ts has an agent who prescribed through the API (issue 18 §2).
  async function agentId(email: string): Promise<string> {
    const [user] = await database.db
      .select({ id: tables.users.id })
      .from(tables.users)
      .where(eq(tables.users.email, email));
    return user!.id;
  }

  it('the agent who diagnosed or prescribed the person does not decide the agrément; a colleague does', async () => {
    const pending = await pendingInitialRequest(url, { prescriber: as.prescriber, siae: as.siae });
    const agent = await agentId('agence@demo.navette.fr');
    await database.db
      .update(tables.eligibilityDiagnoses)
      .set({ authorUserId: agent })
      .where(eq(tables.eligibilityDiagnoses.id, pending.diagnosisId));
    const diagnosed = await graphql(url, DECIDE, { id: pending.requestId, decision: 'GRANT' }, as.agency);
    expect(diagnosed.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DECIDER_DIAGNOSED_THIS_PERSON',
    });
    await database.db
      .update(tables.prescriptions)
      .set({ prescriberUserId: agent })
      .where(eq(tables.prescriptions.id, pending.prescriptionId));
    const prescribed = await graphql(url, DECIDE, { id: pending.requestId, decision: 'GRANT' }, as.agency);
    expect(prescribed.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DECIDER_PRESCRIBED_THIS_PERSON',
    });
    // Nothing was decided; another agent of the same agence decides.
    const [still] = await database.db
      .select({ status: tables.approvalRequests.status })
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, pending.requestId));
    expect(still!.status).toBe('PENDING');
    const granted = await ok(url, as.secondAgent, DECIDE, { id: pending.requestId, decision: 'GRANT' });
    expect(granted.decideApprovalRequest.status).toBe('GRANTED');
  });

  it('nor the appeal against its refusal', async () => {
    const pending = await pendingInitialRequest(url, { prescriber: as.prescriber, siae: as.siae });
    await ok(url, as.secondAgent, DECIDE, {
      id: pending.requestId,
      decision: 'REFUSE',
      reason: 'NEW_INFORMATION',
      comment: 'Éléments nouveaux',
    });
    await ok(url, as.siae, `mutation($id: ID!) { appealApprovalRefusal(id: $id, text: "Recours motivé") { id } }`, {
      id: pending.requestId,
    });
    await database.db
      .update(tables.eligibilityDiagnoses)
      .set({ authorUserId: await agentId('agence@demo.navette.fr') })
      .where(eq(tables.eligibilityDiagnoses.id, pending.diagnosisId));
    const APPEAL = `mutation($id: ID!) { decideAppeal(id: $id, upheld: true) { appeal { status } } }`;
    const refused = await graphql(url, APPEAL, { id: pending.requestId }, as.agency);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'DECIDER_DIAGNOSED_THIS_PERSON',
    });
    const upheld = await ok(url, as.secondAgent, APPEAL, { id: pending.requestId });
    expect(upheld.decideAppeal.appeal.status).toBe('UPHELD');
  });
});
