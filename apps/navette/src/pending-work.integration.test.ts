// "Mon travail en attente" (issue 14 §1) through the gateway on a real PostgreSQL: Query.pendingWork is resolved by the
// structures subgraph, with the parcours and pilotage subgraphs contributing their items (@requires). Each role sees its
// own items and only those: another organisation's never appear, and the counts match the items. The clock is fixed on
// Monday 23 November 2026.
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedSubgraphGraphql, type AnswerData } from './testing/graphql.js';
import {
  createOtherAccounts,
  DECIDE,
  ok,
  ORGS,
  pendingInitialRequest,
  prescribeSomeone,
  signIn,
} from './testing/parcours.js';

const TODAY = '2026-11-23';
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
type Who = 'prescriber' | 'habilite' | 'siae' | 'agency' | 'steering' | 'state' | 'admin' | 'otherSiae' | 'otherAgency';
const as: Record<Who, Record<string, string>> = {} as never;

const PENDING_WORK = `{ pendingWork {
  viewerId total incomplete
  counts { kind label count }
  items { kind label dueOn daysLeft daysLeftInWorkingDays link }
} }`;
interface Item {
  kind: string;
  label: string;
  dueOn: string;
  daysLeft: number;
  daysLeftInWorkingDays: boolean;
  link: string | null;
}
interface Work {
  viewerId: string;
  total: number;
  incomplete: boolean;
  counts: { kind: string; label: string; count: number }[];
  items: Item[];
}
const workOf = async (who: Who): Promise<Work> =>
  (await ok<{ pendingWork: Work }>(url, as[who], PENDING_WORK)).pendingWork;
const linksOf = (work: Work, kind: string) => work.items.filter((i) => i.kind === kind).map((i) => i.link);

/** Every answer: sorted by due date, complete, its counts those of its items. */
function expectConsistent(work: Work) {
  expect(work.incomplete).toBe(false);
  expect(work.total).toBe(work.items.length);
  const dues = work.items.map((i) => i.dueOn);
  expect(dues).toEqual([...dues].sort());
  const byKind = new Map<string, number>();
  for (const i of work.items) byKind.set(i.kind, (byKind.get(i.kind) ?? 0) + 1);
  expect(new Map(work.counts.map((c) => [c.kind, c.count]))).toEqual(byKind);
  for (const c of work.counts) expect(c.label.length).toBeGreaterThan(0);
}

const journey: Record<string, string> = {};

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
    habilite: await signIn(url, 'habilite@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
    state: await signIn(url, 'etat@demo.navette.fr'),
    admin: await signIn(url, 'admin@demo.navette.fr'),
    otherSiae: await signIn(url, other.otherSiae),
    otherAgency: await signIn(url, other.otherAgency),
  });

  // The work: a fiche just sent; one sent 12 days ago and not answered; a request pending; one refused and appealed;
  // one refused (appeal still possible); one granted without a contract.
  const fresh = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Fraiche');
  journey.fresh = fresh.prescriptionId;
  const old = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Ancienne');
  journey.old = old.prescriptionId;
  // sentAt is the database's clock, not the test's: both are put on the test's calendar.
  for (const [id, sentAt] of [
    [fresh.prescriptionId, `${TODAY}T09:00:00Z`],
    [old.prescriptionId, '2026-11-11T10:00:00Z'],
  ] as const) {
    await database.db
      .update(tables.prescriptions)
      .set({ sentAt: new Date(sentAt) })
      .where(eq(tables.prescriptions.id, id));
  }
  const actors = { prescriber: as.prescriber, siae: as.siae };
  journey.pending = (await pendingInitialRequest(url, actors)).requestId;
  journey.appealed = (await pendingInitialRequest(url, actors)).requestId;
  journey.refused = (await pendingInitialRequest(url, actors)).requestId;
  const granted = await pendingInitialRequest(url, actors);
  for (const id of [journey.appealed, journey.refused]) {
    await ok(url, as.agency, DECIDE, {
      id,
      decision: 'REFUSE',
      reason: 'INCOMPLETE_REQUEST',
      comment: 'Pièces manquantes.',
    });
  }
  await ok(url, as.siae, `mutation($id: ID!) { appealApprovalRefusal(id: $id, text: "Recours") { id } }`, {
    id: journey.appealed,
  });
  const decided = await ok(url, as.agency, DECIDE, { id: granted.requestId, decision: 'GRANT' });
  journey.approval = decided.decideApprovalRequest.resultingApproval.id;

  // Directory and pilotage facts: the habilitation of the CCAS de Besançon ends in January; a convention drafted between
  // the demo SIAE and its agence; the comité's next meeting without its documents; an action of 2025 not done.
  await database.db
    .update(tables.prescriberOrganisations)
    .set({ habilitationEndOn: '2027-01-15' })
    .where(eq(tables.prescriberOrganisations.id, ORGS.otherPrescriber));
  const [agreement] = await database.db
    .insert(tables.cooperationAgreements)
    .values({ siaeId: ORGS.siae, agencyId: ORGS.agency, startOn: '2027-01-01' })
    .returning();
  journey.agreement = agreement!.id;
  await database.db.insert(tables.steeringMeetings).values({ heldOn: '2026-12-10', agenda: 'Bilan annuel' });
  await database.db
    .insert(tables.roadmapActions)
    .values({ year: 2025, action: 'Cartographier les SIAE', owner: 'DREETS', duePeriod: '2025', status: 'PLANNED' });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

