// The accord's own lifecycle through the gateway (issue 18 §7; accord, articles 4 to 6): its term and signatories,
// an avenant of prorogation, a résiliation request whose date the server owns, twenty at once making one, the
// extraordinary comité it calls, its withdrawal, and who may do what. The clock is fixed on Thursday 3 December 2026.
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './testing/graphql.js';
import { ok, signIn } from './testing/parcours.js';
import { startNavette, type RunningNavette } from './start.js';

const TODAY = '2026-12-03';
const STATE_SIGNATORY = '5e1f7a3c-0d1b-4c2a-9f01-000000000001';
const FNARS = '5e1f7a3c-0d1b-4c2a-9f01-000000000004';
let database: TestDatabase;
let product: RunningNavette;
let url: string;
type Role = 'siae' | 'agency' | 'steering' | 'state';
const as = {} as Record<Role, Record<string, string>>;

beforeAll(async () => {
  database = await createTestDatabase();
  product = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date(`${TODAY}T09:00:00Z`),
  });
  url = product.graphqlUrl;
  Object.assign(as, {
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
    state: await signIn(url, 'etat@demo.navette.fr'),
  });
});
afterAll(async () => {
  await product?.stop();
  await database?.drop();
});

const ACCORD = `{ accord { title signedOn initialEndsOn termEndsOn endsOn state stateLabel mayRequestTermination
  signatories { id name party mayActFor }
  termination { id requestedBy { name } receivedOn noticeEndsOn effectiveOn withdrawnOn mayWithdraw
    extraordinaryMeeting { heldOn extraordinary agenda } } terminations { id withdrawnOn } } }`;
const REQUEST = `mutation($input: RequestAccordTerminationInput!) { requestAccordTermination(input: $input) {
  id receivedOn noticeEndsOn effectiveOn extraordinaryMeeting { heldOn extraordinary } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawAccordTermination(id: $id) { id withdrawnOn } }`;
type Answer = { errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
const refusal = (answer: Answer) => answer.errors?.[0]?.extensions;

describe('the accord régional through the gateway (articles 4 to 6)', () => {
  it('shows its term and signatories; a request with a date of its own is refused by the schema', async () => {
    const { accord } = await ok<{ accord: Record<string, unknown> & { signatories: { mayActFor: boolean }[] } }>(
      url,
      as.state,
      ACCORD,
    );
    expect(accord).toMatchObject({
      signedOn: '2016-12-08',
      initialEndsOn: '2018-12-31',
      state: 'ENDED',
      stateLabel: 'Terminé',
      mayRequestTermination: false,
      termination: null,
    });
    expect(accord.signatories).toHaveLength(8);
    expect(accord.signatories.map((s) => s.mayActFor)).toEqual([true, false, false, false, false, false, false, false]);

    const backdated = await graphql(
      url,
      REQUEST,
      { input: { signatoryId: FNARS, reason: 'x', receivedOn: '2026-01-02' } },
      as.steering,
    );
    expect(backdated.errors?.[0]?.message).toMatch(/receivedOn/);
    expect(backdated.data ?? null).toBeNull();
  });

  it('an avenant of prorogation, then twenty requests at once: one, received today, under notice, one extraordinary comité', async () => {
    await ok(
      url,
      as.steering,
      `mutation { recordAmendment(input: { signedOn: "2018-12-14", title: "Avenant de prorogation", summary: "Proroge l’accord.", extendsTermTo: "2027-12-31" }) { extendsTermTo } }`,
    );
    const { accord: inForce } = await ok<{ accord: { state: string; mayRequestTermination: boolean } }>(
      url,
      as.steering,
      ACCORD,
    );
    expect(inForce).toMatchObject({ state: 'IN_FORCE', mayRequestTermination: true });
    const { accord: forSiae } = await ok<{ accord: { mayRequestTermination: boolean } }>(url, as.siae, ACCORD);
    expect(forSiae.mayRequestTermination).toBe(false);

    // Who may not: the SIAE and the agence by the access rules, the État for a réseau (answered as unknown).
    for (const who of ['siae', 'agency'] as const) {
      expect(
        refusal(await graphql(url, REQUEST, { input: { signatoryId: FNARS, reason: 'x' } }, as[who])),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(
      refusal(await graphql(url, REQUEST, { input: { signatoryId: FNARS, reason: 'x' } }, as.state)),
    ).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'ACCORD_SIGNATORY_NOT_FOUND',
    });

    const input = { signatoryId: FNARS, reason: 'Manquements répétés aux engagements de la fiche 4.' };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        ok<{ requestAccordTermination: { id: string } }>(url, as.steering, REQUEST, { input }),
      ),
    );
    expect(new Set(answers.map((a) => a.requestAccordTermination.id)).size).toBe(1);
    expect(answers[0]!.requestAccordTermination).toMatchObject({
      receivedOn: TODAY,
      noticeEndsOn: '2027-03-02',
      effectiveOn: '2027-03-03',
      extraordinaryMeeting: { heldOn: '2027-01-04', extraordinary: true },
    });
    expect(await database.db.$count(tables.accordTerminations)).toBe(1);

    const { accord } = await ok<{ accord: Record<string, unknown> }>(url, as.agency, ACCORD);
    expect(accord).toMatchObject({
      state: 'UNDER_NOTICE',
      stateLabel: 'En préavis de résiliation',
      endsOn: '2027-03-02',
      termination: { requestedBy: { name: 'FNARS Bourgogne-Franche-Comté' }, mayWithdraw: false },
    });
    const { steeringMeetings } = await ok<{ steeringMeetings: { heldOn: string; extraordinary: boolean }[] }>(
      url,
      as.steering,
      '{ steeringMeetings(year: 2027) { heldOn extraordinary } }',
    );
    expect(steeringMeetings).toEqual([{ heldOn: '2027-01-04', extraordinary: true }]);

    // The État may not withdraw a réseau's request (unknown to it); the comité may, once.
    const id = answers[0]!.requestAccordTermination.id;
    expect(refusal(await graphql(url, WITHDRAW, { id }, as.state))).toMatchObject({
      reason: 'ACCORD_TERMINATION_NOT_FOUND',
    });
    expect(refusal(await graphql(url, WITHDRAW, { id }, as.siae))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await ok(url, as.steering, WITHDRAW, { id })).toEqual({
      withdrawAccordTermination: { id, withdrawnOn: TODAY },
    });
    const { accord: after } = await ok<{ accord: Record<string, unknown> }>(url, as.state, ACCORD);
    expect(after).toMatchObject({ state: 'IN_FORCE', termination: null, terminations: [{ id, withdrawnOn: TODAY }] });

    // The État then asks for the État.
    const own = await ok<{ requestAccordTermination: { receivedOn: string } }>(url, as.state, REQUEST, {
      input: { signatoryId: STATE_SIGNATORY, reason: 'Engagements de la fiche 7 non tenus.' },
    });
    expect(own.requestAccordTermination.receivedOn).toBe(TODAY);
  });
});

