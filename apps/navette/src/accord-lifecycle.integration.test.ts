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
