// Each rule once (issue 13 §4): a request's status and "past its deadline" read from the deadline stored at receipt by
// every reader (resolvers, lists, statistics, the documents check, the tacit-grant job), the SQL of those readers
// checked against the domain; the alerts of an agrément with the exit-interview window of exitInterviewsDue; the
// tripartite interview planned ahead, then recorded once held (fiche 7).
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { APPROVAL_REQUEST_STATUSES, addDays, approvalRequestStatusOn } from '@navette/domain';
import { applyTacitGrants, requestStatusIs, requestStatusSql } from '@navette/subgraph-parcours';
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
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

const TODAY = '2026-11-24'; // the day in France
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const as: Record<'prescriber' | 'siae' | 'agency' | 'newSiae', Record<string, string>> = {} as never;
const NEW_SIAE = demoId('siae:25-BES:2');

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
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
    .values({ id, email: 'ai-rules@test.navette.fr', displayName: 'AI', passwordHash: demo!.passwordHash });
  await database.db
    .insert(tables.memberships)
    .values({ userId: id, role: 'SIAE', organisationKind: 'SIAE', organisationId: NEW_SIAE });
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    newSiae: await signIn(url, 'ai-rules@test.navette.fr'),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const reasonOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.['reason'];
const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.['code'];

async function filedRequest(lastName: string) {
  const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, lastName);
  await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
  const { requestApproval } = await ok(url, as.siae, REQUEST, {
    input: { kind: 'INITIAL', prescriptionId: p.prescriptionId, contractStartOn: '2026-12-01' },
  });
  return requestApproval.id as string;
}

async function grantedApproval(lastName: string) {
  const id = await filedRequest(lastName);
  const { decideApprovalRequest } = await ok(url, as.agency, DECIDE, { id, decision: 'GRANT' });
  return (decideApprovalRequest.resultingApproval as { id: string }).id;
}

const STATUS = `query($id: ID!) { approvalRequest(id: $id) { status workingDaysLeft } }`;
const LIST = `query($status: ApprovalRequestStatus) { approvalRequests(status: $status, first: 100) { totalCount edges { node { id } } } }`;
const STATS = `{ approvalStatistics { rows { tacitlyGranted pending } } }`;
const ADD_DOCUMENTS = `mutation($id: ID!, $documents: [DocumentUpload!]!) { addApprovalRequestDocuments(id: $id, documents: $documents) { id } }`;
const PDF = {
  fileName: 'piece.pdf',
  contentType: 'application/pdf',
  dataBase64: Buffer.from('%PDF-1.4 test').toString('base64'),
};

describe('"past its deadline": the deadline stored at receipt decides, for every reader (annexe 4 §2.2.2)', () => {
  it('a request received today whose stored deadline has passed is acquired for the resolver, the lists, the statistics, the documents check and the job', async () => {
    const id = await filedRequest('Echeance');
    // Received Thursday 19 November: 5 working days from the receipt give Thursday 26 (still pending today for the old
    // receipt-based resolver); the deadline stored at receipt says Friday 20 (as a rule then in force, e.g. an ETTI's
    // delay, would have): past. The stored deadline is the fact (computed once, at receipt).
    await database.db
      .update(tables.approvalRequests)
      .set({ receivedOn: '2026-11-19', deadline: '2026-11-20' })
      .where(eq(tables.approvalRequests.id, id));

    const { approvalRequest } = await ok(url, as.siae, STATUS, { id });
    expect(approvalRequest).toEqual({ status: 'TACITLY_GRANTED', workingDaysLeft: null });
    const ids = async (status: string) =>
      ((await ok(url, as.siae, LIST, { status })).approvalRequests.edges as { node: { id: string } }[]).map(
        (e) => e.node.id,
      );
    expect(await ids('TACITLY_GRANTED')).toContain(id);
    expect(await ids('PENDING')).not.toContain(id);
    // The SIAE's own statistics count what its lists show.
    const stats = (await ok(url, as.siae, STATS)).approvalStatistics.rows as {
      tacitlyGranted: number;
      pending: number;
    }[];
    const sum = (field: 'tacitlyGranted' | 'pending') => stats.reduce((n, row) => n + row[field], 0);
    expect(sum('tacitlyGranted')).toBe(
      (await ok(url, as.siae, LIST, { status: 'TACITLY_GRANTED' })).approvalRequests.totalCount,
    );
    expect(sum('pending')).toBe((await ok(url, as.siae, LIST, { status: 'PENDING' })).approvalRequests.totalCount);
    // No more documents on an acquired request.
    const late = await graphql(url, ADD_DOCUMENTS, { id, documents: [PDF] }, as.siae);
    expect(codeOf(late)).toBe('CONFLICT');
    // The job grants it (it skipped such a request when it judged from the receipt).
    expect(await applyTacitGrants(database.db, TODAY)).toBeGreaterThanOrEqual(1);
    const [row] = await database.db.select().from(tables.approvalRequests).where(eq(tables.approvalRequests.id, id));
    expect(row?.status).toBe('TACITLY_GRANTED');
  });

  it('the SQL of the readers (requestStatusIs, requestStatusSql) is approvalRequestStatusOn, on PostgreSQL', async () => {
    const ids = [await filedRequest('Grille-A'), await filedRequest('Grille-B'), await filedRequest('Grille-C')];
    const r = tables.approvalRequests;
    await database.db.update(r).set({ receivedOn: '2026-11-20', deadline: '2026-11-23' }).where(eq(r.id, ids[0]!));
    await database.db.update(r).set({ receivedOn: '2026-11-20', deadline: '2026-11-24' }).where(eq(r.id, ids[1]!));
    await database.db.update(r).set({ receivedOn: '2026-11-19', deadline: '2026-11-20' }).where(eq(r.id, ids[2]!));
    for (const today of ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', addDays(TODAY, 30)]) {
      const rows = await database.db
        .select({ id: r.id, status: r.status, deadline: r.deadline, sqlStatus: requestStatusSql(r, today) })
        .from(r)
        .where(inArray(r.id, ids));
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.sqlStatus).toBe(approvalRequestStatusOn(row, today));
      for (const status of APPROVAL_REQUEST_STATUSES) {
        const matched = await database.db
          .select({ id: r.id })
          .from(r)
          .where(requestStatusIs(r, status, today));
        const expected = (await database.db.select().from(r))
          .filter((row) => approvalRequestStatusOn(row, today) === status)
          .map((row) => row.id);
        expect(matched.map((m) => m.id).sort()).toEqual(expected.sort());
      }
    }
  });
});

