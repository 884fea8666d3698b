// The prescripteur reads the bilan of the tripartite interview once the SIAE has sent it (accord, fiche 7: "le bilan
// est transmis au référent et au prescripteur"; issue 14), through the gateway on a real PostgreSQL: nothing before it
// is sent (the resolver and row-level security alike), another prescripteur never, and each read is audited as a read
// of personal data by another organisation.
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { ACCEPT, DECIDE, ok, ORGS, prescribeSomeone, REQUEST, signIn } from './testing/parcours.js';

let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const as: Record<'prescriber' | 'otherPrescriber' | 'siae' | 'agency', Record<string, string>> = {} as never;

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
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    otherPrescriber: await signIn(url, 'habilite@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
  });
});

afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const BILAN = `query($id: ID!) { approval(id: $id) { id exitInterview { heldOn assessment sentToPrescriberOn } } }`;

/** Prescribed by the Mission locale de Dijon, hired by the demo SIAE from 1 December 2026, interview held on the 14th. */
async function parcoursWithInterview(lastName: string, sendToPrescriber: boolean) {
  const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, lastName);
  await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
  const { requestApproval } = await ok(url, as.siae, REQUEST, {
    input: { kind: 'INITIAL', prescriptionId: p.prescriptionId, contractStartOn: '2026-12-01' },
  });
  const { decideApprovalRequest } = await ok(url, as.agency, DECIDE, { id: requestApproval.id, decision: 'GRANT' });
  const approvalId = decideApprovalRequest.resultingApproval.id as string;
  await ok(url, as.siae, `mutation($input: ContractInput!) { recordContract(input: $input) { id } }`, {
    input: { approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2027-02-28' },
  });
  await ok(url, as.siae, `mutation($input: ExitInterviewInput!) { recordExitInterview(input: $input) { id } }`, {
    input: {
      approvalId,
      heldOn: '2026-12-14',
      assessment: `Bilan de ${lastName} : objectifs atteints`,
      sendToReferent: true,
      sendToPrescriber,
    },
  });
  return { ...p, approvalId };
}

const e = tables.auditEvents;
async function lastEventId(): Promise<number> {
  const [row] = await database.db.select({ id: sql<number>`coalesce(max(${e.id}), 0)::int` }).from(e);
  return row!.id;
}
async function readsOf(personId: string, afterId: number) {
  return database.db
    .select({ actorOrganisationId: e.actorOrganisationId, details: e.details })
    .from(e)
    .where(and(eq(e.action, 'PERSON_READ'), inArray(e.subjectId, [personId]), sql`${e.id} > ${afterId}`));
}

/** What the application role returns for the agrément's interviews, as an organisation (row-level security alone). */
async function interviewsUnderRls(organisationId: string, approvalId: string) {
  return database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'navette_app', true), set_config('navette.organisation_id', ${organisationId}, true)`,
    );
    return tx
      .select({ id: tables.exitInterviews.id })
      .from(tables.exitInterviews)
      .where(eq(tables.exitInterviews.approvalId, approvalId));
  });
}

describe('the bilan of the tripartite interview, read by the prescripteur (fiche 7)', () => {
  it('is hidden from the prescripteur while the SIAE keeps it, in the API and under row-level security', async () => {
    const p = await parcoursWithInterview('Bilangarde', false);
    const { approval } = await ok(url, as.prescriber, BILAN, { id: p.approvalId });
    expect(approval).toEqual({ id: p.approvalId, exitInterview: null });
    expect(await interviewsUnderRls(ORGS.prescriber, p.approvalId)).toEqual([]);
    // The SIAE that held it and its agence read it.
    for (const who of [as.siae, as.agency]) {
      const own = await ok(url, who, BILAN, { id: p.approvalId });
      expect(own.approval.exitInterview).toEqual({
        heldOn: '2026-12-14',
        assessment: 'Bilan de Bilangarde : objectifs atteints',
        sentToPrescriberOn: null,
      });
    }
    expect(await interviewsUnderRls(ORGS.siae, p.approvalId)).toHaveLength(1);
  });

  it('is read by the prescripteur once sent, with the day it was sent (the server’s), and the read is audited', async () => {
    const p = await parcoursWithInterview('Bilanenvoye', true);
    const before = await lastEventId();
    const { approval } = await ok(url, as.prescriber, BILAN, { id: p.approvalId });
    expect(approval.exitInterview).toEqual({
      heldOn: '2026-12-14',
      assessment: 'Bilan de Bilanenvoye : objectifs atteints',
      sentToPrescriberOn: '2026-12-15',
    });
    expect(await interviewsUnderRls(ORGS.prescriber, p.approvalId)).toHaveLength(1);
    const reads = await readsOf(p.personId, before);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.actorOrganisationId).toBe(ORGS.prescriber);
    expect(reads[0]!.details?.['fields']).toContain('Approval.exitInterview');
    // Mon travail en attente (issue 14 §1) sends the prescripteur to the agrément's page, where the bilan is read.
    const { pendingWork } = await ok(url, as.prescriber, `{ pendingWork { items { kind link } } }`);
    expect(pendingWork.items).toContainEqual({
      kind: 'EXIT_BILAN_TO_READ',
      link: `/agrements/${encodeURIComponent(p.approvalId)}`,
    });
  });

  it('is never read by another prescripteur, by the API or under row-level security, sent or not', async () => {
    const sent = await parcoursWithInterview('Bilanautre', true);
    const before = await lastEventId();
    const { approval } = await ok(url, as.otherPrescriber, BILAN, { id: sent.approvalId });
    expect(approval).toBeNull();
    expect(await interviewsUnderRls(ORGS.otherPrescriber, sent.approvalId)).toEqual([]);
    // Nothing read, nothing audited.
    expect(await readsOf(sent.personId, before)).toEqual([]);
  });
});
