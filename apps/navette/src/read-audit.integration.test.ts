// Every read of personal data by another organisation is audited (issue 19), through the gateway on a real
// PostgreSQL: one PERSON_READ event per request and person, whatever the path (root field, list, nested selection,
// download, another subgraph), none for the organisation that owns the record; the schema classifies every type.
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { demoApiClientCredential, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { loadTypeDefs, personalDataProblemsOf, purgeExpiredAuditEvents } from '@navette/subgraph-server';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql } from './testing/graphql.js';
import { signInAuditReaders, type AuditReader } from './testing/audit-accounts.js';
import { ACCEPT, DECIDE, ok, ORGS, prescribeSomeone, REQUEST } from './testing/parcours.js';

let database: TestDatabase;
let navette: RunningNavette;
let url: string;
let as: Record<AuditReader, Record<string, string>>;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true, // ad-hoc documents with users' tokens
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date('2026-12-15T09:00:00Z'),
  });
  url = navette.graphqlUrl;
  ({ as } = await signInAuditReaders(database.db, url));
});

afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const e = tables.auditEvents;
type Read = {
  id: number;
  occurredAt: Date;
  actorOrganisationId: string | null;
  actorKind: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown> | null;
};

/** The reads of these subjects written since `afterId`, oldest first (read as the database owner, past row security). */
async function readsOf(subjectIds: string[], afterId = 0): Promise<Read[]> {
  return database.db
    .select({
      id: e.id,
      occurredAt: e.occurredAt,
      actorOrganisationId: e.actorOrganisationId,
      actorKind: e.actorKind,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      details: e.details,
    })
    .from(e)
    .where(and(eq(e.action, 'PERSON_READ'), inArray(e.subjectId, subjectIds), sql`${e.id} > ${afterId}`))
    .orderBy(asc(e.id));
}
async function lastEventId(): Promise<number> {
  const [row] = await database.db.select({ id: sql<number>`coalesce(max(${e.id}), 0)::int` }).from(e);
  return row!.id;
}
const fieldsOf = (read: Read) => (read.details?.['fields'] ?? []) as string[];

/** Prescribed, accepted, granted, hired from 1 December 2026, then the interview, the exit and the activities. */
async function wholeParcours(lastName: string) {
  const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, lastName);
  await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 0x20)]);
  const { requestApproval } = await ok(
    url,
    as.siae,
    `mutation($input: ApprovalRequestInput!) { requestApproval(input: $input) { id } }`,
    {
      input: {
        kind: 'INITIAL',
        prescriptionId: p.prescriptionId,
        contractStartOn: '2026-12-01',
        documents: [{ fileName: 'cv.pdf', contentType: 'application/pdf', dataBase64: pdf.toString('base64') }],
      },
    },
  );
  const { decideApprovalRequest } = await ok(url, as.agency, DECIDE, { id: requestApproval.id, decision: 'GRANT' });
  const approvalId = decideApprovalRequest.resultingApproval.id as string;
  await ok(url, as.siae, `mutation($input: ContractInput!) { recordContract(input: $input) { id } }`, {
    input: { approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2027-02-28' },
  });
  await ok(url, as.siae, `mutation($input: ExitInterviewInput!) { recordExitInterview(input: $input) { id } }`, {
    input: {
      approvalId,
      heldOn: '2026-12-14',
      assessment: 'Bilan partagé',
      sendToReferent: true,
      sendToPrescriber: true,
    },
  });
  await ok(url, as.siae, `mutation($input: TrainingInput!) { recordTraining(input: $input) { id } }`, {
    input: {
      approvalId,
      kind: 'CERTIFYING',
      title: 'CACES R489',
      organisation: 'AFPA Besançon',
      hours: 35,
      startOn: '2027-01-11',
      endOn: '2027-01-15',
    },
  });
  await ok(url, as.siae, `mutation($input: ImmersionInput!) { recordImmersion(input: $input) { id } }`, {
    input: {
      approvalId,
      hostCompany: 'Scierie du Doubs',
      objective: 'Découvrir le métier',
      startOn: '2027-02-01',
      endOn: '2027-02-05',
    },
  });
  return { ...p, requestId: requestApproval.id as string, approvalId };
}