const CONTRACT = `mutation($input: ContractInput!) { recordContract(input: $input) { id startOn endOn } }`;
const PLAN = `mutation($input: ExitInterviewPlanInput!) { planExitInterview(input: $input) { id exitInterviewPlannedOn alerts } }`;
const INTERVIEW = `mutation($input: ExitInterviewInput!) { recordExitInterview(input: $input) { id exitInterviewPlannedOn alerts } }`;
const ALERTS = `query($id: ID!) { approval(id: $id) { endOn alerts } }`;

describe('alerts of an agrément: the exit-interview window of exitInterviewsDue (fiche 7)', () => {
  it('a contract ending 2027-02-20 under an agrément to 2028: the interview is due on screen too', async () => {
    const approvalId = await grantedApproval('Fenetre');
    await ok(url, as.siae, CONTRACT, { input: { approvalId, kind: 'CDDI', startOn: TODAY, endOn: '2027-02-20' } });
    const { approval } = await ok(url, as.siae, ALERTS, { id: approvalId });
    expect(approval.endOn).toBe('2028-11-23');
    expect(approval.alerts).toContain('Entretien tripartite à organiser au plus tard le 20/12/2026 (fiche 7).');
    const { exitInterviewsDue } = await ok(url, as.siae, `{ exitInterviewsDue { approval { id } windowEndOn } }`);
    expect(exitInterviewsDue).toContainEqual({ approval: { id: approvalId }, windowEndOn: '2026-12-20' });
  });
});

describe('the tripartite interview planned ahead, recorded once held (fiche 7)', () => {
  it('a contract starting next week: the interview is planned in its window, shown in the alerts, recorded only once held', async () => {
    const approvalId = await grantedApproval('Planifie');
    await ok(url, as.siae, CONTRACT, {
      input: { approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2027-03-31' },
    });
    const plan = (plannedOn: string, headers = as.siae) =>
      graphql(url, PLAN, { input: { approvalId, plannedOn } }, headers);
    expect(reasonOf(await plan('2026-11-20'))).toBe('INTERVIEW_PLANNED_IN_PAST');
    expect(reasonOf(await plan('2026-11-30'))).toBe('INTERVIEW_BEFORE_CONTRACT');
    expect(reasonOf(await plan('2026-12-15'))).toBe('INTERVIEW_TOO_EARLY');
    expect(reasonOf(await plan('2027-13-01'))).toBeUndefined();
    expect(codeOf(await plan('2027-13-01'))).toBe('BAD_USER_INPUT');
    // Another SIAE (no extension to it): refused, nothing planned.
    expect(codeOf(await plan('2027-01-10', as.newSiae))).toMatch(/FORBIDDEN|NOT_FOUND/);

    const planned = await plan('2027-01-10');
    expect(planned.errors).toBeUndefined();
    expect(planned.data?.['planExitInterview']).toMatchObject({ exitInterviewPlannedOn: '2027-01-10' });
    expect((planned.data?.['planExitInterview'] as { alerts: string[] }).alerts).toContain(
      'Entretien tripartite prévu le 10/01/2027 (fiche 7) : enregistrez-le une fois tenu.',
    );
    const [row] = await database.db.select().from(tables.approvals).where(eq(tables.approvals.id, approvalId));
    expect(row?.exitInterviewPlannedByUserId).toBeTruthy();
    expect(row?.exitInterviewPlannedAt).toBeInstanceOf(Date);
    // Not held yet: recording that day is refused.
    const early = await graphql(
      url,
      INTERVIEW,
      {
        input: { approvalId, heldOn: '2027-01-10', assessment: 'Bilan', sendToReferent: true, sendToPrescriber: false },
      },
      as.siae,
    );
    expect(reasonOf(early)).toBe('INTERVIEW_IN_FUTURE');
  });
});
