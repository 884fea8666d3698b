// The CDIAE as an actor (issue 18 §5; accord, article 3, fiches 3 and 8, annexe 4 §2.1 "habilités par le Préfet après
// avis du CDIAE") through the gateway, on a real PostgreSQL: the CDIAE of the Doubs gives one avis per habilitation
// request (twenty at once: one), dated by the server, on its own département only (another's answered as unknown); the
// État of the département sees it beside the request; the inbox holds the CTA minutes of the Doubs sent to it and the
// comité's minutes, newest first, page by page, with read marks; the presentations of the accord feed fiche 3's
// indicator. The CDIAE reads no personal data and no indicator.
import { DEMO_PASSWORD, demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
const now = new Date('2026-11-23T09:00:00Z');
const TODAY = '2026-11-23';
let as: Record<'cdiae' | 'etat' | 'agence' | 'pilotage' | 'prescripteur' | 'admin', Record<string, string>>;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => now,
  });
  const sign = (email: string) => signedInHeaders(navette.graphqlUrl, email, DEMO_PASSWORD);
  as = {
    cdiae: await sign('cdiae@demo.navette.fr'),
    etat: await sign('etat@demo.navette.fr'),
    agence: await sign('agence@demo.navette.fr'),
    pilotage: await sign('pilotage@demo.navette.fr'),
    prescripteur: await sign('prescripteur@demo.navette.fr'),
    admin: await sign('admin@demo.navette.fr'),
  };
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const call = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
  graphql(navette.graphqlUrl, query, variables, headers);
const reasonOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
  errors?.[0]?.extensions?.['reason'] ?? errors?.[0]?.extensions?.['code'];

const AVIS = 'id favorable label reason givenOn givenByName cdiaeName decided';
const GIVE = `mutation($id: ID!, $favorable: Boolean!, $reason: String) {
  giveHabilitationAvis(prescriberOrganisationId: $id, favorable: $favorable, reason: $reason) {
    id mayGiveHabilitationAvis pendingHabilitationAvis { ${AVIS} } } }`;
const ORG = `query($id: ID!) { prescriberOrganisation(id: $id) {
  id mayGiveHabilitationAvis mayDecideHabilitation pendingHabilitationAvis { ${AVIS} } habilitationAvis { ${AVIS} } } }`;

describe('the CDIAE’s avis on habilitation requests (annexe 4 §2.1)', () => {
  it('is given once per request by the CDIAE of the département, dated by the server, shown to the État', async () => {
    const id = demoId('prescriber:25:HABILITE:1');
    const before = await call(ORG, { id }, as.cdiae);
    expect(before.errors).toBeUndefined();
    expect(before.data!.prescriberOrganisation).toMatchObject({
      mayGiveHabilitationAvis: true,
      mayDecideHabilitation: false,
      pendingHabilitationAvis: null,
    });
    // Twenty at once (a double click, a replay): one avis.
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call(GIVE, { id, favorable: true, reason: null }, as.cdiae)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) {
      expect(reasonOf(refused.errors)).toBe('HABILITATION_AVIS_ALREADY_GIVEN');
    }
    const stored = await database.db
      .select()
      .from(tables.habilitationAvis)
      .where(eq(tables.habilitationAvis.prescriberOrganisationId, id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ givenOn: TODAY, favorable: true, departementCode: '25' });

    const forState = await call(ORG, { id }, as.etat);
    expect(forState.data!.prescriberOrganisation.pendingHabilitationAvis).toMatchObject({
      favorable: true,
      label: 'Avis favorable',
      givenOn: TODAY,
      givenByName: 'Claire CDIAE',
      cdiaeName: 'CDIAE Doubs',
      decided: false,
    });
    expect(forState.data!.prescriberOrganisation.mayGiveHabilitationAvis).toBe(false);
    const audit = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'HABILITATION_AVIS_GIVEN'), eq(tables.auditEvents.subjectId, id)));
    expect(audit).toHaveLength(1);
  });

  it('after the préfet’s decision, the avis is marked decided and the next request opens', async () => {
    const id = demoId('prescriber:25:HABILITE:1');
    // The lapsed habilitation of this organisation is granted again, after the CDIAE's favorable avis.
    const granted = await call(
      `mutation($id: ID!) {
        grantHabilitation(prescriberOrganisationId: $id, startOn: "2026-12-01", endOn: "2029-11-30") { id } }`,
      { id },
      as.etat,
    );
    expect(granted.errors, JSON.stringify(granted.errors)).toBeUndefined();
    const after = await call(ORG, { id }, as.etat);
    expect(after.data!.prescriberOrganisation.pendingHabilitationAvis).toBeNull();
    expect(after.data!.prescriberOrganisation.habilitationAvis).toEqual([
      expect.objectContaining({ favorable: true, decided: true }),
    ]);
    const next = await call(GIVE, { id, favorable: false, reason: 'Diagnostics incomplets' }, as.cdiae);
    expect(next.errors).toBeUndefined();
    expect(next.data!.giveHabilitationAvis.pendingHabilitationAvis).toMatchObject({
      favorable: false,
      reason: 'Diagnostics incomplets',
    });
  });

  it('refuses a défavorable avis without a reason and a prescripteur de droit', async () => {
    const id = demoId('prescriber:25:HABILITE:2');
    const blank = await call(GIVE, { id, favorable: false, reason: '   ' }, as.cdiae);
    expect(reasonOf(blank.errors)).toBe('HABILITATION_AVIS_REASON_REQUIRED');
    const rightful = await call(GIVE, { id: demoId('prescriber:25:MISSION_LOCALE'), favorable: true }, as.cdiae);
    expect(reasonOf(rightful.errors)).toBe('HABILITATION_AVIS_NOT_NEEDED');
  });

  it('answers another département’s organisation exactly like an unknown one, and hides the avis from others', async () => {
    const other = await call(GIVE, { id: demoId('prescriber:21:HABILITE:0'), favorable: true }, as.cdiae);
    const unknown = await call(GIVE, { id: '0f0e0d0c-0b0a-4009-8008-070605040302', favorable: true }, as.cdiae);
    expect(reasonOf(other.errors)).toBe('PRESCRIBER_ORGANIZATION_NOT_FOUND');
    expect(other.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(reasonOf(unknown.errors)).toBe('PRESCRIBER_ORGANIZATION_NOT_FOUND');
    // Nobody but the CDIAE gives an avis: the État refused by the access rules.
    const byState = await call(GIVE, { id: demoId('prescriber:25:HABILITE:2'), favorable: true }, as.etat);
    expect(byState.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
    // Read: the État of the Doubs and the CDIAE; a prescripteur sees null.
    const forPrescriber = await call(ORG, { id: demoId('prescriber:25:HABILITE:1') }, as.prescripteur);
    expect(forPrescriber.data!.prescriberOrganisation).toMatchObject({
      habilitationAvis: null,
      pendingHabilitationAvis: null,
      mayGiveHabilitationAvis: false,
    });
    const otherDepartement = await call(ORG, { id: demoId('prescriber:21:HABILITE:0') }, as.cdiae);
    expect(otherDepartement.data!.prescriberOrganisation.habilitationAvis).toBeNull();
  });
});