describe('working groups through the gateway (article 3; fiche 6)', () => {
  it('a group of organisations that exist, its meeting, its proposal on the agenda of the comité meeting in time', async () => {
    const { workingGroupMemberCandidates: candidates } = await ok<{
      workingGroupMemberCandidates: { organisationId: string; kindLabel: string }[];
    }>(url, as.state, '{ workingGroupMemberCandidates { organisationId kindLabel } }');
    const members = ['Comité de pilotage', 'Service de l’État', 'Agence Pôle emploi'].map(
      (label) => candidates.find((c) => c.kindLabel === label)!.organisationId,
    );
    const { createWorkingGroup: group } = await ok<{ createWorkingGroup: { id: string } }>(
      url,
      as.state,
      `mutation($input: WorkingGroupInput!) { createWorkingGroup(input: $input) { id } }`,
      { input: { name: 'Formation des salariés', theme: 'Fiche 6', fiche: 6, memberIds: members } },
    );
    await ok(
      url,
      as.steering,
      `mutation($input: WorkingGroupMeetingInput!) { recordWorkingGroupMeeting(input: $input) { id } }`,
      {
        input: { groupId: group.id, heldOn: '2026-11-20', summary: 'Besoins recensés.' },
      },
    );
    const comite = await ok<{ recordSteeringMeeting: { id: string } }>(
      url,
      as.steering,
      `mutation { recordSteeringMeeting(input: { heldOn: "2026-12-17", agenda: "Comité de décembre" }) { id } }`,
    );
    const forged = await graphql(
      url,
      `
        mutation ($input: WorkingGroupProposalInput!) {
          submitWorkingGroupProposal(input: $input) {
            id
          }
        }
      `,
      { input: { groupId: group.id, title: 'Expérimentation', summary: 'OPCA.', submittedOn: '2026-01-01' } },
      as.state,
    );
    expect(forged.errors?.[0]?.message).toMatch(/submittedOn/);
    const { submitWorkingGroupProposal: proposal } = await ok<{
      submitWorkingGroupProposal: { submittedOn: string; steeringMeeting: { id: string } };
    }>(
      url,
      as.state,
      `mutation($input: WorkingGroupProposalInput!) { submitWorkingGroupProposal(input: $input) { submittedOn steeringMeeting { id } } }`,
      { input: { groupId: group.id, title: 'Expérimentation', summary: 'OPCA.' } },
    );
    expect(proposal).toEqual({ submittedOn: TODAY, steeringMeeting: { id: comite.recordSteeringMeeting.id } });
    const { workingGroups } = await ok<{ workingGroups: unknown[] }>(
      url,
      as.siae,
      '{ workingGroups { name fiche members { kindLabel } meetings { heldOn } proposals { title } } }',
    );
    expect(workingGroups).toEqual([
      {
        name: 'Formation des salariés',
        fiche: 6,
        members: expect.arrayContaining([{ kindLabel: 'Comité de pilotage' }]),
        meetings: [{ heldOn: '2026-11-20' }],
        proposals: [{ title: 'Expérimentation' }],
      },
    ]);
    const { steeringMeetings } = await ok<{
      steeringMeetings: { heldOn: string; proposals: { title: string; groupName: string }[] }[];
    }>(url, as.steering, '{ steeringMeetings(year: 2026) { heldOn proposals { title groupName } } }');
    expect(steeringMeetings.find((m) => m.heldOn === '2026-12-17')?.proposals).toEqual([
      { title: 'Expérimentation', groupName: 'Formation des salariés' },
    ]);
    expect(
      refusal(
        await graphql(
          url,
          `mutation { createWorkingGroup(input: { name: "X", theme: "Y", memberIds: ["${members[0]}"] }) { id } }`,
          {},
          as.agency,
        ),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});