describe('the schema classifies every type (a new one without @personalData or @notPersonalData fails)', () => {
  for (const subgraph of ['parcours', 'formation']) {
    it(`subgraph-${subgraph}`, () => {
      const typeDefs = loadTypeDefs(fileURLToPath(new URL(`../../subgraph-${subgraph}/src/schema`, import.meta.url)));
      expect(personalDataProblemsOf(typeDefs)).toEqual([]);
      // The same schema with a new type of personal data nobody classified: the check names it.
      const added = parse(
        `${print(typeDefs)}\ntype Appointment { at: Date! note: String }\nextend type Approval { appointments: [Appointment!] }`,
      );
      expect(personalDataProblemsOf(added)).toEqual([
        'Appointment: not classified (@personalData or @notPersonalData)',
      ]);
    });
  }
});

describe('one audit event per request and person, whatever the path', () => {
  it('a nested selection of the diagnosis and its criteria: one event for the person, naming what was read', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Imbrique');
    const QUERY = `query($id: ID!) { prescription(id: $id) { message diagnosis { criteria { code } comment person { lastName } } } }`;
    const before = await lastEventId();
    await ok(url, as.siae, QUERY, { id: p.prescriptionId });
    const reads = await readsOf([p.personId], before);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      actorOrganisationId: ORGS.siae,
      actorKind: 'user',
      subjectType: 'Person',
      subjectId: p.personId,
    });
    expect(fieldsOf(reads[0]!)).toEqual([
      'EligibilityDiagnosis.comment',
      'EligibilityDiagnosis.criteria',
      'Person.lastName',
      'Prescription.message',
    ]);
    expect(reads[0]!.details?.['requestId']).toEqual(expect.any(String));
    // The prescripteur that recorded, diagnosed and prescribed reads its own records: not audited (docs/security.md).
    await ok(url, as.prescriber, QUERY, { id: p.prescriptionId });
    expect(await readsOf([p.personId], before)).toHaveLength(1);
    // The agence of the SIAE: another organisation, audited.
    await ok(url, as.agency, QUERY, { id: p.prescriptionId });
    expect((await readsOf([p.personId], before)).map((r) => r.actorOrganisationId)).toEqual([ORGS.siae, ORGS.agency]);
    // An agence that cannot see the prescription reads nothing, and nothing is written.
    expect((await ok(url, as.otherAgency, QUERY, { id: p.prescriptionId })).prescription).toBeNull();
    expect(await readsOf([p.personId], before)).toHaveLength(2);
  });

  it('an agence reading 10 people in a list: 10 events, written together by one insert of that request', async () => {
    const people = [];
    for (let i = 0; i < 10; i++)
      people.push(await prescribeSomeone(url, as.prescriber, ORGS.siae, `Listeaudit${String.fromCharCode(65 + i)}`));
    const ids = people.map((p) => p.personId);
    const before = await lastEventId();
    const { people: page } = await ok(
      url,
      as.agency,
      `{ people(first: 10, search: "Listeaudit") { edges { node { id lastName birthDate diagnoses { criteria { code } } } } } }`,
    );
    expect(page.edges).toHaveLength(10);
    const reads = await readsOf(ids, before);
    expect(reads.map((r) => r.subjectId).sort()).toEqual([...ids].sort());
    // One insert: consecutive ids, one transaction's timestamp, one request id.
    expect(reads.at(-1)!.id - reads[0]!.id).toBe(9);
    expect(new Set(reads.map((r) => r.occurredAt.toISOString())).size).toBe(1);
    expect(new Set(reads.map((r) => r.details?.['requestId'])).size).toBe(1);
    expect(fieldsOf(reads[0]!)).toEqual([
      'EligibilityDiagnosis.criteria',
      'Person.birthDate',
      'Person.id',
      'Person.lastName',
    ]);
    // Counting them reads no one.
    const after = await lastEventId();
    await ok(url, as.agency, `{ people(first: 50, search: "Listeaudit") { totalCount } }`);
    expect(await readsOf(ids, after)).toEqual([]);
  });

  it('the exit interview and bilan, the documents downloaded, the trainings and immersions (another subgraph)', async () => {
    const p = await wholeParcours('Parcoursaudit');
    const before = await lastEventId();
    // The prescripteur follows the parcours it prescribed: the agrément is the SIAE's, so its reads are audited.
    const { approval } = await ok(
      url,
      as.prescriber,
      `query($id: ID!) { approval(id: $id) {
      exitInterview { assessment heldOn } trainingRecords { title hours } immersions { hostCompany }
    } }`,
      { id: p.approvalId },
    );
    expect(approval.exitInterview.assessment).toBe('Bilan partagé');
    expect(approval.trainingRecords).toEqual([{ title: 'CACES R489', hours: 35 }]);
    const prescriberReads = await readsOf([p.personId], before);
    // Two subgraphs served the request: each wrote its reads, once for the person.
    expect(prescriberReads.map((r) => [r.actorOrganisationId, r.subjectId])).toEqual([
      [ORGS.prescriber, p.personId],
      [ORGS.prescriber, p.personId],
    ]);
    // Approval.id: the key the gateway fetched to ask the formation subgraph.
    expect(prescriberReads.flatMap(fieldsOf).sort()).toEqual([
      'Approval.exitInterview',
      'Approval.id',
      'Immersion.hostCompany',
      'TrainingRecord.hours',
      'TrainingRecord.title',
    ]);
    expect(prescriberReads[0]!.details?.['requestId']).toBe(prescriberReads[1]!.details?.['requestId']);

    // The agence downloads the request's documents: audited, the download named.
    const mark = await lastEventId();
    await ok(url, as.agency, `query($id: ID!) { approvalRequest(id: $id) { documents { fileName dataBase64 } } }`, {
      id: p.requestId,
    });
    const download = await readsOf([p.personId], mark);
    expect(download).toHaveLength(1);
    expect(download[0]).toMatchObject({ actorOrganisationId: ORGS.agency });
    expect(fieldsOf(download[0]!)).toEqual(['ApprovalRequest.documents']);

    // The SIAE reads the agrément, the interview and the activities it entered itself: not audited; the person's
    // identity, recorded by the prescripteur, is.
    const own = await lastEventId();
    await ok(
      url,
      as.siae,
      `query($id: ID!) { approval(id: $id) { number exitInterview { assessment } exit { outcome } trainingRecords { title } immersions { objective } } }`,
      { id: p.approvalId },
    );
    expect(await readsOf([p.personId], own)).toEqual([]);
    await ok(url, as.siae, `query($id: ID!) { approval(id: $id) { person { firstName } } }`, { id: p.approvalId });
    expect((await readsOf([p.personId], own)).map(fieldsOf)).toEqual([['Person.firstName']]);

    // A total computed by the formation subgraph, which knows the agrément only: audited with the agrément as subject.
    const total = await lastEventId();
    await ok(url, as.siae, `query($id: ID!) { approval(id: $id) { trainingHours } }`, { id: p.approvalId });
    const [hours] = await readsOf([p.approvalId], total);
    expect(hours).toMatchObject({ subjectType: 'Approval', subjectId: p.approvalId, actorOrganisationId: ORGS.siae });
  });

  it('the agence inbox and the interviews due are lists of people too', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Boiteaudit');
    await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
    await ok(url, as.siae, REQUEST, {
      input: { kind: 'INITIAL', prescriptionId: p.prescriptionId, contractStartOn: '2026-12-01' },
    });
    const before = await lastEventId();
    await ok(
      url,
      as.agency,
      `{ approvalRequests(first: 100, status: PENDING) { edges { node { deadline person { lastName } } } } }`,
    );
    const reads = await readsOf([p.personId], before);
    expect(reads).toHaveLength(1);
    expect(fieldsOf(reads[0]!)).toEqual(['ApprovalRequest.deadline', 'Person.lastName']);
  });

  it('an API client never reads a person: refused before any lookup, nothing written (API clients are always audited: read-audit.test.ts)', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Clientaudit');
    const before = await lastEventId();
    const refused = await graphql(
      url,
      `
        query ($id: ID!) {
          person(id: $id) {
            lastName
          }
        }
      `,
      { id: p.personId },
      bearer(demoApiClientCredential),
    );
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await readsOf([p.personId], before)).toEqual([]);
  });
});

