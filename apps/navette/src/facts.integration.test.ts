// Issue 13 through the gateway on a real PostgreSQL: the server owns the facts (receipt date), the extension look-up is
// no oracle, impossible facts are refused by the domain's reality checks, and a sortie ends the agrément and closes
// its pending requests. The clock is fixed at 23:30 UTC on Monday 23 November 2026: already Tuesday 24 in France.
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { approvalDecisionDeadline } from '@navette/domain';
import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import {
  ACCEPT,
  createOtherAccounts,
  DECIDE,
  ok,
  ORGS,
  prescribeSomeone,
  REQUEST,
  signIn,
} from './testing/parcours.js';

const TODAY = '2026-11-24'; // the day in France (domain dateInFrance)
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const as: Record<'prescriber' | 'siae' | 'agency' | 'newSiae' | 'otherSiae', Record<string, string>> = {} as never;
/** A SIAE of the same bassin (an AI), hiring under the demo SIAE's agréments by extension (annexe 4 §2.2.5). */
const NEW_SIAE = demoId('siae:25-BES:2');

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date('2026-11-23T23:30:00Z'),
  });
  url = navette.graphqlUrl;
  await createOtherAccounts(database.db);
  const [demo] = await database.db
    .select()
    .from(tables.users)
    .where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  const id = randomUUID();
  await database.db
    .insert(tables.users)
    .values({ id, email: 'ai@test.navette.fr', displayName: 'AI', passwordHash: demo!.passwordHash });
  await database.db
    .insert(tables.memberships)
    .values({ userId: id, role: 'SIAE', organisationKind: 'SIAE', organisationId: NEW_SIAE });
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    newSiae: await signIn(url, 'ai@test.navette.fr'),
    otherSiae: await signIn(url, 'autre-siae@test.navette.fr'),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const errorOf = (r: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.[0];

/** An agrément of the demo SIAE (EITI, Doubs) for a new person, granted today, without a contract yet. */
async function grantedApproval(lastName: string, contractStartOn = '2026-12-01') {
  const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, lastName);
  await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
  const { requestApproval } = await ok(url, as.siae, REQUEST, {
    input: { kind: 'INITIAL', prescriptionId: p.prescriptionId, contractStartOn },
  });
  const { decideApprovalRequest } = await ok(url, as.agency, DECIDE, { id: requestApproval.id, decision: 'GRANT' });
  const approval = decideApprovalRequest.resultingApproval as { id: string; number: string };
  return { ...p, approvalId: approval.id, number: approval.number };
}
const CONTRACT = `mutation($input: ContractInput!) { recordContract(input: $input) { id startOn endOn } }`;
const INTERVIEW = `mutation($input: ExitInterviewInput!) { recordExitInterview(input: $input) { id } }`;
const EXIT = `mutation($input: ExitInput!) { recordExit(input: $input) { id } }`;

describe('the receipt date is the server’s (annexe 4 §2.2.2: "après réception de la demande écrite complète")', () => {
  it('a request is received the day it reaches the platform, in France; a client’s date is refused; never born tacitly granted', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Reception');
    await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
    // "As last month": the API has no such field any more — refused, nothing filed.
    const backdated = await graphql(
      url,
      REQUEST,
      {
        input: {
          kind: 'INITIAL',
          prescriptionId: p.prescriptionId,
          contractStartOn: '2026-12-01',
          receivedOn: '2026-10-01',
        },
      },
      as.siae,
    );
    expect(backdated.errors?.length).toBeGreaterThan(0);
    const [none] = await database.db
      .select({ n: count() })
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.prescriptionId, p.prescriptionId));
    expect(none?.n).toBe(0);

    const filed = await ok(
      url,
      as.siae,
      `mutation($input: ApprovalRequestInput!) { requestApproval(input: $input) { id status receivedOn deadline workingDaysLeft } }`,
      {
        input: { kind: 'INITIAL', prescriptionId: p.prescriptionId, contractStartOn: '2026-12-01' },
      },
    );
    // 23:30 UTC on the 23rd is 00:30 on the 24th in Paris: the day in France, not the server's UTC day.
    expect(filed.requestApproval).toMatchObject({
      status: 'PENDING',
      receivedOn: TODAY,
      deadline: approvalDecisionDeadline({ receivedOn: TODAY, siaeKind: 'EITI', departement: '25' }),
      workingDaysLeft: 5,
    });
    const [row] = await database.db
      .select()
      .from(tables.approvalRequests)
      .where(eq(tables.approvalRequests.id, filed.requestApproval.id));
    expect(row).toMatchObject({ receivedOn: TODAY, status: 'PENDING' });
  });
});