describe('the prescripteur', () => {
  it('sees its fiche unanswered after 10 days, the refusal open to appeal, and not the fresh fiche', async () => {
    const work = await workOf('prescriber');
    expectConsistent(work);
    expect(linksOf(work, 'PRESCRIPTION_UNANSWERED')).toEqual([`/prescriptions/${journey.old}`]);
    expect(work.items.find((i) => i.kind === 'PRESCRIPTION_UNANSWERED')).toMatchObject({
      dueOn: '2026-11-21',
      daysLeft: -2,
      daysLeftInWorkingDays: false,
    });
    // The refused request not appealed; the appealed one is the agence's work now.
    expect(work.items.filter((i) => i.kind === 'APPROVAL_REFUSED')).toHaveLength(1);
    expect(work.items.map((i) => i.kind)).not.toContain('HABILITATION_LAPSING');
  });

  it('the habilitated prescripteur sees its habilitation lapsing (no link: the DDETS renews it), none of the other’s', async () => {
    const work = await workOf('habilite');
    expectConsistent(work);
    expect(work.items).toEqual([
      expect.objectContaining({ kind: 'HABILITATION_LAPSING', dueOn: '2027-01-15', daysLeft: 53, link: null }),
    ]);
  });
});

describe('the SIAE', () => {
  it('sees its fiches to answer, requests pending and refused, the contract to record, the convention to sign', async () => {
    const work = await workOf('siae');
    expectConsistent(work);
    expect(linksOf(work, 'PRESCRIPTION_TO_ANSWER').sort()).toEqual(
      [`/prescriptions/${journey.fresh}`, `/prescriptions/${journey.old}`].sort(),
    );
    expect(work.items.find((i) => i.link === `/prescriptions/${journey.fresh}`)).toMatchObject({
      dueOn: '2026-12-03',
      daysLeft: 10,
    });
    expect(linksOf(work, 'APPROVAL_REQUEST_PENDING')).toEqual([`/demandes/${journey.pending}`]);
    expect(linksOf(work, 'APPROVAL_REFUSED')).toEqual([`/demandes/${journey.refused}/recours`]);
    expect(linksOf(work, 'CONTRACT_TO_RECORD')).toEqual([`/salaries/${journey.approval}/contrat`]);
    expect(linksOf(work, 'CONVENTION_TO_SIGN')).toEqual([`/convention/${journey.agreement}`]);
  });

  it('another SIAE sees none of it', async () => {
    const work = await workOf('otherSiae');
    expectConsistent(work);
    const mine = Object.values(journey);
    expect(work.items.filter((i) => mine.some((id) => i.link?.includes(id)))).toEqual([]);
    expect(work.items.map((i) => i.kind)).not.toContain('PRESCRIPTION_TO_ANSWER');
  });
});