const INBOX = `query($first: Int, $after: String) { cdiaeInbox(first: $first, after: $after) {
  totalCount unreadCount pageInfo { hasNextPage endCursor }
  edges { node { id kind kindLabel title heldOn receivedOn minutes read } } } }`;
const MARK = `mutation($id: ID!) { markCdiaeInboxItemRead(id: $id) { id read } }`;

interface InboxNode {
  id: string;
  kind: string;
  title: string;
  receivedOn: string;
  read: boolean;
}

describe('the inbox of the CDIAE (fiche 8: comptes rendus communiqués au CDIAE; article 3)', () => {
  let ctaMeetingOfOtherDepartement: string;

  beforeAll(async () => {
    // The agence of Besançon leads the CTA of its bassin (Doubs): three meetings, two minutes sent.
    const record = `mutation($input: CtaMeetingInput!) { recordCtaMeeting(input: $input) { id } }`;
    const send = `mutation($id: ID!, $on: Date!) { sendCtaMinutesToCdiae(id: $id, on: $on) { id } }`;
    for (const [heldOn, sentOn] of [
      ['2026-03-10', '2026-03-20'],
      ['2026-06-10', '2026-06-25'],
      ['2026-09-10', null],
    ] as const) {
      const created = await call(
        record,
        {
          input: {
            ctaId: demoId('cta:25-BES'),
            heldOn,
            agenda: 'Bilan du trimestre',
            siaeHeadsInvited: false,
            minutes: `Compte rendu du ${heldOn}`,
          },
        },
        as.agence,
      );
      expect(created.errors).toBeUndefined();
      if (sentOn) {
        const sent = await call(send, { id: created.data!.recordCtaMeeting.id, on: sentOn }, as.agence);
        expect(sent.errors).toBeUndefined();
      }
    }
    // The comité's meeting with its minutes, for every CDIAE of the region.
    const steering = await call(
      `mutation($input: SteeringMeetingInput!) { recordSteeringMeeting(input: $input) { id } }`,
      { input: { heldOn: '2026-05-05', agenda: 'Bilan annuel', minutes: 'Relevé de décisions du comité' } },
      as.pilotage,
    );
    expect(steering.errors).toBeUndefined();
    // Another département's CTA minutes, sent: not in the Doubs's inbox.
    const [cta21] = await database.db.select().from(tables.ctas).where(eq(tables.ctas.departementCode, '21')).limit(1);
    const [meeting] = await database.db
      .insert(tables.ctaMeetings)
      .values({
        ctaId: cta21!.id,
        heldOn: '2026-04-01',
        agenda: 'Côte-d’Or',
        minutes: 'Compte rendu 21',
        minutesSentToCdiaeOn: '2026-04-02',
      })
      .returning();
    ctaMeetingOfOtherDepartement = meeting!.id;
  });

  it('lists what was sent to the CDIAE of the département, newest first, page by page, unread', async () => {
    const page1 = await call(INBOX, { first: 2 }, as.cdiae);
    expect(page1.errors).toBeUndefined();
    const inbox = page1.data!.cdiaeInbox;
    expect(inbox).toMatchObject({ totalCount: 3, unreadCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await call(INBOX, { first: 2, after: inbox.pageInfo.endCursor }, as.cdiae);
    const nodes: InboxNode[] = [...inbox.edges, ...page2.data!.cdiaeInbox.edges].map(
      (e: { node: InboxNode }) => e.node,
    );
    expect(nodes.map((n) => [n.kind, n.receivedOn])).toEqual([
      ['CTA_MINUTES', '2026-06-25'],
      ['STEERING_MINUTES', '2026-05-05'],
      ['CTA_MINUTES', '2026-03-20'],
    ]);
    expect(page2.data!.cdiaeInbox.pageInfo.hasNextPage).toBe(false);
    expect(nodes.every((n) => !n.read)).toBe(true);
  });

  it('marks an item read once, and answers another département’s item or a forged id as unknown', async () => {
    const first = (await call(INBOX, { first: 1 }, as.cdiae)).data!.cdiaeInbox.edges[0].node as InboxNode;
    for (let i = 0; i < 3; i++) {
      const marked = await call(MARK, { id: first.id }, as.cdiae);
      expect(marked.errors, JSON.stringify(marked.errors)).toBeUndefined();
      expect(marked.data!.markCdiaeInboxItemRead).toEqual({ id: first.id, read: true });
    }
    expect((await call(INBOX, {}, as.cdiae)).data!.cdiaeInbox.unreadCount).toBe(2);
    for (const id of [ctaMeetingOfOtherDepartement, '0f0e0d0c-0b0a-4009-8008-070605040302']) {
      const refused = await call(MARK, { id }, as.cdiae);
      expect(reasonOf(refused.errors)).toBe('CDIAE_INBOX_ITEM_NOT_FOUND');
    }
  });

  it('is the CDIAE’s only: the État, the comité and a prescripteur are refused', async () => {
    for (const who of [as.etat, as.pilotage, as.prescripteur, as.admin]) {
      const refused = await call(INBOX, {}, who);
      expect(refused.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
    }
  });
});

const RECORD = `mutation($on: Date!, $note: String) { recordAccordPresentation(presentedOn: $on, note: $note) {
  id presentedOn note } }`;
const F3 = `query { indicators(filter: { from: "2026-01-01" }) { id computable rows { departement { code } value } } }`;

describe('presentations of the accord in CDIAE (fiche 3, annexe 1: F3_ACCORD_PRESENTATIONS)', () => {
  it('records one per session day, refuses a day to come, and counts them in the indicator', async () => {
    const twenty = await Promise.all(
      Array.from({ length: 20 }, () => call(RECORD, { on: '2026-10-15', note: 'Séance plénière' }, as.cdiae)),
    );
    expect(twenty.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of twenty.filter((r) => r.errors)) {
      expect(reasonOf(refused.errors)).toBe('ACCORD_PRESENTATION_ALREADY_RECORDED');
    }
    expect((await call(RECORD, { on: '2026-02-03' }, as.cdiae)).errors).toBeUndefined();
    expect(reasonOf((await call(RECORD, { on: '2026-11-24' }, as.cdiae)).errors)).toBe('ACCORD_PRESENTATION_IN_FUTURE');
    expect(reasonOf((await call(RECORD, { on: '2016-01-01' }, as.cdiae)).errors)).toBe(
      'ACCORD_PRESENTATION_BEFORE_ACCORD',
    );
    const listed = await call(`query { accordPresentations { presentedOn note } }`, {}, as.cdiae);
    expect(listed.data!.accordPresentations).toEqual([
      { presentedOn: '2026-10-15', note: 'Séance plénière' },
      { presentedOn: '2026-02-03', note: '' },
    ]);
    // Only the CDIAE records them.
    const byState = await call(RECORD, { on: '2026-10-16' }, as.etat);
    expect(byState.errors![0]!.extensions!['code']).toBe('FORBIDDEN');

    const indicators = await call(F3, {}, as.etat);
    expect(indicators.errors).toBeUndefined();
    const f3 = indicators.data!.indicators.find((i: { id: string }) => i.id === 'F3_ACCORD_PRESENTATIONS');
    expect(f3.computable).toBe(true);
    expect(f3.rows).toContainEqual(expect.objectContaining({ departement: { code: '25' }, value: 2 }));
    // The CDIAE itself reads no indicator (least privilege).
    expect((await call(F3, {}, as.cdiae)).errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  });
});