describe('the extension look-up is no oracle (annexe 4 §2.2.5; issue 13)', () => {
  it('one answer for every refusal, each attempt audited; the person stays hidden until the extension is granted', async () => {
    const a = await grantedApproval('Lefèvre-Dupont', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-02-28' },
    });
    const extension = (factors: Record<string, unknown>, headers = as.newSiae) =>
      graphql(
        url,
        `
          mutation ($input: ApprovalRequestInput!) {
            requestApproval(input: $input) {
              id
              status
              person {
                lastName
                email
                phone
                rqth
              }
              approval {
                id
                person {
                  lastName
                }
              }
            }
          }
        `,
        { input: { kind: 'EXTENSION', contractStartOn: '2027-03-01', contractEndOn: '2027-08-31', ...factors } },
        headers,
      );
    const right = { approvalNumber: a.number, birthDate: '1985-03-14', surname: 'lef' };
    const audited = async () => {
      const rows = await database.db
        .select()
        .from(tables.auditEvents)
        .where(
          and(
            eq(tables.auditEvents.action, 'EXTENSION_LOOKUP'),
            inArray(tables.auditEvents.actorOrganisationId, [NEW_SIAE, ORGS.siae]),
          ),
        );
      return rows;
    };

    const attempts = [
      { ...right, approvalNumber: 'NV26ZZZZZZZZ' }, // unknown number
      { ...right, approvalNumber: a.number.slice(0, -1) + (a.number.endsWith('0') ? '1' : '0') }, // a neighbour
      { ...right, birthDate: '1985-03-15' }, // wrong birth date
      { ...right, surname: 'Dup' }, // wrong letters
      { ...right, surname: 'Le' }, // too few letters
      { ...right, contractStartOn: '2031-01-05', contractEndOn: '2031-02-05' }, // right factors, refused by the rules
    ];
    const answers = [];
    for (const attempt of attempts) answers.push(errorOf(await extension(attempt)));
    // The holder itself asking for an extension: refused by the rules (annexe 4 §2.2.1), same answer.
    answers.push(errorOf(await extension(right, as.siae)));
    for (const answer of answers) {
      expect(answer).toEqual(answers[0]);
    }
    expect(answers[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', reason: 'EXTENSION_LOOKUP_REFUSED' } });
    expect(answers[0]!.message).toMatch(/^Aucune extension n’est possible avec ces informations/);
    expect(JSON.stringify(answers[0])).not.toMatch(/20(26|27|28)|Lef|Alex/);
    const [filedNone] = await database.db
      .select({ n: count() })
      .from(tables.approvalRequests)
      .where(and(eq(tables.approvalRequests.approvalId, a.approvalId), eq(tables.approvalRequests.kind, 'EXTENSION')));
    expect(filedNone?.n).toBe(0);
    const refusedRows = await audited();
    expect(refusedRows).toHaveLength(attempts.length + 1);
    for (const row of refusedRows) {
      expect(row.details).toEqual({ outcome: 'REFUSED' });
      expect(row.subjectId).toBeNull();
    }

    // The right factors, and a request the rules accept: filed, audited with its agrément — the person still hidden.
    const filed = await extension({ ...right, surname: 'LEFEVRE' });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.requestApproval).toMatchObject({
      status: 'PENDING',
      person: null,
      approval: { id: a.approvalId, person: null },
    });
    const rows = await audited();
    expect(rows.filter((r) => (r.details as { outcome: string }).outcome === 'FILED')).toEqual([
      expect.objectContaining({ subjectType: 'Approval', subjectId: a.approvalId }),
    ]);
    const people = await ok(url, as.newSiae, `{ people { totalCount } }`);
    expect(people.people.totalCount).toBe(0);

    // Granted by the agence: the new employer now sees the person it hires.
    await ok(url, as.agency, DECIDE, { id: filed.data!.requestApproval.id, decision: 'GRANT' });
    const after = await ok(url, as.newSiae, `query($id: ID!) { approvalRequest(id: $id) { person { lastName } } }`, {
      id: filed.data!.requestApproval.id,
    });
    expect(after.approvalRequest.person).toEqual({ lastName: 'Lefèvre-Dupont' });
  });

  it('agrément numbers are drawn at random, not in sequence', async () => {
    const numbers = [(await grantedApproval('Hasard1')).number, (await grantedApproval('Hasard2')).number];
    for (const n of numbers) expect(n).toMatch(/^NV26[0-9A-HJKMNP-TV-Z]{8}$/);
    // Crockford base 32 (no I, L, O, U): parseInt's base 32 would misread W to Z.
    const tail = (n: string) =>
      [...n.slice(4)].reduce((v, c) => v * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(c), 0);
    expect(Math.abs(tail(numbers[0]!) - tail(numbers[1]!))).toBeGreaterThan(1);
  });
});