describe('the agence', () => {
  it('sees the decision due in working days (as the request says), the appeal, the convention, its CTA meeting', async () => {
    const work = await workOf('agency');
    expectConsistent(work);
    const decision = work.items.find((i) => i.kind === 'DECISION_DUE');
    const { approvalRequest } = await ok(
      url,
      as.agency,
      `query($id: ID!) { approvalRequest(id: $id) { deadline workingDaysLeft } }`,
      {
        id: journey.pending,
      },
    );
    expect(decision).toMatchObject({
      link: `/demandes/${journey.pending}`,
      dueOn: approvalRequest.deadline,
      daysLeft: approvalRequest.workingDaysLeft,
      daysLeftInWorkingDays: true,
    });
    expect(linksOf(work, 'APPEAL_TO_ANSWER')).toEqual([`/demandes/${journey.appealed}#recours`]);
    expect(linksOf(work, 'CONVENTION_TO_SIGN')).toEqual([`/conventions/${journey.agreement}`]);
    // fiche 8: no CTA meeting yet this quarter; the year-end one invites the SIAE heads.
    const cta = work.items.filter((i) => i.kind === 'CTA_MEETING_DUE');
    expect(cta).toHaveLength(1);
    expect(cta[0]).toMatchObject({
      dueOn: '2026-12-31',
      link: expect.stringMatching(/^\/cta\/.+\/reunion$/) as unknown,
    });
    expect(cta[0]!.label).toContain('Besançon');
    expect(work.items.map((i) => i.kind)).not.toContain('STEERING_MEETINGS_DUE');
  });

  it('another agence sees its own CTA and none of the Besançon agence’s requests or conventions', async () => {
    const work = await workOf('otherAgency');
    expectConsistent(work);
    expect(work.items.map((i) => i.kind)).toEqual(['CTA_MEETING_DUE']);
    expect(work.items[0]!.label).not.toContain('Besançon');
  });
});

describe('the comité de pilotage and the État', () => {
  it('see the meetings to hold this year, the documents to send 10 days before, the late roadmap action', async () => {
    for (const who of ['steering', 'state'] as const) {
      const work = await workOf(who);
      expectConsistent(work);
      expect(work.items.map((i) => [i.kind, i.dueOn, i.link])).toEqual(
        [
          ['STEERING_DOCUMENTS_DUE', '2026-11-30', '/comite'],
          ['STEERING_MEETINGS_DUE', '2026-12-31', '/comite'],
          ['ROADMAP_ACTION_LATE', '2025-12-31', '/feuille-de-route'],
        ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
      );
      // 1 meeting recorded this year: 1 missing.
      expect(work.items.find((i) => i.kind === 'STEERING_MEETINGS_DUE')!.label).toMatch(/^Une réunion/);
    }
  });
});

describe('who may ask', () => {
  it('an administrator has no organisation’s work; an anonymous caller is refused', async () => {
    const admin = await graphql(url, PENDING_WORK, {}, as.admin);
    expect(admin.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PENDING_WORK_NO_ORGANISATION' });
    expect(admin.data?.pendingWork ?? null).toBeNull();
    const anonymous = await graphql(url, PENDING_WORK);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a reference naming another user, sent straight to a subgraph, is refused by each of them', async () => {
    const siaeWork = await workOf('siae');
    for (const [subgraph, field] of [
      ['parcours', 'parcoursItems'],
      ['pilotage', 'pilotageItems'],
      ['structures', 'total'],
    ] as const) {
      const representation =
        subgraph === 'structures'
          ? `{ __typename: "PendingWork", viewerId: "${siaeWork.viewerId}", parcoursItems: [], pilotageItems: [] }`
          : `{ __typename: "PendingWork", viewerId: "${siaeWork.viewerId}" }`;
      const selection = field === 'total' ? 'total' : `${field} { link }`;
      const { data, errors } = await signedSubgraphGraphql<AnswerData>(
        navette.subgraphSecret,
        navette.subgraphs[subgraph],
        `{ _entities(representations: [${representation}]) { ... on PendingWork { ${selection} } } }`,
        {},
        as.otherSiae,
      );
      expect(errors?.[0]?.extensions, subgraph).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PENDING_WORK_OF_ANOTHER_USER',
      });
      expect(JSON.stringify(data ?? {}), subgraph).not.toMatch(/\/prescriptions\/|"total":\d/);
    }
  });
});
