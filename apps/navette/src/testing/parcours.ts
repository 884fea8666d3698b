// Test support for the parcours: extra accounts in other organisations (to try reaching data across them), and the
// journey's steps as real GraphQL calls through the gateway, each with the acting role's own token.
import { DEMO_PASSWORD, demoId, tables, type Database } from '@navette/db';
import { approvalDecisionDeadline } from '@navette/domain';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { graphql, signedInHeaders } from './graphql.js';
import type { AnswerData } from './graphql.js';

type Headers = Record<string, string>;

/** The demo SIAE (EITI, bassin de Besançon) and its agence, and organisations elsewhere. */
export const ORGS = {
  siae: demoId('siae:25-BES:0'),
  agency: demoId('agency:25-BES'),
  prescriber: demoId('prescriber:21:MISSION_LOCALE'),
  otherSiae: demoId('siae:21-BEA:0'),
  otherAgency: demoId('agency:21-BEA'),
  otherPrescriber: demoId('prescriber:25:HABILITE:0'),
};

/** Users in the "other" organisations, with the demo password (test databases only). */
export async function createOtherAccounts(db: Database): Promise<{ otherSiae: string; otherAgency: string }> {
  const [demo] = await db.select().from(tables.users).where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  const accounts = [
    { email: 'autre-siae@test.navette.fr', role: 'SIAE', organisationKind: 'SIAE', organisationId: ORGS.otherSiae },
    {
      email: 'autre-agence@test.navette.fr',
      role: 'AGENCY',
      organisationKind: 'AGENCY',
      organisationId: ORGS.otherAgency,
    },
  ] as const;
  for (const account of accounts) {
    const id = randomUUID();
    await db
      .insert(tables.users)
      .values({ id, email: account.email, displayName: account.email, passwordHash: demo!.passwordHash });
    await db.insert(tables.memberships).values({
      userId: id,
      role: account.role,
      organisationKind: account.organisationKind,
      organisationId: account.organisationId,
    });
  }
  return { otherSiae: accounts[0].email, otherAgency: accounts[1].email };
}

export const signIn = (url: string, email: string) => signedInHeaders(url, email, DEMO_PASSWORD);

/** Runs a document and returns its data, failing the test with the errors when there are any. */
export async function ok<T = AnswerData>(
  url: string,
  headers: Headers,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const { data, errors } = await graphql<T>(url, query, variables, headers);
  if (errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(errors)}`);
  return data!;
}

export const RECORD_PERSON = `mutation($input: PersonInput!) { recordPerson(input: $input) { id firstName lastName } }`;
export const DIAGNOSE = `mutation($input: DiagnosisInput!) { diagnose(input: $input) { id summary criteria { code } } }`;
export const PRESCRIBE = `mutation($input: PrescriptionInput!) { prescribe(input: $input) { id status } }`;
export const ACCEPT = `mutation($id: ID!) { acceptPrescription(id: $id) { id status } }`;
export const REQUEST = `mutation($input: ApprovalRequestInput!) { requestApproval(input: $input) { id status deadline workingDaysLeft kind } }`;
export const DECIDE = `mutation($id: ID!, $decision: ApprovalDecision!, $reason: ID, $comment: String) {
  decideApprovalRequest(id: $id, decision: $decision, reason: $reason, comment: $comment) {
    id status decidedOn refusalReason { code } resultingApproval { id number startOn endOn }
  }
}`;

let people = 0;
/** Prescripteur: a person, a diagnosis and a prescription to `siaeId`. */
export async function prescribeSomeone(url: string, prescriber: Headers, siaeId: string, name = `Personne${++people}`) {
  const { recordPerson } = await ok<{ recordPerson: { id: string } }>(url, prescriber, RECORD_PERSON, {
    input: { firstName: 'Alex', lastName: name, birthDate: '1985-03-14', email: `${name.toLowerCase()}@example.org` },
  });
  const { diagnose } = await ok<{ diagnose: { id: string } }>(url, prescriber, DIAGNOSE, {
    input: { personId: recordPerson.id, criteria: ['PUB_DELD_12_MONTHS', 'SOC_HOUSING'], diagnosedOn: '2026-11-20' },
  });
  const { prescribe } = await ok<{ prescribe: { id: string } }>(url, prescriber, PRESCRIBE, {
    input: {
      personId: recordPerson.id,
      diagnosisId: diagnose.id,
      siaeId,
      message: 'Motivé, disponible immédiatement.',
    },
  });
  return { personId: recordPerson.id, diagnosisId: diagnose.id, prescriptionId: prescribe.id };
}

/** Prescripteur then SIAE: up to a pending INITIAL request for a contract starting on 1 December 2026. */
export async function pendingInitialRequest(url: string, actors: { prescriber: Headers; siae: Headers }) {
  const p = await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  await ok(url, actors.siae, ACCEPT, { id: p.prescriptionId });
  const { requestApproval } = await ok<{ requestApproval: { id: string } }>(url, actors.siae, REQUEST, {
    input: {
      kind: 'INITIAL',
      prescriptionId: p.prescriptionId,
      contractStartOn: '2026-12-01',
      contractEndOn: '2027-05-31',
    },
  });
  return { ...p, requestId: requestApproval.id };
}

/**
 * Test-only time travel: the receipt is the server's (issue 13), so a request "received weeks ago" is one filed then;
 * the test moves its receipt and deadline back in the database, as if the days had passed since.
 */
export async function receivedWeeksAgo(db: Database, requestId: string, receivedOn: string): Promise<void> {
  const [row] = await db.select().from(tables.approvalRequests).where(eq(tables.approvalRequests.id, requestId));
  const deadline = approvalDecisionDeadline({ receivedOn, siaeKind: row!.siaeKind, departement: row!.departementCode });
  await db
    .update(tables.approvalRequests)
    .set({ receivedOn, deadline })
    .where(eq(tables.approvalRequests.id, requestId));
}