describe('reality checks of the domain, refused with a French message and a stable reason', () => {
  it('birth dates: no 1800, no child (Code du travail L.4153-1)', async () => {
    for (const birthDate of ['1800-01-01', '2015-06-01']) {
      const r = await graphql(
        url,
        `
          mutation ($input: PersonInput!) {
            recordPerson(input: $input) {
              id
            }
          }
        `,
        { input: { firstName: 'A', lastName: 'B', birthDate } },
        as.prescriber,
      );
      expect(errorOf(r)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'BIRTH_DATE_IMPLAUSIBLE' } });
      expect(errorOf(r)!.message).toMatch(/^La date de naissance .* n’est pas plausible/);
    }
  });

  it('contracts: kinds per SIAE kind, no end in 9999, no mise à disposition outside an AI (annexe 4 §2.2.8)', async () => {
    const a = await grantedApproval('Contrat');
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'CDDI', startOn: '2026-12-01', endOn: '9999-12-31' }, 'CONTRACT_TOO_LONG'],
      [{ kind: 'MISSION_ETTI', startOn: '2026-12-01' }, 'CONTRACT_KIND_NOT_FOR_SIAE'],
      [
        {
          kind: 'MISE_A_DISPOSITION_AI',
          startOn: '2026-12-01',
          endOn: '2026-12-31',
          aiSector: 'NON_MARCHAND',
          aiHours: 10,
        },
        'AI_PLACEMENT_NOT_AI',
      ],
    ];
    for (const [input, reason] of cases) {
      const r = await graphql(url, CONTRACT, { input: { approvalId: a.approvalId, ...input } }, as.siae);
      expect(errorOf(r)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    const [none] = await database.db
      .select({ n: count() })
      .from(tables.contracts)
      .where(eq(tables.contracts.approvalId, a.approvalId));
    expect(none?.n).toBe(0);
    // A SIAE may record a contract starting next week (the README's journey), and who recorded it is kept.
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2027-05-31' },
    });
    const [row] = await database.db
      .select()
      .from(tables.contracts)
      .where(eq(tables.contracts.approvalId, a.approvalId));
    expect(row?.recordedByUserId).toEqual(expect.any(String));
  });

  it('exits: not in the future, not without a contract (fiche 7)', async () => {
    const a = await grantedApproval('SortieFutur');
    const future = await graphql(
      url,
      EXIT,
      { input: { approvalId: a.approvalId, exitOn: '2027-01-15', outcome: 'DURABLE_JOB', skills: ['Accueil'] } },
      as.siae,
    );
    expect(errorOf(future)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXIT_IN_FUTURE' });
    const none = await graphql(
      url,
      EXIT,
      { input: { approvalId: a.approvalId, exitOn: TODAY, outcome: 'DURABLE_JOB', skills: ['Accueil'] } },
      as.siae,
    );
    expect(errorOf(none)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'EXIT_WITHOUT_CONTRACT' });
  });

  it('tripartite interviews: held (not planned), during a contract, in their window, once (fiche 7)', async () => {
    const upcoming = await grantedApproval('EntretienAvant');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: upcoming.approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2027-05-31' },
    });
    const interview = (approvalId: string, heldOn: string) =>
      graphql(
        url,
        INTERVIEW,
        { input: { approvalId, heldOn, assessment: 'Bilan partagé.', sendToReferent: true, sendToPrescriber: false } },
        as.siae,
      );
    expect(errorOf(await interview(upcoming.approvalId, '2027-03-01'))?.extensions).toMatchObject({
      reason: 'INTERVIEW_IN_FUTURE',
    });
    expect(errorOf(await interview(upcoming.approvalId, TODAY))?.extensions).toMatchObject({
      reason: 'INTERVIEW_BEFORE_CONTRACT',
    });

    // Hired in June, contract to 2028: an interview now is two years early.
    const long = await grantedApproval('EntretienTot', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: long.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2028-05-31' },
    });
    const early = errorOf(await interview(long.approvalId, '2026-11-20'));
    expect(early?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INTERVIEW_TOO_EARLY' });
    expect(early?.message).toMatch(/2 à 3 mois avant la fin/);

    // A contract ending on 31 January: the window is open; recorded once, the second is refused.
    const soon = await grantedApproval('EntretienFenetre', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: soon.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-01-31' },
    });
    expect((await interview(soon.approvalId, '2026-11-20')).errors).toBeUndefined();
    expect(errorOf(await interview(soon.approvalId, TODAY))?.extensions).toMatchObject({
      reason: 'INTERVIEW_ALREADY_RECORDED',
    });
    const [row] = await database.db
      .select()
      .from(tables.exitInterviews)
      .where(eq(tables.exitInterviews.approvalId, soon.approvalId));
    expect(row).toMatchObject({ heldOn: '2026-11-20', recordedByUserId: expect.any(String) });
  });

  it('suspensions need a reason of the list (annexe 4 §2.2.4)', async () => {
    const a = await grantedApproval('Suspension', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-05-31' },
    });
    const input = {
      kind: 'SUSPENSION',
      approvalId: a.approvalId,
      suspensionStartOn: '2026-12-07',
      suspensionEndOn: '2026-12-20',
    };
    expect(errorOf(await graphql(url, REQUEST, { input }, as.siae))?.extensions).toMatchObject({
      reason: 'SUSPENSION_REASON_UNKNOWN',
    });
    expect(
      errorOf(await graphql(url, REQUEST, { input: { ...input, suspensionReason: 'HOLIDAYS' } }, as.siae))?.extensions,
    ).toMatchObject({ reason: 'SUSPENSION_REASON_UNKNOWN' });
    const reasons = await ok(url, as.siae, `{ suspensionReasons { code label } }`);
    expect(reasons.suspensionReasons.map((r: { code: string }) => r.code)).toContain('SICKNESS');
  });
});

