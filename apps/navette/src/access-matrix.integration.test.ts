// The access matrix (issue 4; DESIGN §4): every root field of the public API, tried by every kind of caller through
// the gateway, with the exact outcome expected. A root field or an entity added without an access rule, or without a
// row here, makes this file fail.
import { readFileSync } from 'node:fs';
import { createApiClientCredential } from '@navette/auth';
import { DEMO_PASSWORD, demoAccounts, demoApiClientCredential, demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { bearer, graphql, signedInHeaders, signedSubgraphGraphql } from './testing/graphql.js';
import {
  ACCEPT,
  createOtherAccounts,
  DECIDE,
  DIAGNOSE,
  ok,
  ORGS,
  pendingInitialRequest,
  prescribeSomeone,
  RECORD_PERSON,
  signIn,
} from './testing/parcours.js';

/**
 * ALLOWED, refused by the access rules, let through by them and then refused by a business rule (CONFLICT), let
 * through and answered null because row-level security hides the row from the caller (UNSEEN), or refused by the
 * service for this input (NOT_FOUND: an unknown id; BAD_USER_INPUT: a wrong current password).
 */
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'UNSEEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';
type Caller =
  | 'anonymous'
  | (typeof demoAccounts)[number]['role']
  | 'api_client_directory'
  | 'api_client_offers_only'
  | 'other_siae';

const supergraph = parse(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'));
const hasRule = (directives: readonly ConstDirectiveNode[] = []) =>
  directives.some((d) => d.name.value === 'authenticated' || d.name.value === 'requiresScopes');

/** Root fields anyone may call: the way in. */
const PUBLIC_ROOT_FIELDS = new Set([
  'Mutation.signIn',
  // OIDC sign-in (issue 15 §6): only an assertion the gateway signed opens a session (oidc.integration.test.ts).
  'Mutation.signInWithIdentityAssertion',
  'Mutation.renewSession',
  'Mutation.signOut',
  // Password reset by e-mail (issue 14 §2): the way back in; same answer for any address, throttled, single-use
  // tokens (password-reset.integration.test.ts).
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
]);

/** Who may read the directory (organisations, territories, CTA, Pôle emploi services): every signed-in role and
 * API clients holding `directory:read` (DESIGN §4, row "conventions locales, référents, offers"). */
const directory = (caller: Caller): Outcome =>
  caller === 'anonymous' ? 'UNAUTHENTICATED' : caller === 'api_client_offers_only' ? 'FORBIDDEN' : 'ALLOWED';
/** The signed-in user's own identity: people only. */
const viewer = (caller: Caller): Outcome =>
  caller === 'anonymous' || caller.startsWith('api_client') ? 'UNAUTHENTICATED' : 'ALLOWED';
/** The signed-in member's own pending work (issue 14 §1): people of an organisation; an administrator has none. */
const ownWork = (caller: Caller): Outcome =>
  caller === 'anonymous' || caller.startsWith('api_client')
    ? 'UNAUTHENTICATED'
    : caller === 'ADMIN'
      ? 'FORBIDDEN'
      : 'ALLOWED';
/** The user's own account (« Mon compte »), let through by the access rules and then refused by the service. */
const ownAccount =
  (refusal: Outcome) =>
  (caller: Caller): Outcome =>
    viewer(caller) === 'ALLOWED' ? refusal : viewer(caller);
/** Platform administration (audit trail, accounts): ADMIN only. */
const adminOnly = (caller: Caller): Outcome =>
  caller === 'anonymous' ? 'UNAUTHENTICATED' : caller === 'ADMIN' ? 'ALLOWED' : 'FORBIDDEN';
/** Reference lists (annexe 2 criteria, refusal reasons): anyone authenticated. */
const authenticated = (caller: Caller): Outcome => (caller === 'anonymous' ? 'UNAUTHENTICATED' : 'ALLOWED');
/** Only these roles (DESIGN §4 personal data: never STEERING, STATE, ADMIN or an API client). */
const only =
  (...roles: Caller[]) =>
  (caller: Caller): Outcome =>
    caller === 'anonymous' ? 'UNAUTHENTICATED' : roles.includes(caller) ? 'ALLOWED' : 'FORBIDDEN';
/** §4 "person, diagnosis, prescription", "approvals", "contracts…": prescripteur, SIAE, agence. */
const personal = only('PRESCRIBER', 'SIAE', 'AGENCY');
/** §4 "indicators": the SIAE and the agence their own, the comité and the État, API clients with aggregates:read. */
const aggregates = only('SIAE', 'AGENCY', 'STEERING', 'STATE', 'api_client_directory');
/**
 * Diagnosing, prescribing and answering orientations: the prescripteurs, and the agences Pôle emploi, prescripteurs de
 * droit (seed 004; issue 18 §2). The rows prepared are the Mission locale's: the agence is let through by the access
 * rules and then meets the service's answer for a row that is not its own (`agency`).
 */
const prescribing =
  (agency: Outcome) =>
  (caller: Caller): Outcome =>
    caller === 'AGENCY' ? agency : only('PRESCRIBER')(caller);

/** An API client's own resources (webhooks, issue 15 §4): API clients only, people refused by the service. */
const apiClientsOnly =
  (outcome: Outcome) =>
  (caller: Caller): Outcome =>
    caller === 'anonymous' ? 'UNAUTHENTICATED' : caller.startsWith('api_client') ? outcome : 'FORBIDDEN';
const UNKNOWN_ID = '0f0e0d0c-0b0a-4009-8008-070605040302';

const SIAE_ID = '__SIAE_ID__';
const AGENCY_ID = '__AGENCY_ID__';
const PRESCRIBER_ID = '__PRESCRIBER_ID__';

/** One row per root Query field: a document that reads it, and the expected outcome per caller. */
const MATRIX: Record<string, { query: string; expect: (caller: Caller) => Outcome }> = {
  'Query.departements': {
    query: '{ departements { code name employmentAreas { name cta { name } } } }',
    expect: directory,
  },
  'Query.departement': { query: '{ departement(code: "25") { name } }', expect: directory },
  'Query.siaes': {
    query: '{ siaes(first: 2) { totalCount edges { node { name agency { name } } } } }',
    expect: directory,
  },
  'Query.siae': {
    query: `{ siae(id: "${SIAE_ID}") { name approvalDecisionDeadline(receivedOn: "2026-11-23") } }`,
    expect: directory,
  },
  'Query.agencies': { query: '{ agencies(first: 2) { edges { node { name } } } }', expect: directory },
  'Query.agency': {
    query: `{ agency(id: "${AGENCY_ID}") { name employmentServices { title } siaes(first: 1) { totalCount } } }`,
    expect: directory,
  },
  'Query.prescriberOrganisations': {
    query: '{ prescriberOrganisations(first: 2) { edges { node { name canPrescribe } } } }',
    expect: directory,
  },
  'Query.prescriberOrganisation': {
    query: `{ prescriberOrganisation(id: "${PRESCRIBER_ID}") { name } }`,
    expect: directory,
  },
  // The former spelling, deprecated until 2027-06-04 (issue 17 §2): the same rule as the new fields.
  'Query.prescriberOrganizations': {
    query: '{ prescriberOrganizations(first: 2) { edges { node { name canPrescribe } } } }',
    expect: directory,
  },
  'Query.prescriberOrganization': {
    query: `{ prescriberOrganization(id: "${PRESCRIBER_ID}") { name } }`,
    expect: directory,
  },
  'Query.ctas': { query: '{ ctas(departement: "21") { name ledBy { name } } }', expect: directory },
  'Query.viewer': { query: '{ viewer { email role } }', expect: viewer },
  'Query.pendingWork': {
    query: '{ pendingWork { total incomplete counts { kind count } items { kind dueOn daysLeft link } } }',
    expect: ownWork,
  },
  // The signed-in user's own notifications and choices (issue 14 §3): people only, each their own
  // (notifications.integration.test.ts tries others' ids).
  'Query.notifications': { query: '{ notifications(first: 2) { totalCount } }', expect: viewer },
  'Query.unreadNotificationCount': { query: '{ unreadNotificationCount }', expect: viewer },
  'Query.notificationPreferences': { query: '{ notificationPreferences { kind email } }', expect: viewer },
  'Mutation.markNotificationsRead': {
    query: 'mutation { markNotificationsRead(ids: ["00000000-0000-0000-0000-000000000000"]) }',
    expect: viewer,
  },
  'Mutation.markAllNotificationsRead': { query: 'mutation { markAllNotificationsRead }', expect: viewer },
  'Mutation.setNotificationPreference': {
    query: 'mutation { setNotificationPreference(kind: PRESCRIPTION_SENT, email: true) { email } }',
    expect: viewer,
  },
  // The État too, for its département only (issue 19; row-level security, read-audit.integration.test.ts).
  'Query.auditEvents': {
    query: '{ auditEvents(first: 5) { edges { node { action occurredAt } } } }',
    expect: only('ADMIN', 'STATE'),
  },
  // Unusual reads (issue 19 §2): the same readers as the trail, the same row-level security (unusual-reads.integration.test.ts).
  'Query.unusualReaders': {
    query:
      '{ unusualReaders(from: "2026-12-01T00:00:00Z", to: "2026-12-16T00:00:00Z", first: 5) { burstThreshold edges { node { actorId reasons } } } }',
    expect: only('ADMIN', 'STATE'),
  },
  'Query.eligibilityCriteria': { query: '{ eligibilityCriteria { code label } }', expect: authenticated },
  'Query.siaeRefusalReasons': { query: '{ siaeRefusalReasons { code label } }', expect: authenticated },
  'Query.approvalRefusalReasons': { query: '{ approvalRefusalReasons { code label } }', expect: authenticated },
  // Personal data: the rows are those of one journey of the demo prescripteur, SIAE and agence (seen by all three).
  'Query.people': { query: '{ people(first: 5) { totalCount edges { node { lastName } } } }', expect: personal },
  'Query.person': {
    query: '{ person(id: "__PERSON__") { lastName diagnoses { summary } orientations { reason } } }',
    expect: personal,
  },
  // Orientations (issue 18 §1): the orienting SIAE and the prescripteur it oriented to see it; the agence, allowed to
  // read orientations, does not see this one (row-level security, migration 0022).
  'Query.orientations': {
    query: '{ orientations(direction: SENT, first: 5) { totalCount edges { node { status } } } }',
    expect: personal,
  },
  'Query.orientation': {
    query: '{ orientation(id: "__ORIENTATION__") { reason status person { lastName } } }',
    expect: (caller) => (caller === 'AGENCY' ? 'UNSEEN' : only('PRESCRIBER', 'SIAE', 'AGENCY')(caller)),
  },
  // Validation des profils (issue 18 §3): the agence that pre-validated and the SIAE it is for read them (row-level
  // security, migration 0036); a prescripteur reads an empty list.
  'Query.profilePrevalidations': {
    query:
      '{ profilePrevalidations(first: 5) { totalCount edges { node { startsOn endsOn inForce toRenew renewalStartsOn person { lastName } siae { name } } } } }',
    expect: personal,
  },
  'Query.orientationStatistics': {
    query: '{ orientationStatistics { byOrigin { originKind orientations } } }',
    expect: aggregates,
  },
  'Query.prescriptions': {
    query: '{ prescriptions(first: 5) { totalCount edges { node { status } } } }',
    expect: personal,
  },
  'Query.prescription': {
    query: '{ prescription(id: "__PRESCRIPTION_SENT__") { message person { lastName } } }',
    expect: personal,
  },
  'Query.approvalRequests': { query: '{ approvalRequests(first: 5) { totalCount } }', expect: personal },
  'Query.approvalRequest': {
    query: '{ approvalRequest(id: "__REQUEST_PENDING__") { deadline person { lastName } } }',
    expect: personal,
  },
  'Query.approvals': { query: '{ approvals(first: 5) { totalCount } }', expect: personal },
  'Query.approval': { query: '{ approval(id: "__APPROVAL__") { number person { lastName } } }', expect: personal },
  'Query.exitInterviewsDue': { query: '{ exitInterviewsDue { endOn } }', expect: personal },
  // The agence's worklist of the 6-month checks (fiche 7): parcours:read lets the prescripteur and the SIAE through,
  // the service refuses them (ONLY_FOR_AGENCIES).
  'Query.registrationChecksDue': {
    query: '{ registrationChecksDue(first: 5) { totalCount edges { node { dueOn approval { number } } } } }',
    expect: only('AGENCY'),
  },
  'Query.suspensionReasons': { query: '{ suspensionReasons { code label } }', expect: personal },
  'Query.approvalStatistics': { query: '{ approvalStatistics { rows { siaeKind requests } } }', expect: aggregates },
  // Mutations other than the sign-in ones. Re-enabling an already active demo account changes nothing.
  // « Mon compte » (issue 14 §2): people only, their own sessions only (an unknown id is not found).
  'Query.accountSessions': { query: '{ accountSessions { id device current } }', expect: viewer },
  'Mutation.revokeOtherSessions': { query: 'mutation { revokeOtherSessions }', expect: viewer },
  'Mutation.revokeSession': {
    query: 'mutation { revokeSession(id: "0f0e0d0c-0000-4000-8000-0000000000ff") }',
    expect: ownAccount('NOT_FOUND'),
  },
  'Mutation.changePassword': {
    query: 'mutation { changePassword(currentPassword: "pas-le-bon", newPassword: "Un-Nouveau-Mot-2027!") }',
    expect: ownAccount('BAD_USER_INPUT'),
  },
  'Mutation.setUserStatus': {
    query: `mutation { setUserStatus(userId: "${'__PRESCRIBER_USER_ID__'}", status: ACTIVE) }`,
    expect: adminOnly,
  },
  // API clients (issue 15 §1): administrators everywhere, the État for its département (the rows are of Doubs, the
  // demo État's). Each run on a client prepared for it: rotations never meet a revoked client.
  'Query.apiClients': { query: '{ apiClients { id name status } }', expect: only('ADMIN', 'STATE') },
  'Query.apiClient': {
    query: '{ apiClient(id: "__API_CLIENT__") { id status usage { day calls } } }',
    expect: only('ADMIN', 'STATE'),
  },
  'Query.apiClientOrganisationChoices': {
    query: '{ apiClientOrganisationChoices(kind: SIAE) { organisation { name } scopes } }',
    expect: only('ADMIN', 'STATE'),
  },
  'Mutation.createApiClient': {
    query:
      'mutation { createApiClient(input: { name: "Matrice", organisationKind: SIAE, organisationId: "__DEMO_SIAE__", scopes: ["directory:read"], expiresAt: "2027-06-01T00:00:00Z" }) { client { id } } }',
    expect: only('ADMIN', 'STATE'),
  },
  'Mutation.rotateApiClientSecret': {
    query: 'mutation { rotateApiClientSecret(id: "__API_CLIENT__") { client { id } } }',
    expect: only('ADMIN', 'STATE'),
  },
  'Mutation.revokeApiClient': {
    query: 'mutation { revokeApiClient(id: "__API_CLIENT_TO_REVOKE__") { status } }',
    expect: only('ADMIN', 'STATE'),
  },
  // Webhooks (issue 15 §4): an API client's own subscriptions, event types within its scopes; another client's (or an
  // unknown) id is NOT_FOUND alike (webhooks.integration.test.ts tries others' ids).
  'Query.webhookEventTypes': { query: '{ webhookEventTypes { type scope } }', expect: authenticated },
  'Query.webhookSubscriptions': { query: '{ webhookSubscriptions { id url } }', expect: apiClientsOnly('ALLOWED') },
  'Query.webhookSubscription': {
    query: `{ webhookSubscription(id: "${UNKNOWN_ID}") { id } }`,
    expect: apiClientsOnly('NOT_FOUND'),
  },
  'Mutation.createWebhookSubscription': {
    query:
      'mutation { createWebhookSubscription(input: { url: "https://hooks.example.org/navette", eventTypes: ["convention.signed"] }) { subscription { id } } }',
    // The offers-only client may not hear of conventions (directory:read): FORBIDDEN.
    expect: (caller) => (caller === 'api_client_offers_only' ? 'FORBIDDEN' : apiClientsOnly('ALLOWED')(caller)),
  },
  'Mutation.rotateWebhookSecret': {
    query: `mutation { rotateWebhookSecret(id: "${UNKNOWN_ID}") { secret } }`,
    expect: apiClientsOnly('NOT_FOUND'),
  },
  'Mutation.deleteWebhookSubscription': {
    query: `mutation { deleteWebhookSubscription(id: "${UNKNOWN_ID}") }`,
    expect: apiClientsOnly('NOT_FOUND'),
  },
  'Mutation.replayWebhookDelivery': {
    query: `mutation { replayWebhookDelivery(id: "${UNKNOWN_ID}") { id } }`,
    expect: apiClientsOnly('NOT_FOUND'),
  },
  // Each allowed caller acts on a row prepared for it; the others are refused before anything is written.
  'Mutation.recordPerson': {
    query:
      'mutation { recordPerson(input: { firstName: "Inès", lastName: "Matrice", birthDate: "1990-02-03" }) { id } }',
    expect: only('PRESCRIBER', 'AGENCY'),
  },
  'Mutation.diagnose': {
    query:
      'mutation { diagnose(input: { personId: "__PERSON__", criteria: ["PUB_QPV"], diagnosedOn: "2026-12-01" }) { id } }',
    // The person is prescribed to a SIAE of the agence's territory, so the agence sees them and may diagnose them
    // (seed 004: Pôle emploi "est garant de l'éligibilité"); the diagnosis is the agence's own.
    expect: prescribing('ALLOWED'),
  },
  'Mutation.prescribe': {
    query:
      'mutation { prescribe(input: { personId: "__PERSON_2__", diagnosisId: "__DIAGNOSIS_2__", siaeId: "__DEMO_SIAE__", message: "M" }) { id } }',
    // Not on the Mission locale's diagnosis (DIAGNOSIS_OF_ANOTHER_ORGANISATION).
    expect: prescribing('FORBIDDEN'),
  },
  // The right of access (issue 19 §4): the prescripteur and the SIAE that follow the person; another SIAE is told the
  // person is unknown (person-rights.integration.test.ts); an agence does not answer a person's requests.
  // Rectification (issue 19 §4): the prescripteur that recorded the person.
  'Mutation.correctPersonIdentity': {
    query: 'mutation { correctPersonIdentity(personId: "__PERSON__", input: { phone: "0381000001" }) { id } }',
    expect: only('PRESCRIBER'),
  },
  'Mutation.exportPersonRecord': {
    query: 'mutation { exportPersonRecord(personId: "__PERSON__") { personId } }',
    expect: only('PRESCRIBER', 'SIAE'),
  },
  // Any organisation receiving the public orients (annexe 4 §3); each allowed caller records its own person.
  'Mutation.orientPerson': {
    query:
      'mutation { orientPerson(input: { person: { firstName: "Orin", lastName: "Matrice", birthDate: "1991-01-01" }, prescriberOrganisationId: "__ORIENT_TARGET__", reason: "Premier repérage" }) { id } }',
    expect: only('PRESCRIBER', 'SIAE', 'AGENCY'),
  },
  // Only an agence pre-validates a profile, for an ETTI or AI it has a convention de coopération with (annexe 4 §2.2.8).
  'Mutation.prevalidateProfile': {
    query:
      'mutation { prevalidateProfile(input: { personId: "__PERSON__", siaeId: "__PREVALIDATION_SIAE__" }) { id startsOn endsOn } }',
    expect: only('AGENCY'),
  },
  'Mutation.acceptOrientation': {
    query: 'mutation { acceptOrientation(id: "__ORIENTATION_TO_ACCEPT__") { status } }',
    expect: prescribing('NOT_FOUND'),
  },
  'Mutation.declineOrientation': {
    query: 'mutation { declineOrientation(id: "__ORIENTATION_TO_DECLINE__", reason: "Hors secteur") { status } }',
    expect: prescribing('NOT_FOUND'),
  },
  'Mutation.withdrawPrescription': {
    query: 'mutation { withdrawPrescription(id: "__PRESCRIPTION_SENT__") { status } }',
    expect: prescribing('FORBIDDEN'),
  },
  'Mutation.markPrescriptionSeen': {
    query: 'mutation { markPrescriptionSeen(id: "__PRESCRIPTION_TO_SEE__") { status } }',
    expect: only('SIAE'),
  },
  'Mutation.acceptPrescription': {
    query: 'mutation { acceptPrescription(id: "__PRESCRIPTION_TO_ACCEPT__") { status } }',
    expect: only('SIAE'),
  },
  'Mutation.refusePrescription': {
    query:
      'mutation { refusePrescription(id: "__PRESCRIPTION_TO_REFUSE__", reason: "NO_POSITION_AVAILABLE") { status } }',
    expect: only('SIAE'),
  },
  // approvals:request is also a prescripteur's scope; the request itself is the SIAE's (refused in the resolver).
  'Mutation.requestApproval': {
    query:
      'mutation { requestApproval(input: { kind: INITIAL, prescriptionId: "__PRESCRIPTION_ACCEPTED__", contractStartOn: "2026-12-20" }) { id } }',
    expect: only('SIAE'),
  },
  // Before the decision below: documents complete a request still pending.
  'Mutation.addApprovalRequestDocuments': {
    query:
      'mutation { addApprovalRequestDocuments(id: "__REQUEST_PENDING__", documents: [{ fileName: "a.png", contentType: "image/png", dataBase64: "iVBORw0KGgo=" }]) { id } }',
    expect: only('SIAE'),
  },
  'Mutation.decideApprovalRequest': {
    query: 'mutation { decideApprovalRequest(id: "__REQUEST_PENDING__", decision: GRANT) { status } }',
    expect: only('AGENCY'),
  },
  'Mutation.appealApprovalRefusal': {
    query: 'mutation { appealApprovalRefusal(id: "__REQUEST_REFUSED__", text: "Recours") { status } }',
    expect: only('SIAE'),
  },
  'Mutation.decideAppeal': {
    query: 'mutation { decideAppeal(id: "__REQUEST_APPEALED__", upheld: false, comment: "Refus confirmé") { status } }',
    expect: only('AGENCY'),
  },
  // parcours:write is also the agence's scope; contracts, interviews and exits are the SIAE's (refused in the resolver).
  'Mutation.recordContract': {
    query:
      'mutation { recordContract(input: { approvalId: "__APPROVAL__", kind: CDDI, startOn: "2026-12-01", endOn: "2027-02-28" }) { id } }',
    expect: only('SIAE'),
  },
  // Planned before it is held (fiche 7: the window of the contract's end, 28 November to 28 December 2026).
  'Mutation.planExitInterview': {
    query: 'mutation { planExitInterview(input: { approvalId: "__APPROVAL__", plannedOn: "2026-12-20" }) { id } }',
    expect: only('SIAE'),
  },
  'Mutation.recordExitInterview': {
    query:
      'mutation { recordExitInterview(input: { approvalId: "__APPROVAL__", heldOn: "2026-12-14", assessment: "Bilan", sendToReferent: true, sendToPrescriber: true }) { id } }',
    expect: only('SIAE'),
  },
  // Inscription à Pôle emploi (fiche 5): the SIAE of the parcours and the agence of its territory; the same situation
  // recorded by both is one row (the second changes nothing).
  'Mutation.recordPoleEmploiRegistration': {
    query:
      'mutation { recordPoleEmploiRegistration(input: { approvalId: "__APPROVAL__", checkpoint: DURING_PARCOURS, registered: true, registeredOn: "2026-11-02" }) { id poleEmploiRegistration { registered } } }',
    expect: only('SIAE', 'AGENCY'),
  },
  // Conventions, référents, offers (DESIGN §4 row "conventions locales, référents, offers").
  'Query.cooperationAgreements': {
    query: '{ cooperationAgreements(first: 5) { totalCount } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.cooperationAgreement': {
    query: '{ cooperationAgreement(id: "__AGREEMENT__") { status siae { name } } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.jobOffers': {
    query: '{ jobOffers(first: 5) { totalCount } }',
    expect: only('PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'ADMIN', 'api_client_offers_only'),
  },
  'Query.jobOffer': {
    query: '{ jobOffer(id: "__JOB_OFFER__") { title positions } }',
    expect: only('PRESCRIBER', 'SIAE', 'AGENCY', 'STEERING', 'STATE', 'ADMIN', 'api_client_offers_only'),
  },
  'Mutation.draftCooperationAgreement': {
    query: 'mutation { draftCooperationAgreement(input: { siaeId: "__DEMO_SIAE__", startOn: "2027-01-01" }) { id } }',
    expect: only('SIAE', 'AGENCY'),
  },
  'Mutation.updateCooperationAgreement': {
    query:
      'mutation { updateCooperationAgreement(id: "__AGREEMENT__", input: { siaeId: "__DEMO_SIAE__", startOn: "2027-02-01", exitsHeading: "Entretiens" }) { id } }',
    expect: only('SIAE', 'AGENCY'),
  },
  // The SIAE signs first, then its agence: both allowed, and the convention ends up signed.
  'Mutation.signCooperationAgreement': {
    query: 'mutation { signCooperationAgreement(id: "__AGREEMENT__") { status } }',
    expect: only('SIAE', 'AGENCY'),
  },
  // The SIAE terminates it; its agence, allowed too, finds it already terminated.
  'Mutation.terminateCooperationAgreement': {
    query: 'mutation { terminateCooperationAgreement(id: "__AGREEMENT__") { status } }',
    expect: (caller) => (caller === 'AGENCY' ? 'CONFLICT' : only('SIAE', 'AGENCY')(caller)),
  },
  // The SIAE names its correspondent; the agence may not (it names the référent): refused in the resolver.
  'Mutation.setSiaeReferents': {
    query:
      'mutation { setSiaeReferents(siaeId: "__DEMO_SIAE__", input: { correspondentName: "Paul" }) { correspondentName } }',
    expect: only('SIAE'),
  },
  'Mutation.publishJobOffer': {
    query:
      'mutation { publishJobOffer(input: { siaeId: "__DEMO_SIAE__", title: "Agent de tri", description: "Tri" }) { id } }',
    expect: only('SIAE', 'AGENCY'),
  },
  'Mutation.closeJobOffer': {
    query: 'mutation { closeJobOffer(id: "__JOB_OFFER__") { status } }',
    expect: only('SIAE', 'AGENCY'),
  },
  // Activities of the parcours (formation): the SIAE; services and POE also its agence.
  'Mutation.recordTraining': {
    query:
      'mutation { recordTraining(input: { approvalId: "__APPROVAL__", kind: QUALIFYING, title: "T", organisation: "O", hours: 7, startOn: "2027-01-11", endOn: "2027-01-11" }) { id } }',
    expect: only('SIAE'),
  },
  'Mutation.recordImmersion': {
    query:
      'mutation { recordImmersion(input: { approvalId: "__APPROVAL__", hostCompany: "H", objective: "O", startOn: "2027-02-01", endOn: "2027-02-02" }) { id } }',
    expect: only('SIAE'),
  },
  'Mutation.recordServiceUse': {
    query:
      'mutation { recordServiceUse(input: { approvalId: "__APPROVAL__", serviceId: "__SERVICE__", usedOn: "2027-03-01" }) { id } }',
    expect: only('SIAE', 'AGENCY'),
  },
  'Mutation.recordPoe': {
    query:
      'mutation { recordPoe(input: { approvalId: "__APPROVAL__", employer: "E", hours: 70, startOn: "2027-04-01", endOn: "2027-04-20" }) { id } }',
    expect: only('SIAE', 'AGENCY'),
  },
  // Governance (fiche 8, article 3) and the indicators of annexe 1.
  'Query.ctaMeetingsDue': {
    query: '{ ctaMeetingsDue(year: 2026, departement: "25") { cta { name } missingQuarters compliant } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.steeringMeetings': {
    query: '{ steeringMeetings(year: 2026) { heldOn documentsOnTime } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.steeringMeetingsShortfall': {
    query: '{ steeringMeetingsShortfall(year: 2026) }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.roadmap': {
    query: '{ roadmap(year: 2026) { action status } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.amendments': {
    query: '{ amendments { signedOn title } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  // The accord régional's lifecycle (issue 18 §7; articles 4 to 6): read by whoever reads the governance.
  'Query.accord': {
    query:
      '{ accord { state endsOn mayRequestTermination signatories { name mayActFor } termination { noticeEndsOn } terminations { id } } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  // Working groups of the comité (article 3; fiche 6): read with the governance, managed by the comité and the État.
  'Query.workingGroups': {
    query:
      '{ workingGroups { name members { name } meetings { heldOn } proposals { title steeringMeeting { heldOn } } } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE'),
  },
  'Query.workingGroupMemberCandidates': {
    query: '{ workingGroupMemberCandidates { organisationId name kindLabel } }',
    expect: only('STEERING', 'STATE'),
  },
  'Query.indicators': {
    query:
      '{ indicators(filter: { from: "2026-01-01" }) { id note rows { departement { code } siaeKind value masked } } }',
    expect: aggregates,
  },
  'Query.indicatorTrend': {
    query: '{ indicatorTrend(id: "F5_PMSMP", quarters: 4) { points { label value masked } } }',
    expect: aggregates,
  },
  // Figures the platform does not hold (issue 18 §6): read by whoever reads the indicators and by the administrators;
  // entered by the comité, the État of the cell's département (the demo État is the Doubs') and the administrators —
  // the same figure again is the one in force (provided-figures.integration.test.ts for the hostile cases).
  'Query.providedIndicatorFigures': {
    query: '{ providedIndicatorFigures(filter: { period: "2026" }) { id value source enteredBy receivedAt } }',
    expect: only('SIAE', 'AGENCY', 'STEERING', 'STATE', 'ADMIN', 'api_client_directory'),
  },
  'Mutation.recordProvidedIndicatorFigure': {
    query:
      'mutation { recordProvidedIndicatorFigure(input: { indicatorId: "F7_SIAE_OPUS", departement: "25", period: "2026", value: 12, source: "Pôle emploi", referenceDate: "2026-12-01" }) { id version } }',
    expect: only('STEERING', 'STATE', 'ADMIN'),
  },
  'Mutation.importProvidedIndicatorFigures': {
    query:
      'mutation { importProvidedIndicatorFigures(csv: "indicateur;departement;type_siae;periode;valeur;source;date_reference\\nF2_EXCHANGE_SESSIONS;25;;2026-T4;3;Pôle emploi;2026-12-01") { recorded unchanged } }',
    expect: only('STEERING', 'STATE', 'ADMIN'),
  },
  'Mutation.recordCtaMeeting': {
    query:
      'mutation { recordCtaMeeting(input: { ctaId: "__CTA__", heldOn: "2026-11-10", agenda: "Matrice", siaeHeadsInvited: true }) { id } }',
    expect: only('AGENCY'),
  },
  'Mutation.sendCtaMinutesToCdiae': {
    query:
      'mutation { sendCtaMinutesToCdiae(id: "__CTA_MEETING__", on: "2026-11-20", minutes: "Relevé de décisions") { minutesSentToCdiaeOn } }',
    expect: only('AGENCY'),
  },
  // The comité and the État run the same mutation: the second finds the same record and gets it back.
  'Mutation.recordSteeringMeeting': {
    query:
      'mutation { recordSteeringMeeting(input: { heldOn: "2026-11-16", agenda: "Matrice", documentsSentOn: "2026-11-02" }) { id } }',
    expect: only('STEERING', 'STATE'),
  },
  'Mutation.saveRoadmapAction': {
    query:
      'mutation { saveRoadmapAction(input: { year: 2026, fiche: 8, action: "Matrice", owner: "Comité", duePeriod: "2026" }) { id } }',
    expect: only('STEERING', 'STATE'),
  },
  'Mutation.recordAmendment': {
    query:
      'mutation { recordAmendment(input: { signedOn: "2026-11-02", title: "Avenant matrice", summary: "Test" }) { id } }',
    expect: only('STEERING', 'STATE'),
  },
  // A résiliation asked for a réseau IAE (article 6): the comité is let through and meets the accord ended on its
  // article 4 term (no avenant of prorogation in this database); the État acts for the État only, so a réseau is
  // unknown to it (accord-lifecycle.integration.test.ts for the whole journey).
  'Mutation.requestAccordTermination': {
    query:
      'mutation { requestAccordTermination(input: { signatoryId: "5e1f7a3c-0d1b-4c2a-9f01-000000000004", reason: "Matrice" }) { id } }',
    expect: (caller) =>
      caller === 'STEERING' ? 'CONFLICT' : caller === 'STATE' ? 'NOT_FOUND' : only('STEERING', 'STATE')(caller),
  },
  'Mutation.withdrawAccordTermination': {
    query: `mutation { withdrawAccordTermination(id: "${UNKNOWN_ID}") { withdrawnOn } }`,
    expect: (caller) => (['STEERING', 'STATE'].includes(caller) ? 'NOT_FOUND' : only('STEERING', 'STATE')(caller)),
  },
  // The comité and the État run the same mutation: the second gets the group the first created.
  'Mutation.createWorkingGroup': {
    query: `mutation { createWorkingGroup(input: { name: "Groupe matrice", theme: "Formation", fiche: 6, memberIds: ["${demoId('steering:bfc')}"] }) { id } }`,
    expect: only('STEERING', 'STATE'),
  },
  'Mutation.recordWorkingGroupMeeting': {
    query: `mutation { recordWorkingGroupMeeting(input: { groupId: "${UNKNOWN_ID}", heldOn: "2026-11-02", summary: "Matrice" }) { id } }`,
    expect: (caller) => (['STEERING', 'STATE'].includes(caller) ? 'NOT_FOUND' : only('STEERING', 'STATE')(caller)),
  },
  'Mutation.submitWorkingGroupProposal': {
    query: `mutation { submitWorkingGroupProposal(input: { groupId: "${UNKNOWN_ID}", title: "Matrice", summary: "Matrice" }) { id } }`,
    expect: (caller) => (['STEERING', 'STATE'].includes(caller) ? 'NOT_FOUND' : only('STEERING', 'STATE')(caller)),
  },
  // Habilitations of prescripteurs by the préfet (issue 14 §2; accord, annexe 4 §2.1; fiche 2): the préfet's list is
  // part of the directory; the decisions are the État's of the organisation's département (the demo État is the
  // Doubs') and the administrators' (habilitation.integration.test.ts for the hostile cases).
  'Query.habilitatedPrescribers': {
    query: '{ habilitatedPrescribers(departement: "25") { name habilitationStatus } }',
    expect: directory,
  },
  // A lapsed habilitation of the Doubs granted again by the État; the administrator then finds it in effect.
  'Mutation.grantHabilitation': {
    query: `mutation { grantHabilitation(prescriberOrganisationId: "${demoId('prescriber:25:HABILITE:1')}", startOn: "2026-12-15", endOn: "2028-12-14") { habilitationStatus } }`,
    expect: (caller) => (caller === 'ADMIN' ? 'CONFLICT' : only('STATE', 'ADMIN')(caller)),
  },
  // A habilitation of the Côte-d'Or: not the Doubs' État's (answered as an unknown organisation); the administrator's.
  'Mutation.renewHabilitation': {
    query: `mutation { renewHabilitation(prescriberOrganisationId: "${demoId('prescriber:21:HABILITE:1')}", startOn: "2026-12-15", endOn: "2031-12-14") { habilitationStatus } }`,
    expect: (caller) => (caller === 'STATE' ? 'NOT_FOUND' : only('STATE', 'ADMIN')(caller)),
  },
  // Withdrawn by the État; nothing left for the administrator to withdraw.
  'Mutation.withdrawHabilitation': {
    query: `mutation { withdrawHabilitation(prescriberOrganisationId: "${demoId('prescriber:25:HABILITE:3')}", reason: "Avis du CDIAE") { habilitationStatus } }`,
    expect: (caller) => (caller === 'ADMIN' ? 'CONFLICT' : only('STATE', 'ADMIN')(caller)),
  },
  // The CDIAE of the Doubs (issue 18 §5): its avis on its département's requests, its inbox, its presentations; nobody
  // else's (least privilege: the État decides, the comité steers, neither gives the CDIAE's avis).
  'Mutation.giveHabilitationAvis': {
    query: `mutation { giveHabilitationAvis(prescriberOrganisationId: "${demoId('prescriber:25:HABILITE:2')}", favorable: true) { mayGiveHabilitationAvis } }`,
    expect: only('CDIAE'),
  },
  'Query.cdiaeInbox': {
    query: '{ cdiaeInbox(first: 5) { totalCount unreadCount edges { node { id kind read } } } }',
    expect: only('CDIAE'),
  },
  'Query.accordPresentations': { query: '{ accordPresentations { presentedOn } }', expect: only('CDIAE') },
  'Mutation.markCdiaeInboxItemRead': {
    query: `mutation { markCdiaeInboxItemRead(id: "${UNKNOWN_ID}") { read } }`,
    expect: (caller) => (caller === 'CDIAE' ? 'NOT_FOUND' : only('CDIAE')(caller)),
  },
  'Mutation.recordAccordPresentation': {
    query: 'mutation { recordAccordPresentation(presentedOn: "2026-12-10", note: "Séance plénière") { id } }',
    expect: only('CDIAE'),
  },
  'Mutation.recordExit': {
    query:
      'mutation { recordExit(input: { approvalId: "__APPROVAL__", exitOn: "2026-12-14", outcome: TRAINING, skills: ["Accueil"] }) { id } }',
    expect: only('SIAE'),
  },
};

let database: TestDatabase;
let navette: RunningNavette;
const callers = new Map<Caller, Record<string, string>>();
const ids: Record<string, string> = {};

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
  callers.set('anonymous', {});
  for (const account of demoAccounts) {
    if (!callers.has(account.role))
      callers.set(account.role, await signedInHeaders(navette.graphqlUrl, account.email, DEMO_PASSWORD));
  }
  callers.set('api_client_directory', bearer(demoApiClientCredential));
  const offersOnly = createApiClientCredential('0f0e0d0c-0000-4000-8000-000000000001');
  await database.db.insert(tables.apiClients).values({
    id: '0f0e0d0c-0000-4000-8000-000000000001',
    name: 'Job board (offers only)',
    ownerDescription: 'test',
    secretHash: offersOnly.secretHash,
    scopes: ['offers:read'],
  });
  callers.set('api_client_offers_only', bearer(offersOnly.credential));
  const [siae] = await database.db.select().from(tables.siaes).limit(1);
  const [prescriber] = await database.db.select().from(tables.prescriberOrganisations).limit(1);
  const [prescriberUser] = await database.db
    .select()
    .from(tables.users)
    .where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  Object.assign(ids, {
    [SIAE_ID]: siae!.id,
    [AGENCY_ID]: siae!.agencyId,
    [PRESCRIBER_ID]: prescriber!.id,
    __PRESCRIBER_USER_ID__: prescriberUser!.id,
    __DEMO_SIAE__: ORGS.siae,
  });
  Object.assign(ids, await prepareParcoursRows());
  for (const [key, id] of [
    ['__API_CLIENT__', '0f0e0d0c-0000-4000-8000-000000000002'],
    ['__API_CLIENT_TO_REVOKE__', '0f0e0d0c-0000-4000-8000-000000000003'],
  ] as const) {
    await database.db.insert(tables.apiClients).values({
      id,
      name: 'Matrice',
      ownerDescription: 'test',
      secretHash: createApiClientCredential(id).secretHash,
      scopes: ['directory:read'],
      organisationKind: 'SIAE',
      organisationId: ORGS.siae,
      departementCode: '25',
    });
    ids[key] = id;
  }
  callers.set('other_siae', await signIn(navette.graphqlUrl, (await createOtherAccounts(database.db)).otherSiae));
});

/** One journey of the demo prescripteur, SIAE and agence, leaving a row in each state a mutation of the matrix needs. */
async function prepareParcoursRows(): Promise<Record<string, string>> {
  const url = navette.graphqlUrl;
  const actors = { prescriber: callers.get('PRESCRIBER')!, siae: callers.get('SIAE')!, agency: callers.get('AGENCY')! };
  const sent = await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  const { recordPerson } = await ok(url, actors.prescriber, RECORD_PERSON, {
    input: { firstName: 'B', lastName: 'Matrice', birthDate: '1980-05-06' },
  });
  const { diagnose } = await ok(url, actors.prescriber, DIAGNOSE, {
    input: { personId: recordPerson.id, criteria: ['SOC_AGE'], diagnosedOn: '2026-12-01' },
  });
  const toSee = await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  const toAccept = await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  const toRefuse = await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  const accepted = await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  await ok(url, actors.siae, ACCEPT, { id: accepted.prescriptionId });
  const pending = await pendingInitialRequest(url, actors);
  const refused = await pendingInitialRequest(url, actors);
  await ok(url, actors.agency, DECIDE, {
    id: refused.requestId,
    decision: 'REFUSE',
    reason: 'NEW_INFORMATION',
    comment: 'Motif',
  });
  const appealed = await pendingInitialRequest(url, actors);
  await ok(url, actors.agency, DECIDE, {
    id: appealed.requestId,
    decision: 'REFUSE',
    reason: 'NEW_INFORMATION',
    comment: 'Motif',
  });
  await ok(url, actors.siae, `mutation($id: ID!) { appealApprovalRefusal(id: $id, text: "Recours") { id } }`, {
    id: appealed.requestId,
  });
  const ORIENT = `mutation($input: OrientationInput!) { orientPerson(input: $input) { id } }`;
  const orientation = async (lastName: string) =>
    (
      await ok(url, actors.siae, ORIENT, {
        input: {
          person: { firstName: 'O', lastName, birthDate: '1992-07-08' },
          prescriberOrganisationId: ORGS.prescriber,
          reason: 'Repérage',
        },
      })
    ).orientPerson.id as string;
  const [seenOrientation, orientationToAccept, orientationToDecline] = [
    await orientation('Orientee'),
    await orientation('Acceptee'),
    await orientation('Declinee'),
  ];
  const granted = await pendingInitialRequest(url, actors);
  const { decideApprovalRequest } = await ok(url, actors.agency, DECIDE, { id: granted.requestId, decision: 'GRANT' });
  const { draftCooperationAgreement } = await ok(
    url,
    actors.agency,
    `mutation { draftCooperationAgreement(input: { siaeId: "${ORGS.siae}", startOn: "2027-02-01" }) { id } }`,
  );
  const { publishJobOffer } = await ok(
    url,
    actors.siae,
    `mutation { publishJobOffer(input: { siaeId: "${ORGS.siae}", title: "Offre", description: "D" }) { id } }`,
  );
  const [service] = await database.db
    .select()
    .from(tables.employmentServices)
    .where(eq(tables.employmentServices.agencyId, ORGS.agency))
    .limit(1);
  const { recordCtaMeeting } = await ok(
    url,
    actors.agency,
    `mutation { recordCtaMeeting(input: { ctaId: "${demoId('cta:25-BES')}", heldOn: "2026-11-02", agenda: "Matrice", siaeHeadsInvited: false }) { id } }`,
  );
  // An AI of the agence's territory with a signed convention (the validation des profils is part of it, §2.2.8).
  const prevalidationSiae = demoId('siae:25-BES:2');
  await database.db.insert(tables.cooperationAgreements).values({
    siaeId: prevalidationSiae,
    agencyId: ORGS.agency,
    status: 'SIGNED',
    startOn: '2026-01-01',
    endOn: '2027-12-31',
    siaeSignedOn: '2025-12-15',
    agencySignedOn: '2025-12-16',
    signedOn: '2025-12-16',
  });
  return {
    __PREVALIDATION_SIAE__: prevalidationSiae,
    __CTA__: demoId('cta:25-BES'),
    __CTA_MEETING__: recordCtaMeeting.id,
    __AGREEMENT__: draftCooperationAgreement.id,
    __JOB_OFFER__: publishJobOffer.id,
    __SERVICE__: service!.id,
    __PERSON__: sent.personId,
    __PRESCRIPTION_SENT__: sent.prescriptionId,
    __PERSON_2__: recordPerson.id,
    __DIAGNOSIS_2__: diagnose.id,
    __PRESCRIPTION_TO_SEE__: toSee.prescriptionId,
    __PRESCRIPTION_TO_ACCEPT__: toAccept.prescriptionId,
    __PRESCRIPTION_TO_REFUSE__: toRefuse.prescriptionId,
    __PRESCRIPTION_ACCEPTED__: accepted.prescriptionId,
    __REQUEST_PENDING__: pending.requestId,
    __REQUEST_REFUSED__: refused.requestId,
    __REQUEST_APPEALED__: appealed.requestId,
    __APPROVAL__: decideApprovalRequest.resultingApproval.id,
    __ORIENTATION__: seenOrientation,
    __ORIENTATION_TO_ACCEPT__: orientationToAccept,
    __ORIENTATION_TO_DECLINE__: orientationToDecline,
    __ORIENT_TARGET__: ORGS.otherPrescriber,
  };
}
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

describe('every way into the API has a rule', () => {
  const objects = supergraph.definitions.filter(
    (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
  );

  it('each root field carries @authenticated or @requiresScopes, or is one of the sign-in mutations', () => {
    const unguarded = objects
      .filter((t) => t.name.value === 'Query' || t.name.value === 'Mutation')
      .flatMap((t) =>
        (t.fields ?? []).map((f) => ({
          coordinate: `${t.name.value}.${f.name.value}`,
          guarded: hasRule(f.directives),
        })),
      )
      .filter((f) => !f.guarded && !PUBLIC_ROOT_FIELDS.has(f.coordinate))
      .map((f) => f.coordinate);
    expect(unguarded).toEqual([]);
  });

  it('each entity (reachable by reference, `_entities`) carries a type-level rule', () => {
    const unguarded = objects
      .filter((t) =>
        t.directives?.some((d) => d.name.value === 'join__type' && d.arguments?.some((a) => a.name.value === 'key')),
      )
      .filter((t) => !hasRule(t.directives))
      .map((t) => t.name.value);
    expect(unguarded).toEqual([]);
  });

  it('each root field has a row in this matrix (the sign-in mutations apart)', () => {
    const roots = objects
      .filter((t) => t.name.value === 'Query' || t.name.value === 'Mutation')
      .flatMap((t) => (t.fields ?? []).map((f) => `${t.name.value}.${f.name.value}`))
      .filter((coordinate) => !PUBLIC_ROOT_FIELDS.has(coordinate));
    expect(roots.sort()).toEqual(Object.keys(MATRIX).sort());
  });
});

describe('the matrix', () => {
  const allCallers: Caller[] = [
    'anonymous',
    'PRESCRIBER',
    'SIAE',
    'AGENCY',
    'STEERING',
    'STATE',
    'ADMIN',
    'api_client_directory',
    'api_client_offers_only',
  ];
  for (const [coordinate, row] of Object.entries(MATRIX)) {
    it(`${coordinate}: ${allCallers.map((c) => `${c} ${row.expect(c)}`).join(', ')}`, async () => {
      const query = Object.entries(ids).reduce((q, [placeholder, id]) => q.replaceAll(placeholder, id), row.query);
      let created = false;
      for (const caller of allCallers) {
        const { data, errors } = await graphql(navette.graphqlUrl, query, {}, callers.get(caller));
        const outcome = row.expect(caller);
        // The same create sent again by the next allowed caller: the access rules let it through and a natural key
        // (issue 12, migration 0016) refuses the duplicate.
        const duplicate =
          created &&
          errors?.length === 1 &&
          errors[0]?.extensions?.code === 'CONFLICT' &&
          'constraint' in (errors[0]?.extensions ?? {});
        if (outcome === 'ALLOWED' && duplicate) continue;
        if (outcome === 'UNSEEN') {
          expect(errors, `${caller} on ${coordinate}`).toBeUndefined();
          expect(
            Object.values(data ?? {}).every((v) => v === null),
            `${caller} saw a row on ${coordinate}`,
          ).toBe(true);
          continue;
        }
        if (outcome === 'ALLOWED') created = coordinate.startsWith('Mutation.');
        if (outcome === 'ALLOWED') {
          expect(errors, `${caller} on ${coordinate}`).toBeUndefined();
          expect(
            Object.values(data ?? {}).every((v) => v !== null),
            `${caller} on ${coordinate}`,
          ).toBe(true);
        } else {
          expect(errors?.[0]?.extensions?.code, `${caller} on ${coordinate}`).toBe(outcome);
          expect(
            Object.values(data ?? {}).every((v) => v === null),
            `${caller} got data on ${coordinate}`,
          ).toBe(true);
        }
      }
    });
  }

  it('sign-in mutations are open to anyone and give nothing away', async () => {
    const { errors } = await graphql(
      navette.graphqlUrl,
      'mutation { signIn(email: "x@example.org", password: "y") { accessToken } }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
  });
});

describe('whatever the query shape', () => {
  it('refuses aliases and fragments the same way', async () => {
    const query = `{ a: siaes(first: 1) { ...page } b: departements { code } }
      fragment page on SiaeConnection { edges { node { name } } }`;
    const { data, errors } = await graphql(navette.graphqlUrl, query);
    expect(data ?? null).toBeNull();
    expect(errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it('does not expose `_entities` through the gateway', async () => {
    const { errors } = await graphql(
      navette.graphqlUrl,
      `{ _entities(representations: [{ __typename: "Siae", id: "${ids[SIAE_ID]}" }]) { ... on Siae { name } } }`,
      {},
      callers.get('SIAE'),
    );
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an entity reference sent straight to a subgraph without credentials, field by field', async () => {
    for (const [subgraph, typename, selection] of [
      ['structures', 'Siae', 'name siret'],
      ['formation', 'Agency', 'employmentServices { title }'],
      ['parcours', 'Siae', 'approvalDecisionDeadline(receivedOn: "2026-11-23")'],
    ] as const) {
      const representation =
        typename === 'Agency'
          ? `{ __typename: "Agency", id: "${ids[AGENCY_ID]}" }`
          : `{ __typename: "Siae", id: "${ids[SIAE_ID]}", kind: ACI, departement: { code: "25" } }`;
      const { data, errors } = await signedSubgraphGraphql(
        navette.subgraphSecret,
        navette.subgraphs[subgraph],
        `{ _entities(representations: [${representation}]) { ... on ${typename} { ${selection} } } }`,
      );
      expect(JSON.stringify(data ?? {}), `${subgraph} leaked`).not.toMatch(/"name":"|"title":"|\d{4}-\d{2}-\d{2}/);
      expect(errors?.[0]?.extensions?.code, subgraph).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses a nested connection to an API client without the directory scope', async () => {
    const { data, errors } = await graphql(
      navette.graphqlUrl,
      `{ agency(id: "${ids[AGENCY_ID]}") { siaes(first: 5) { edges { node { name } } } } }`,
      {},
      callers.get('api_client_offers_only'),
    );
    expect(data?.agency ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('another organisation reaches none of a person’s data by id, by alias and fragment, or through nested lists', async () => {
    // 10 prescriptions, not 50: 50 × 20 approvals × 20 requests is over the operation cost limit (issue 11).
    const query = `{
      p: person(id: "${ids['__PERSON__']}") { ...who }
      r: approvalRequest(id: "${ids['__REQUEST_PENDING__']}") { person { ...who } }
      a: approval(id: "${ids['__APPROVAL__']}") { number }
      x: prescription(id: "${ids['__PRESCRIPTION_SENT__']}") { message }
      o: orientation(id: "${ids['__ORIENTATION__']}") { reason person { ...who } }
      sent: orientations(direction: RECEIVED, first: 10) { totalCount }
      list: prescriptions(first: 10) { totalCount edges { node { person { ...who approvals { requests { person { ...who } } } } } } }
      people(first: 50) { totalCount }
    }
    fragment who on Person { firstName lastName birthDate }`;
    const { data, errors } = await graphql(navette.graphqlUrl, query, {}, callers.get('other_siae'));
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      p: null,
      r: null,
      a: null,
      x: null,
      o: null,
      sent: { totalCount: 0 },
      list: { totalCount: 0, edges: [] },
      people: { totalCount: 0 },
    });
    // The SIAE the person was prescribed to sees them through the same document.
    const own = await graphql(navette.graphqlUrl, query, {}, callers.get('SIAE'));
    expect(own.data?.p?.lastName).toBeTruthy();
    expect(own.data?.list.totalCount).toBeGreaterThan(0);
  });

  it('the inscription à Pôle emploi of a parcours: the SIAE and the agence read it; the prescripteur who sees the agrément does not; another SIAE sees no agrément', async () => {
    const approvalId = ids['__APPROVAL__'];
    await graphql(
      navette.graphqlUrl,
      `mutation { recordPoleEmploiRegistration(input: { approvalId: "${approvalId}", checkpoint: DURING_PARCOURS, registered: true, registeredOn: "2026-11-02" }) { id } }`,
      {},
      callers.get('SIAE'),
    );
    const read = `{ approval(id: "${approvalId}") { number registrationCheckDueOn
      poleEmploiRegistration { registered registeredOn checkedOn recordedBy checkpointLabel }
      poleEmploiRegistrationAfterEnd { registered } } }`;
    for (const caller of ['SIAE', 'AGENCY'] as const) {
      const { data, errors } = await graphql(navette.graphqlUrl, read, {}, callers.get(caller));
      expect(errors, caller).toBeUndefined();
      expect(data?.approval?.poleEmploiRegistration, caller).toMatchObject({
        registered: true,
        registeredOn: '2026-11-02',
        checkpointLabel: 'Pendant le parcours',
      });
      expect(data?.approval?.poleEmploiRegistrationAfterEnd, caller).toBeNull();
    }
    const prescriber = await graphql(navette.graphqlUrl, read, {}, callers.get('PRESCRIBER'));
    expect(prescriber.errors).toBeUndefined();
    expect(prescriber.data?.approval?.number).toBeTruthy();
    expect(prescriber.data?.approval?.poleEmploiRegistration).toBeNull();
    const other = await graphql(navette.graphqlUrl, read, {}, callers.get('other_siae'));
    expect(other.data).toEqual({ approval: null });
    const forged = await graphql(
      navette.graphqlUrl,
      `mutation { recordPoleEmploiRegistration(input: { approvalId: "${approvalId}", checkpoint: DURING_PARCOURS, registered: false }) { id } }`,
      {},
      callers.get('other_siae'),
    );
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    // The day of the record is the server's: the input has no field for it, and a registration day in the future is
    // refused with the domain's reason.
    const dated = await graphql(
      navette.graphqlUrl,
      `mutation { recordPoleEmploiRegistration(input: { approvalId: "${approvalId}", checkpoint: DURING_PARCOURS, registered: false, checkedOn: "2020-01-01" }) { id } }`,
      {},
      callers.get('SIAE'),
    );
    expect(dated.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const future = await graphql(
      navette.graphqlUrl,
      `mutation { recordPoleEmploiRegistration(input: { approvalId: "${approvalId}", checkpoint: DURING_PARCOURS, registered: true, registeredOn: "2099-01-01" }) { id } }`,
      {},
      callers.get('AGENCY'),
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REGISTRATION_DATE_IN_FUTURE',
    });
    const { data } = await graphql(navette.graphqlUrl, read, {}, callers.get('SIAE'));
    expect(data?.approval?.poleEmploiRegistration).toMatchObject({ registered: true, registeredOn: '2026-11-02' });
  });

  it('a person asked straight from the parcours subgraph (`_entities`): nothing without a token, nothing for another organisation', async () => {
    const document = `{ _entities(representations: [{ __typename: "Person", id: "${ids['__PERSON__']}" }]) { ... on Person { firstName lastName birthDate } } }`;
    const straight = (headers?: Record<string, string>) =>
      signedSubgraphGraphql(navette.subgraphSecret, navette.subgraphs.parcours, document, {}, headers);
    const anonymous = await straight();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(anonymous.data ?? {})).not.toMatch(/Matrice|Personne|\d{4}-\d{2}-\d{2}/);
    const other = await straight(callers.get('other_siae'));
    expect(other.data).toEqual({ _entities: [null] });
    const steering = await straight(callers.get('STEERING'));
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(steering.data ?? {})).not.toMatch(/firstName":"/);
  });
});