describe('the audit console (issue 19, item 2): the administrator everything, the État its département, under row-level security', () => {
  const CONSOLE = `query($first: Int, $after: String, $filter: AuditEventFilter) { auditEvents(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id action actorOrganisationId actorId subjectId fieldsRead requestId occurredAt } } pageInfo { hasNextPage endCursor }
  } }`;
  type Node = {
    id: string;
    action: string;
    actorOrganisationId: string | null;
    actorId: string | null;
    subjectId: string | null;
    fieldsRead: string[] | null;
    requestId: string | null;
  };
  const nodes = async (who: Record<string, string>, filter: Record<string, unknown>, first = 50): Promise<Node[]> =>
    (await ok(url, who, CONSOLE, { first, filter })).auditEvents.edges.map((e: { node: Node }) => e.node);

  it('reads in Doubs (25) and in Côte-d’Or (21): each DDETS sees its own, the administrator both; filters and pages', async () => {
    const doubs = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Consoledoubs');
    const coteDor = await prescribeSomeone(url, as.prescriber, ORGS.otherSiae, 'Consolecotedor');
    const READ = `query($id: ID!) { prescription(id: $id) { message person { lastName } } }`;
    await ok(url, as.siae, READ, { id: doubs.prescriptionId });
    await ok(url, as.siae, READ, { id: doubs.prescriptionId });
    await ok(url, as.otherAgency, READ, { id: coteDor.prescriptionId });

    const reads = { action: 'PERSON_READ' };
    expect(
      (await nodes(as.state25, { ...reads, subjectId: doubs.personId })).map((n) => n.actorOrganisationId),
    ).toEqual([ORGS.siae, ORGS.siae]);
    expect(await nodes(as.state25, { ...reads, subjectId: coteDor.personId })).toEqual([]);
    expect(
      (await nodes(as.state21, { ...reads, subjectId: coteDor.personId })).map((n) => n.actorOrganisationId),
    ).toEqual([ORGS.otherAgency]);
    expect(await nodes(as.state21, { ...reads, subjectId: doubs.personId })).toEqual([]);
    // Whatever the filter, a DDETS never gets another département's events.
    expect(await nodes(as.state25, { actorOrganisationId: ORGS.otherAgency })).toEqual([]);
    const admin = await nodes(as.admin, { ...reads, subjectId: doubs.personId });
    expect(admin).toHaveLength(2);
    expect(admin[0]).toMatchObject({
      fieldsRead: ['Person.lastName', 'Prescription.message'],
      requestId: expect.any(String),
    });
    expect(await nodes(as.admin, { actorOrganisationId: ORGS.otherAgency, subjectId: coteDor.personId })).toHaveLength(
      1,
    );

    // The agent, the period, the pages.
    expect(await nodes(as.state25, { subjectId: doubs.personId, actorId: admin[0]!.actorId })).toHaveLength(2);
    expect(await nodes(as.state25, { subjectId: doubs.personId, actorId: randomUUID() })).toEqual([]);
    expect(
      await nodes(as.state25, { subjectId: doubs.personId, from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' }),
    ).toEqual([]);
    expect(await nodes(as.state25, { subjectId: doubs.personId, from: '2000-01-01T00:00:00Z' })).toHaveLength(2);
    const first = await ok(url, as.state25, CONSOLE, { first: 1, filter: { subjectId: doubs.personId } });
    expect(first.auditEvents.pageInfo.hasNextPage).toBe(true);
    const second = await ok(url, as.state25, CONSOLE, {
      first: 1,
      after: first.auditEvents.pageInfo.endCursor,
      filter: { subjectId: doubs.personId },
    });
    expect(second.auditEvents.edges[0].node.id).not.toBe(first.auditEvents.edges[0].node.id);
    expect(second.auditEvents.pageInfo.hasNextPage).toBe(false);
    // A malformed id: refused as bad input before anything runs.
    const malformed = await graphql(url, CONSOLE, { first: 5, filter: { actorOrganisationId: 'pas-un-id' } }, as.admin);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID' });
  });

  it('nobody else reads the trail: the comité de pilotage, a SIAE, an agence', async () => {
    for (const who of [as.steering, as.siae, as.agency]) {
      const refused = await graphql(url, CONSOLE, { first: 5 }, who);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('the application role reads nothing of the trail without an administrator or État identity', async () => {
    const rows = await database.db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'navette_app', true), set_config('navette.organisation_id', ${ORGS.agency}, true)`,
      );
      return tx.select({ id: e.id }).from(e).limit(5);
    });
    expect(rows).toEqual([]);
  });
});

describe('the audit trail’s retention (12 months for reads, 72 for the rest): the one deletion allowed, audited', () => {
  it('purges what is past its period, keeps what is not, audits the run; a re-run removes nothing; any other change is refused', async () => {
    const at = new Date('2027-06-15T09:00:00Z');
    const day = 86_400_000;
    const monthsBefore = (months: number) => new Date(Date.UTC(2027, 5 - months, 15, 9));
    const marker = randomUUID();
    const event = (action: string, occurredAt: Date, tag: string) => ({
      actorKind: 'system',
      action,
      subjectType: 'Retention',
      subjectId: `${marker}:${tag}`,
      occurredAt,
    });
    await database.db
      .insert(e)
      .values([
        event('PERSON_READ', new Date(monthsBefore(12).getTime() - day), 'read-expired'),
        event('PERSON_READ', new Date(monthsBefore(12).getTime() + day), 'read-kept'),
        event('APPROVAL_GRANTED', new Date(monthsBefore(72).getTime() - day), 'decision-expired'),
        event('APPROVAL_GRANTED', new Date(monthsBefore(72).getTime() + day), 'decision-kept'),
        event('SIGN_IN', new Date(monthsBefore(13).getTime()), 'sign-in-kept'),
      ]);
    const left = async () =>
      (
        await database.db
          .select({ subjectId: e.subjectId })
          .from(e)
          .where(sql`${e.subjectId} like ${marker + ':%'}`)
      )
        .map((r) => r.subjectId!.split(':')[1])
        .sort();

    // Outside the purge, the trail stays append-only, even for the database owner.
    await expect(
      database.db.execute(sql`delete from audit.events where subject_id = ${marker + ':read-expired'}`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`update audit.events set action = 'X' where subject_id = ${marker + ':read-kept'}`),
    ).rejects.toThrow();

    expect(await purgeExpiredAuditEvents(database.db, at)).toEqual({ reads: 1, others: 1 });
    expect(await left()).toEqual(['decision-kept', 'read-kept', 'sign-in-kept']);
    const purges = await database.db.select().from(e).where(eq(e.action, 'AUDIT_PURGED'));
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({ actorKind: 'system', details: { reads: 1, others: 1 } });

    // Idempotent: nothing more to remove, nothing written.
    expect(await purgeExpiredAuditEvents(database.db, at)).toEqual({ reads: 0, others: 0 });
    expect(await database.db.select().from(e).where(eq(e.action, 'AUDIT_PURGED'))).toHaveLength(1);
    // And the purge's own record is never purged, nor deletable.
    expect(await purgeExpiredAuditEvents(database.db, new Date('2040-01-01T00:00:00Z'))).toMatchObject({
      reads: expect.any(Number),
    });
    expect((await database.db.select().from(e).where(eq(e.action, 'AUDIT_PURGED'))).length).toBeGreaterThanOrEqual(2);
    await expect(database.db.execute(sql`delete from audit.events where action = 'AUDIT_PURGED'`)).rejects.toThrow();
    // The application role cannot run it.
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'navette_app', true)`);
        await tx.execute(sql`select * from audit.purge_expired(now(), 0, 0)`);
      }),
    ).rejects.toThrow();
  });
});