describe('the employment use cases (contracts, interview, sortie): hostile inputs refused by reason, nothing written', () => {
  const PLAN = `mutation($input: ExitInterviewPlanInput!) { planExitInterview(input: $input) { id } }`;
  const interviewInput = (approvalId: string, heldOn: string) => ({
    approvalId,
    heldOn,
    assessment: 'Bilan partagé.',
    sendToReferent: true,
    sendToPrescriber: false,
  });
  const exitInput = (approvalId: string, exitOn: string) => ({
    approvalId,
    exitOn,
    outcome: 'DURABLE_JOB',
    skills: ['Accueil'],
  });
  const written = async (approvalId: string) => {
    const [contracts, interviews, exits, approval] = await Promise.all([
      database.db.select({ n: count() }).from(tables.contracts).where(eq(tables.contracts.approvalId, approvalId)),
      database.db
        .select({ n: count() })
        .from(tables.exitInterviews)
        .where(eq(tables.exitInterviews.approvalId, approvalId)),
      database.db.select({ n: count() }).from(tables.exits).where(eq(tables.exits.approvalId, approvalId)),
      database.db.select().from(tables.approvals).where(eq(tables.approvals.id, approvalId)),
    ]);
    return {
      contracts: contracts[0]!.n,
      interviews: interviews[0]!.n,
      exits: exits[0]!.n,
      plannedOn: approval[0]!.exitInterviewPlannedOn,
      endOn: approval[0]!.endOn,
    };
  };

  it('another SIAE’s agrément is not found, whatever it asks, and nothing is written', async () => {
    const a = await grantedApproval('AutreSiae', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-01-31' },
    });
    const before = await written(a.approvalId);
    const attempts = [
      graphql(
        url,
        CONTRACT,
        { input: { approvalId: a.approvalId, kind: 'MISSION_ETTI', startOn: '2026-12-01', endOn: '2027-01-31' } },
        as.otherSiae,
      ),
      graphql(url, PLAN, { input: { approvalId: a.approvalId, plannedOn: '2026-12-10' } }, as.otherSiae),
      graphql(url, INTERVIEW, { input: interviewInput(a.approvalId, '2026-11-20') }, as.otherSiae),
      graphql(url, EXIT, { input: exitInput(a.approvalId, TODAY) }, as.otherSiae),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(errorOf(answer)?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    }
    expect(await written(a.approvalId)).toEqual(before);
    expect(before).toMatchObject({ contracts: 1, interviews: 0, exits: 0, plannedOn: null });
  });

  it('a sortie tomorrow (in France) is refused; a contract outside the agrément or with AI details is refused by reason', async () => {
    const a = await grantedApproval('SortieDemain', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-05-31' },
    });
    const before = await written(a.approvalId);
    // 23:30 UTC on 23 November is already the 24th in France: the 25th is tomorrow.
    expect(
      errorOf(await graphql(url, EXIT, { input: exitInput(a.approvalId, '2026-11-25') }, as.siae))?.extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'EXIT_IN_FUTURE',
    });
    const outside = errorOf(
      await graphql(
        url,
        CONTRACT,
        { input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2029-01-07', endOn: '2029-06-30' } },
        as.siae,
      ),
    );
    expect(outside?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONTRACT_OUTSIDE_APPROVAL',
      field: 'Début du contrat',
    });
    const aiDetails = errorOf(
      await graphql(
        url,
        CONTRACT,
        { input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-12-01', aiHours: 10 } },
        as.siae,
      ),
    );
    expect(aiDetails?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AI_DETAILS_WITHOUT_PLACEMENT' });
    const reversed = errorOf(
      await graphql(
        url,
        CONTRACT,
        { input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2026-11-30' } },
        as.siae,
      ),
    );
    expect(reversed?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONTRACT_DATES_OUT_OF_ORDER',
      field: 'Fin du contrat',
    });
    expect(await written(a.approvalId)).toEqual(before);
  });

  it('an interview recorded twice at once, or a sortie, is written once; after the sortie no interview is planned', async () => {
    const a = await grantedApproval('EntretienDouble', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-01-31' },
    });
    // Two days, so that the natural key (approval, SIAE, day) cannot be what keeps the second out: the lock on the
    // agrément makes the second wait and then see the first (domain: once per end).
    const interviews = await Promise.all(
      ['2026-11-20', '2026-11-23'].map((heldOn) =>
        graphql(url, INTERVIEW, { input: interviewInput(a.approvalId, heldOn) }, as.siae),
      ),
    );
    expect(interviews.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(interviews.map((r) => errorOf(r)?.extensions?.['reason']).filter(Boolean)).toEqual([
      'INTERVIEW_ALREADY_RECORDED',
    ]);
    expect((await written(a.approvalId)).interviews).toBe(1);

    const exits = await Promise.all(
      [0, 1].map(() => graphql(url, EXIT, { input: exitInput(a.approvalId, TODAY) }, as.siae)),
    );
    expect(exits.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(exits.map((r) => errorOf(r)?.extensions).filter(Boolean)).toEqual([
      expect.objectContaining({ code: 'CONFLICT', reason: 'EXIT_ALREADY_RECORDED' }),
    ]);
    expect((await written(a.approvalId)).exits).toBe(1);
    expect(
      errorOf(await graphql(url, PLAN, { input: { approvalId: a.approvalId, plannedOn: '2026-12-10' } }, as.siae))
        ?.extensions,
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'EXIT_ALREADY_RECORDED',
    });
  });

  it('a decision deadline asked for a receipt before the accord is refused by reason (annexe 4 §2.2.2)', async () => {
    const r = await graphql(
      url,
      `{ siae(id: "${ORGS.siae}") { approvalDecisionDeadline(receivedOn: "2016-12-07") } }`,
      {},
      as.siae,
    );
    expect(errorOf(r)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RECEIPT_BEFORE_RULE',
      field: 'receivedOn',
    });
  });
});

