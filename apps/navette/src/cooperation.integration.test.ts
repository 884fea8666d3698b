// Conventions de coopération locale, référents, job offers (structures) and the activities of a parcours (formation),
// through the gateway on a real PostgreSQL, each role with its own token (issue 6 §1, §2; DESIGN §4).
import { demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import {
  createOtherAccounts,
  DECIDE,
  DIAGNOSE,
  ok,
  ORGS,
  pendingInitialRequest,
  RECORD_PERSON,
  signIn,
} from './testing/parcours.js';

const TODAY = '2026-11-23';
const AI_OF_BESANCON = demoId('siae:25-BES:2'); // an association intermédiaire followed by the demo agence
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const as: Record<
  'prescriber' | 'siae' | 'agency' | 'steering' | 'otherSiae' | 'otherAgency',
  Record<string, string>
> = {} as never;

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
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
    otherSiae: await signIn(url, other.otherSiae),
    otherAgency: await signIn(url, other.otherAgency),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const DRAFT = `mutation($input: CooperationAgreementInput!) { draftCooperationAgreement(input: $input) { id status siaeSignedOn agencySignedOn } }`;
const SIGN = `mutation($id: ID!) { signCooperationAgreement(id: $id) { status signedOn siaeSignedOn agencySignedOn inForce } }`;

describe('conventions de coopération locale (accord, article 2; annexe 4 §2.2.8)', () => {
  it('an AI without a convention in force is flagged until the SIAE and its agence have both signed one', async () => {
    const FLAGGED = `{ siaes(first: 100, filter: { departement: "25", missingCooperationAgreement: true }) { edges { node { id kind missingCooperationAgreement } } } }`;
    const before = await ok(url, as.steering, FLAGGED);
    const ids = before.siaes.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(AI_OF_BESANCON);
    expect(
      before.siaes.edges.every(
        (e: { node: { kind: string; missingCooperationAgreement: boolean } }) =>
          e.node.kind === 'AI' && e.node.missingCooperationAgreement,
      ),
    ).toBe(true);

    const { draftCooperationAgreement: draft } = await ok(url, as.agency, DRAFT, {
      input: {
        siaeId: AI_OF_BESANCON,
        startOn: '2026-11-01',
        endOn: '2027-10-31',
        prescriptionHeading: 'Validation des profils en CTA',
      },
    });
    expect(draft).toMatchObject({ status: 'DRAFT', siaeSignedOn: null, agencySignedOn: null });
    const half = await ok(url, as.agency, SIGN, { id: draft.id });
    expect(half.signCooperationAgreement).toMatchObject({ status: 'DRAFT', agencySignedOn: TODAY, inForce: false });
    const again = await graphql(url, SIGN, { id: draft.id }, as.agency);
    expect(again.errors?.[0]).toMatchObject({
      message: 'Vous avez déjà signé cette convention le 23/11/2026.',
      extensions: { code: 'CONFLICT', reason: 'AGREEMENT_ALREADY_SIGNED_BY_YOU' },
    });

    // The AI's own account signs the other side (a user of that SIAE).
    const aiUser = await accountFor('SIAE', AI_OF_BESANCON);
    const full = await ok(url, aiUser, SIGN, { id: draft.id });
    expect(full.signCooperationAgreement).toMatchObject({ status: 'SIGNED', signedOn: TODAY, inForce: true });
    const after = await ok(url, as.steering, FLAGGED);
    expect(after.siaes.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(AI_OF_BESANCON);

    // A second convention overlapping the signed one cannot be signed.
    const { draftCooperationAgreement: overlap } = await ok(url, as.agency, DRAFT, {
      input: { siaeId: AI_OF_BESANCON, startOn: '2027-01-01' },
    });
    await ok(url, aiUser, SIGN, { id: overlap.id });
    const refused = await graphql(url, SIGN, { id: overlap.id }, as.agency);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'AGREEMENT_OVERLAPS_ANOTHER' });

    // A heading is a page of text: the use case's 10,000 characters hold through the gateway (not the server-wide
    // 1,000 of a form's line); beyond, refused before the operation runs.
    const long = 'Les sorties sont préparées en CTA. '.repeat(100);
    expect(long.length).toBeGreaterThan(1_000);
    const headings = { prescriptionHeading: long, referentsHeading: long, offersHeading: long, exitsHeading: long };
    const { draftCooperationAgreement: detailed } = await ok(url, as.agency, DRAFT, {
      input: { siaeId: AI_OF_BESANCON, startOn: '2028-01-01', ...headings },
    });
    const [stored] = await database.db
      .select()
      .from(tables.cooperationAgreements)
      .where(eq(tables.cooperationAgreements.id, detailed.id));
    expect(stored).toMatchObject({ exitsHeading: long.trim(), prescriptionHeading: long.trim() });
    const tooLong = await graphql(
      url,
      DRAFT,
      { input: { siaeId: AI_OF_BESANCON, startOn: '2028-01-01', exitsHeading: 'x'.repeat(10_001) } },
      as.agency,
    );
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT_TOO_LONG' });
  });

  it('who sees conventions: the SIAE its own, the agence its territory, the comité all; not another SIAE, not a prescripteur', async () => {
    const { draftCooperationAgreement: draft } = await ok(url, as.siae, DRAFT, {
      input: { siaeId: ORGS.siae, startOn: '2026-12-01' },
    });
    const LIST = `{ cooperationAgreements(first: 50) { totalCount edges { node { id siae { id } } } } }`;
    const idsFor = async (h: Record<string, string>) =>
      (await ok(url, h, LIST)).cooperationAgreements.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await idsFor(as.siae)).toEqual([draft.id]);
    expect(await idsFor(as.agency)).toContain(draft.id);
    expect(await idsFor(as.steering)).toContain(draft.id);
    expect(await idsFor(as.otherSiae)).toEqual([]);
    expect(await idsFor(as.otherAgency)).toEqual([]);
    const prescriber = await graphql(url, LIST, {}, as.prescriber);
    expect(prescriber.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Through the SIAE entity too: null for another SIAE.
    const nested = await ok(
      url,
      as.otherSiae,
      `query($id: ID!) { siae(id: $id) { name cooperationAgreements { id } referents { referentName } } }`,
      { id: ORGS.siae },
    );
    expect(nested.siae).toMatchObject({ cooperationAgreements: null, referents: null });
    // Another SIAE cannot draft for this one; dates in the wrong order are refused.
    const foreign = await graphql(url, DRAFT, { input: { siaeId: ORGS.siae, startOn: '2026-12-01' } }, as.otherSiae);
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SIAE_NOT_YOURS' });
    const reversed = await graphql(
      url,
      DRAFT,
      { input: { siaeId: ORGS.siae, startOn: '2026-12-01', endOn: '2026-01-01' } },
      as.siae,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AGREEMENT_DATES_OUT_OF_ORDER',
    });
    // Refusals with a stable reason (use cases update- and terminate-cooperation-agreement); nothing drafted.
    expect(await idsFor(as.siae)).toEqual([draft.id]);
    const UPDATE = `mutation($id: ID!, $input: CooperationAgreementInput!) { updateCooperationAgreement(id: $id, input: $input) { id } }`;
    const moved = await graphql(
      url,
      UPDATE,
      { id: draft.id, input: { siaeId: ORGS.otherSiae, startOn: '2026-12-01' } },
      as.siae,
    );
    expect(moved.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AGREEMENT_SIAE_CHANGED' });
    const unseen = await graphql(
      url,
      UPDATE,
      { id: draft.id, input: { siaeId: ORGS.siae, startOn: '2026-12-01' } },
      as.otherSiae,
    );
    expect(unseen.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'AGREEMENT_NOT_FOUND' });
    const TERMINATE = `mutation($id: ID!) { terminateCooperationAgreement(id: $id) { id } }`;
    const notSigned = await graphql(url, TERMINATE, { id: draft.id }, as.siae);
    expect(notSigned.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'AGREEMENT_NOT_SIGNED' });
    const byPrescriber = await graphql(url, TERMINATE, { id: draft.id }, as.prescriber);
    expect(byPrescriber.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the agence names the référent Pôle emploi, the SIAE its correspondent, each only its own', async () => {
    const SET = `mutation($siaeId: ID!, $input: SiaeReferentsInput!) { setSiaeReferents(siaeId: $siaeId, input: $input) { referentName correspondentName } }`;
    await ok(url, as.agency, SET, {
      siaeId: ORGS.siae,
      input: { referentName: 'Agnès Référente', referentEmail: 'agnes@pole-emploi.example' },
    });
    const both = await ok(url, as.siae, SET, { siaeId: ORGS.siae, input: { correspondentName: 'Paul Correspondant' } });
    expect(both.setSiaeReferents).toEqual({ referentName: 'Agnès Référente', correspondentName: 'Paul Correspondant' });
    const wrongSide = await graphql(url, SET, { siaeId: ORGS.siae, input: { referentName: 'Moi' } }, as.siae);
    expect(wrongSide.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REFERENT_SET_BY_AGENCY' });
    const otherSide = await graphql(url, SET, { siaeId: ORGS.siae, input: { correspondentName: 'Moi' } }, as.agency);
    expect(otherSide.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CORRESPONDENT_SET_BY_SIAE' });
    const badEmail = await graphql(
      url,
      SET,
      { siaeId: ORGS.siae, input: { correspondentEmail: 'paul-sans-arobase' } },
      as.siae,
    );
    expect(badEmail.errors?.[0]).toMatchObject({
      message: 'Courriel du correspondant : adresse invalide.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Courriel du correspondant' },
    });
    expect(badEmail.errors?.[0]?.message).not.toContain('paul-sans-arobase');
    const kept = await ok(
      url,
      as.steering,
      `query($id: ID!) { siae(id: $id) { referents { correspondentName correspondentEmail } } }`,
      { id: ORGS.siae },
    );
    expect(kept.siae.referents).toEqual({ correspondentName: 'Paul Correspondant', correspondentEmail: null });
  });
});