describe('after a sortie (fiche 7): the agrément is ended, its pending requests closed with a reason both sides read', () => {
  it('ends the agrément and takes its pending suspension out of the agence’s inbox', async () => {
    const a = await grantedApproval('Sortie', '2026-06-01');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId: a.approvalId, kind: 'CDDI', startOn: '2026-06-01', endOn: '2027-05-31' },
    });
    const { requestApproval } = await ok(url, as.siae, REQUEST, {
      input: {
        kind: 'SUSPENSION',
        approvalId: a.approvalId,
        suspensionStartOn: '2026-12-07',
        suspensionEndOn: '2026-12-20',
        suspensionReason: 'SICKNESS',
      },
    });
    const INBOX = `{ approvalRequests(status: PENDING, first: 100) { edges { node { id } } } }`;
    const inbox = async () =>
      (await ok(url, as.agency, INBOX)).approvalRequests.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await inbox()).toContain(requestApproval.id);

    await ok(url, as.siae, EXIT, {
      input: { approvalId: a.approvalId, exitOn: TODAY, outcome: 'DURABLE_JOB', skills: ['Accueil du public'] },
    });
    const VIEW = `query($id: ID!) { approval(id: $id) { status alerts requests { id status statusLabel closedOn closedReason } } }`;
    for (const side of [as.siae, as.agency]) {
      const { approval } = await ok(url, side, VIEW, { id: a.approvalId });
      expect(approval.status).toBe('ENDED');
      expect(approval.requests.find((r: { id: string }) => r.id === requestApproval.id)).toEqual({
        id: requestApproval.id,
        status: 'CLOSED',
        statusLabel: 'Close sans décision',
        closedOn: TODAY,
        closedReason:
          'Demande close sans décision : la sortie du parcours a été enregistrée au 24/11/2026 (fiche 7), la demande n’a plus d’objet.',
      });
    }
    expect(await inbox()).not.toContain(requestApproval.id);
    const decide = await graphql(url, DECIDE, { id: requestApproval.id, decision: 'GRANT' }, as.agency);
    expect(errorOf(decide)?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'APPROVAL_REQUEST_ALREADY_DECIDED',
      status: 'CLOSED',
    });
    const [exit] = await database.db.select().from(tables.exits).where(eq(tables.exits.approvalId, a.approvalId));
    expect(exit?.recordedByUserId).toEqual(expect.any(String));
  });
});