describe('job offers (fiche 4)', () => {
  it('a SIAE publishes an offer the prescripteur and an API client see; once closed it is gone for them', async () => {
    const { publishJobOffer } = await ok(
      url,
      as.siae,
      `mutation($input: JobOfferInput!) { publishJobOffer(input: $input) { id status publishedOn } }`,
      {
        input: {
          siaeId: ORGS.siae,
          title: 'Agent·e de tri',
          description: 'Tri et valorisation',
          positions: 2,
          depositedAtPoleEmploiOn: '2026-11-20',
        },
      },
    );
    expect(publishJobOffer).toMatchObject({ status: 'OPEN', publishedOn: TODAY });
    const SEARCH = `{ jobOffers(filter: { departement: "25", search: "agent" }) { edges { node { id title siae { name } } } } }`;
    const seen = await ok(url, as.prescriber, SEARCH);
    expect(seen.jobOffers.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(publishJobOffer.id);
    // A prescription for that offer shows it to both sides.
    const { recordPerson } = await ok(url, as.prescriber, RECORD_PERSON, {
      input: { firstName: 'O', lastName: 'Offre', birthDate: '1990-01-01' },
    });
    const { diagnose } = await ok(url, as.prescriber, DIAGNOSE, {
      input: { personId: recordPerson.id, criteria: ['PUB_QPV'], diagnosedOn: TODAY },
    });
    const { prescribe } = await ok(
      url,
      as.prescriber,
      `mutation($input: PrescriptionInput!) { prescribe(input: $input) { jobOffer { id title } } }`,
      {
        input: {
          personId: recordPerson.id,
          diagnosisId: diagnose.id,
          siaeId: ORGS.siae,
          jobOfferId: publishJobOffer.id,
          message: 'Pour votre offre',
        },
      },
    );
    expect(prescribe.jobOffer).toEqual({ id: publishJobOffer.id, title: 'Agent·e de tri' });
    await ok(url, as.agency, `mutation($id: ID!) { closeJobOffer(id: $id) { status } }`, { id: publishJobOffer.id });
    // Closed: gone for the prescripteur, still there for the SIAE.
    const JOB = `query($id: ID!) { jobOffer(id: $id) { status } }`;
    expect((await ok(url, as.prescriber, JOB, { id: publishJobOffer.id })).jobOffer).toBeNull();
    expect((await ok(url, as.siae, JOB, { id: publishJobOffer.id })).jobOffer).toEqual({ status: 'CLOSED' });
    const after = await ok(url, as.prescriber, SEARCH);
    expect(after.jobOffers.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(publishJobOffer.id);
    const future = await graphql(
      url,
      `
        mutation ($input: JobOfferInput!) {
          publishJobOffer(input: $input) {
            id
          }
        }
      `,
      {
        input: { siaeId: ORGS.siae, title: 'X', description: 'Y', depositedAtPoleEmploiOn: '2027-01-01' },
      },
      as.siae,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DEPOSIT_DATE_IN_FUTURE' });
    // Bad input: BAD_USER_INPUT with a stable reason (use case publish-job-offer).
    const PUBLISH = `mutation($input: JobOfferInput!) { publishJobOffer(input: $input) { id } }`;
    for (const change of [{ title: '  ' }, { positions: 0 }, { positions: 501 }, { description: 'y'.repeat(10_001) }]) {
      const refused = await graphql(
        url,
        PUBLISH,
        { input: { siaeId: ORGS.siae, title: 'X', description: 'Y', ...change } },
        as.siae,
      );
      expect(refused.errors?.[0]?.extensions, JSON.stringify(change).slice(0, 40)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
      });
    }
    const unknownOffer = await graphql(
      url,
      `
        mutation ($id: ID!) {
          closeJobOffer(id: $id) {
            status
          }
        }
      `,
      { id: '00000000-0000-4000-8000-000000000000' },
      as.siae,
    );
    expect(unknownOffer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'JOB_OFFER_NOT_FOUND' });
  });
});

describe('activities of the parcours (fiches 5, 6, 7)', () => {
  it('the SIAE records training, PMSMP, services and POE within the agrément; its agence and the prescripteur see them, others do not', async () => {
    const r = await pendingInitialRequest(url, as);
    const { decideApprovalRequest } = await ok(url, as.agency, DECIDE, { id: r.requestId, decision: 'GRANT' });
    const approvalId = decideApprovalRequest.resultingApproval.id;
    await ok(url, as.siae, `mutation($input: TrainingInput!) { recordTraining(input: $input) { id kindLabel } }`, {
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
    const [service] = await database.db
      .select()
      .from(tables.employmentServices)
      .where(eq(tables.employmentServices.agencyId, ORGS.agency))
      .limit(1);
    await ok(
      url,
      as.agency,
      `mutation($input: ServiceUseInput!) { recordServiceUse(input: $input) { id service { title } } }`,
      {
        input: { approvalId, serviceId: service!.id, usedOn: '2027-03-01' },
      },
    );
    const outside = await graphql(
      url,
      `
        mutation ($input: TrainingInput!) {
          recordTraining(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          approvalId,
          kind: 'QUALIFYING',
          title: 'Trop tôt',
          organisation: 'X',
          hours: 10,
          startOn: '2026-11-01',
          endOn: '2026-11-05',
        },
      },
      as.siae,
    );
    expect(outside.errors?.[0]).toMatchObject({
      message: 'La formation doit se dérouler pendant le parcours, du 01/12/2026 au 30/11/2028.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_OUTSIDE_PARCOURS' },
    });
    const foreign = await graphql(
      url,
      `
        mutation ($input: ImmersionInput!) {
          recordImmersion(input: $input) {
            id
          }
        }
      `,
      {
        input: { approvalId, hostCompany: 'X', objective: 'Y', startOn: '2027-02-01', endOn: '2027-02-02' },
      },
      as.otherSiae,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'APPROVAL_NOT_FOUND' });
    // Bad input: BAD_USER_INPUT with a stable reason, nothing written (use cases record-training, record-poe).
    const TRAINING = `mutation($input: TrainingInput!) { recordTraining(input: $input) { id } }`;
    const training = {
      approvalId,
      kind: 'QUALIFYING',
      title: 'Soudure',
      organisation: 'AFPA',
      hours: 10,
      startOn: '2027-01-11',
      endOn: '2027-01-12',
    };
    const refusals: [string, Record<string, unknown>, Record<string, string>, Record<string, string>][] = [
      [
        TRAINING,
        { ...training, title: '   ' },
        as.siae,
        { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Intitulé' },
      ],
      [TRAINING, { ...training, hours: 0 }, as.siae, { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_HOURS_INVALID' }],
      [
        TRAINING,
        { ...training, endOn: '2027-01-10' },
        as.siae,
        { code: 'BAD_USER_INPUT', reason: 'ACTIVITY_DATES_OUT_OF_ORDER' },
      ],
      [TRAINING, training, as.agency, { code: 'FORBIDDEN', reason: 'SIAE_ONLY' }],
      [
        `mutation($input: PoeInput!) { recordPoe(input: $input) { id } }`,
        { approvalId, employer: 'x'.repeat(301), hours: 70, startOn: '2027-04-01', endOn: '2027-04-20' },
        as.agency,
        { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Employeur' },
      ],
      [
        `mutation($input: ServiceUseInput!) { recordServiceUse(input: $input) { id } }`,
        { approvalId, serviceId: '00000000-0000-4000-8000-000000000000', usedOn: '2027-03-01' },
        as.siae,
        { code: 'NOT_FOUND', reason: 'SERVICE_NOT_OFFERED' },
      ],
    ];
    for (const [mutation, input, caller, extensions] of refusals) {
      const refused = await graphql(url, mutation, { input }, caller);
      expect(refused.errors?.[0]?.extensions, JSON.stringify(input).slice(0, 80)).toMatchObject(extensions);
    }

    const VIEW = `query($id: ID!) { approval(id: $id) { number trainingHours trainingRecords { title hours } immersions { hostCompany } serviceUses { service { title } } } }`;
    for (const viewer of [as.siae, as.agency, as.prescriber]) {
      const seen = await ok(url, viewer, VIEW, { id: approvalId });
      expect(seen.approval).toMatchObject({
        trainingHours: 35,
        trainingRecords: [{ title: 'CACES R489', hours: 35 }],
        immersions: [{ hostCompany: 'Scierie du Doubs' }],
      });
      expect(seen.approval.serviceUses).toHaveLength(1);
    }
    const other = await ok(url, as.otherAgency, VIEW, { id: approvalId });
    expect(other.approval).toBeNull();
    const [rows] = await database.db.select({ n: count() }).from(tables.trainingRecords);
    expect(rows?.n).toBe(1);
  });
});

/** A user of the given organisation, with the demo password (test database only). */
async function accountFor(role: 'SIAE' | 'AGENCY', organisationId: string) {
  const [demo] = await database.db
    .select()
    .from(tables.users)
    .where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  const email = `${role.toLowerCase()}-${organisationId.slice(0, 8)}@test.navette.fr`;
  const id = crypto.randomUUID();
  await database.db.insert(tables.users).values({ id, email, displayName: email, passwordHash: demo!.passwordHash });
  await database.db.insert(tables.memberships).values({ userId: id, role, organisationKind: role, organisationId });
  return signIn(url, email);
}
