// The pilotage end to end through the gateway on a real PostgreSQL (issue 6 §3 and §4): CTA meetings (fiche 8), the
// comité de pilotage, its feuille de route and avenants (article 3), and the indicators of annexe 1 computed from a
// hand-made data set, seen by each role (DESIGN §4). The clock is fixed on Monday 23 November 2026.
import { demoApiClientCredential, demoId, tables } from '@navette/db';
import { PROVIDED_INDICATORS } from '@navette/domain';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, graphql } from './testing/graphql.js';
import { ok, signIn } from './testing/parcours.js';
import { startNavette, type RunningNavette } from './start.js';
import { createMember, HALF, HAND, seedHandMadeData } from './testing/pilotage.js';

const TODAY = '2026-11-23';
let database: TestDatabase;
let product: RunningNavette;
let url: string;
type Role =
  'prescriber' | 'siae' | 'agency' | 'steering' | 'state' | 'admin' | 'apiClient' | 'agencyA' | 'agencyB' | 'siaeA1';
const as = {} as Record<Role, Record<string, string>>;

const BESANCON_CTA = demoId('cta:25-BES');
const MONTBELIARD_CTA = demoId('cta:25-MTB');

beforeAll(async () => {
  database = await createTestDatabase();
  product = await startNavette({
    arbitraryDocumentsForUsers: true, // ad-hoc documents with users' tokens
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date(`${TODAY}T09:00:00Z`),
  });
  url = product.graphqlUrl;
  await seedHandMadeData(database.db);
  const members = {
    agencyA: await createMember(database.db, 'agence-ajaccio@test.navette.fr', 'AGENCY', HAND.agencyA),
    agencyB: await createMember(database.db, 'agence-bastia@test.navette.fr', 'AGENCY', HAND.agencyB),
    siaeA1: await createMember(database.db, 'siae-ajaccio@test.navette.fr', 'SIAE', HAND.a1),
  };
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    steering: await signIn(url, 'pilotage@demo.navette.fr'),
    state: await signIn(url, 'etat@demo.navette.fr'),
    admin: await signIn(url, 'admin@demo.navette.fr'),
    apiClient: bearer(demoApiClientCredential),
    agencyA: await signIn(url, members.agencyA),
    agencyB: await signIn(url, members.agencyB),
    siaeA1: await signIn(url, members.siaeA1),
  });
});
afterAll(async () => {
  await product?.stop();
  await database?.drop();
});

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe('CTA meetings (fiche 8)', () => {
  const RECORD = `mutation($input: CtaMeetingInput!) { recordCtaMeeting(input: $input) {
    id heldOn agenda participants siaeHeadsInvited minutes minutesSentToCdiaeOn cta { id name }
  } }`;
  const SEND = `mutation($id: ID!, $on: Date!, $minutes: String) { sendCtaMinutesToCdiae(id: $id, on: $on, minutes: $minutes) {
    id minutes minutesSentToCdiaeOn
  } }`;
  const DUE = `query($year: Int!) { ctaMeetingsDue(year: $year, departement: "25") {
    cta { id name } year missingQuarters yearEndMeetingWithSiaeHeads compliant quarters { quarter label from to meetings over }
  } }`;

  it('the agence that leads the CTA records its meetings and sends the minutes to the CDIAE', async () => {
    const first = await ok(url, as.agency, RECORD, {
      input: {
        ctaId: BESANCON_CTA,
        heldOn: '2026-03-12',
        agenda: 'Offres des SIAE ; motifs de refus d’agrément',
        participants: 'Pôle emploi Besançon\nDDETS\nSIAE du bassin',
        siaeHeadsInvited: false,
        minutes: 'Relevé de décisions',
        minutesSentToCdiaeOn: '2026-03-20',
      },
    });
    expect(first.recordCtaMeeting).toMatchObject({
      heldOn: '2026-03-12',
      participants: 'Pôle emploi Besançon\nDDETS\nSIAE du bassin',
      minutesSentToCdiaeOn: '2026-03-20',
      cta: { id: BESANCON_CTA, name: 'CTA du bassin de Besançon' },
    });

    const second = await ok(url, as.agency, RECORD, {
      input: { ctaId: BESANCON_CTA, heldOn: '2026-06-18', agenda: 'Formation des salariés', siaeHeadsInvited: false },
    });
    const id = second.recordCtaMeeting.id;
    expect(second.recordCtaMeeting).toMatchObject({ participants: '', minutes: null, minutesSentToCdiaeOn: null });

    const early = await graphql(url, SEND, { id, on: '2026-06-10', minutes: 'CR' }, as.agency);
    expect(early.errors?.[0]).toMatchObject({
      message: 'La transmission du compte rendu au CDIAE (10/06/2026) ne peut pas précéder la réunion (18/06/2026).',
      extensions: { code: 'BAD_USER_INPUT', reason: 'MINUTES_SENT_BEFORE_MEETING' },
    });
    const noMinutes = await graphql(url, SEND, { id, on: '2026-06-25' }, as.agency);
    expect(noMinutes.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MINUTES_MISSING' });
    const future = await graphql(url, SEND, { id, on: '2026-11-24', minutes: 'CR' }, as.agency);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
    const other = await graphql(url, SEND, { id, on: '2026-06-25', minutes: 'CR' }, as.agencyA);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CTA_NOT_LED_BY_CALLER' });

    const sent = await ok(url, as.agency, SEND, {
      id,
      on: '2026-06-25',
      minutes: 'Groupe de travail formation à créer',
    });
    expect(sent.sendCtaMinutesToCdiae).toEqual({
      id,
      minutes: 'Groupe de travail formation à créer',
      minutesSentToCdiaeOn: '2026-06-25',
    });
    const again = await graphql(url, SEND, { id, on: '2026-06-26' }, as.agency);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MINUTES_ALREADY_SENT' });
    const unknown = await graphql(
      url,
      SEND,
      { id: '00000000-0000-4000-8000-000000000000', on: '2026-06-26' },
      as.agency,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CTA_MEETING_NOT_FOUND' });
  });

  it('refuses wrong input in French, other agences, other roles, and the same meeting twice; nothing is written', async () => {
    const [before] = await database.db.select({ n: count() }).from(tables.ctaMeetings);
    const input = { ctaId: BESANCON_CTA, heldOn: '2026-05-05', agenda: 'Ordre du jour', siaeHeadsInvited: false };
    // [change, caller, code, reason]: the reason is what clients and tests rely on (errors.ts), not the message.
    const cases: [Record<string, unknown>, Record<string, string>, string, string | undefined][] = [
      [{ heldOn: '2026-11-24' }, as.agency, 'BAD_USER_INPUT', 'DATE_IN_FUTURE'],
      [{ heldOn: '2026-02-30' }, as.agency, 'BAD_USER_INPUT', undefined], // refused by the Date scalar
      [{ agenda: '   ' }, as.agency, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [{ participants: 'x'.repeat(10_001) }, as.agency, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [
        { minutes: 'CR', minutesSentToCdiaeOn: '2026-05-04' },
        as.agency,
        'BAD_USER_INPUT',
        'MINUTES_SENT_BEFORE_MEETING',
      ],
      [{ minutesSentToCdiaeOn: '2026-05-06' }, as.agency, 'BAD_USER_INPUT', 'MINUTES_MISSING'],
      [{ heldOn: '2026-03-12' }, as.agency, 'CONFLICT', 'CTA_MEETING_ALREADY_RECORDED'],
      [{ ctaId: MONTBELIARD_CTA }, as.agency, 'FORBIDDEN', 'CTA_NOT_LED_BY_CALLER'],
      [{ ctaId: '00000000-0000-4000-8000-000000000000' }, as.agency, 'NOT_FOUND', 'CTA_NOT_FOUND'],
      // Not an id at all: the client's mistake, refused before any SQL (issue 11 item 8).
      [{ ctaId: 'pas-un-identifiant' }, as.agency, 'BAD_USER_INPUT', 'INVALID_ID'],
      [{}, as.steering, 'FORBIDDEN', undefined],
      [{}, as.siae, 'FORBIDDEN', undefined],
      [{}, as.apiClient, 'FORBIDDEN', undefined],
      [{}, {}, 'UNAUTHENTICATED', undefined],
    ];
    for (const [change, caller, code, reason] of cases) {
      const response = await graphql(url, RECORD, { input: { ...input, ...change } }, caller);
      expect(codeOf(response), JSON.stringify(change).slice(0, 80)).toBe(code);
      if (reason) expect(response.errors?.[0]?.extensions?.reason, JSON.stringify(change).slice(0, 80)).toBe(reason);
    }
    // In the words of the form: the field's label, then what is wrong.
    const blank = await graphql(url, RECORD, { input: { ...input, agenda: '   ' } }, as.agency);
    expect(blank.errors?.[0]).toMatchObject({
      message: 'Ordre du jour : champ obligatoire.',
      extensions: { field: 'Ordre du jour' },
    });
    const [after] = await database.db.select({ n: count() }).from(tables.ctaMeetings);
    expect(after?.n).toBe(before?.n);
  });

  it('two agents recording two meetings of a CTA on the same day at once: one meeting, one conflict; a retry is harmless', async () => {
    const secondAgent = await signIn(url, 'agence@demo.navette.fr');
    const input = { ctaId: BESANCON_CTA, heldOn: '2026-01-22', agenda: 'Doublon', siaeHeadsInvited: false };
    const answers = await Promise.all([
      graphql(url, RECORD, { input }, as.agency),
      graphql(url, RECORD, { input: { ...input, agenda: 'Doublon (autre version)' } }, secondAgent),
    ]);
    expect(answers.map((a) => (a.errors ? codeOf(a) : 'RECORDED')).sort()).toEqual(['CONFLICT', 'RECORDED']);
    const rows = await database.db.select().from(tables.ctaMeetings).where(eq(tables.ctaMeetings.heldOn, '2026-01-22'));
    expect(rows).toHaveLength(1);
    // The very same meeting sent again (a retry, a double click) gives back the one recorded.
    const recorded = rows[0]!;
    const retry = await ok(url, secondAgent, RECORD, { input: { ...input, agenda: recorded.agenda } });
    expect(retry.recordCtaMeeting.id).toBe(recorded.id);
    expect(
      await database.db.select().from(tables.ctaMeetings).where(eq(tables.ctaMeetings.heldOn, '2026-01-22')),
    ).toHaveLength(1);
  });

  it('tells, per CTA of the département, the quarters without a meeting and the year-end meeting with the SIAE heads', async () => {
    const due = await ok(url, as.steering, DUE, { year: 2026 });
    expect(due.ctaMeetingsDue.map((d: { cta: { name: string } }) => d.cta.name)).toEqual([
      'CTA du bassin de Besançon',
      'CTA du bassin de Montbéliard',
      'CTA du bassin de Pontarlier',
    ]);
    const [besancon, montbeliard] = due.ctaMeetingsDue;
    expect(besancon).toMatchObject({
      year: 2026,
      missingQuarters: [3, 4],
      yearEndMeetingWithSiaeHeads: false,
      compliant: false,
    });
    expect(besancon.quarters).toEqual([
      { quarter: 1, label: 'T1 2026', from: '2026-01-01', to: '2026-03-31', meetings: 2, over: true },
      { quarter: 2, label: 'T2 2026', from: '2026-04-01', to: '2026-06-30', meetings: 1, over: true },
      { quarter: 3, label: 'T3 2026', from: '2026-07-01', to: '2026-09-30', meetings: 0, over: true },
      { quarter: 4, label: 'T4 2026', from: '2026-10-01', to: '2026-12-31', meetings: 0, over: false },
    ]);
    expect(montbeliard).toMatchObject({ missingQuarters: [1, 2, 3, 4], compliant: false });

    await ok(url, as.agency, RECORD, {
      input: { ctaId: BESANCON_CTA, heldOn: '2026-09-17', agenda: 'Sorties', siaeHeadsInvited: false },
    });
    await ok(url, as.agency, RECORD, {
      input: { ctaId: BESANCON_CTA, heldOn: '2026-11-19', agenda: 'Bilan de l’année', siaeHeadsInvited: true },
    });
    // The SIAE and the agence read it too (governance:read).
    const bySiae = await ok(url, as.siae, DUE, { year: 2026 });
    expect(bySiae.ctaMeetingsDue[0]).toMatchObject({
      missingQuarters: [],
      yearEndMeetingWithSiaeHeads: true,
      compliant: true,
    });
    expect((await ok(url, as.agency, DUE, { year: 2025 })).ctaMeetingsDue[0]).toMatchObject({
      missingQuarters: [1, 2, 3, 4],
    });

    const meetings = await ok(
      url,
      as.state,
      `{ ctas(departement: "25") { name meetings(year: 2026) { heldOn siaeHeadsInvited minutesSentToCdiaeOn } } }`,
    );
    expect(meetings.ctas[0].meetings.map((m: { heldOn: string }) => m.heldOn)).toEqual([
      '2026-11-19',
      '2026-09-17',
      '2026-06-18',
      '2026-03-12',
      '2026-01-22',
    ]);
    expect(meetings.ctas[1].meetings).toEqual([]);

    const bad = await graphql(url, DUE, { year: 1990 }, as.steering);
    expect(bad.errors?.[0]).toMatchObject({
      message: 'Année : année invalide (de 2000 à 2036).',
      extensions: { code: 'BAD_USER_INPUT', reason: 'YEAR_OUT_OF_RANGE' },
    });
    // Governance is not an API client's nor a prescripteur's business; the directory part stays readable.
    for (const caller of [as.apiClient, as.prescriber, as.admin]) {
      expect(codeOf(await graphql(url, DUE, { year: 2026 }, caller))).toBe('FORBIDDEN');
      const nested = await graphql(
        url,
        `
          {
            ctas(departement: "25") {
              name
              meetings {
                heldOn
              }
            }
          }
        `,
        {},
        caller,
      );
      expect(codeOf(nested)).toBe('FORBIDDEN');
      expect(nested.data?.ctas ?? null).toBeNull();
    }
  });
});

describe('comité de pilotage, feuille de route, avenants (article 3)', () => {
  const RECORD = `mutation($input: SteeringMeetingInput!) { recordSteeringMeeting(input: $input) { id heldOn documentsSentOn documentsOnTime minutes } }`;
  const SAVE = `mutation($input: RoadmapActionInput!) { saveRoadmapAction(input: $input) { id year fiche action owner duePeriod status statusLabel } }`;
  const AMEND = `mutation($input: AmendmentInput!) { recordAmendment(input: $input) { id signedOn title summary } }`;

  it('the comité and the État record meetings; documents on time or not; the shortfall of the 2 meetings a year', async () => {
    const march = await ok(url, as.steering, RECORD, {
      input: { heldOn: '2026-03-15', agenda: 'Bilan 2025', documentsSentOn: '2026-03-05', minutes: 'CR' },
    });
    expect(march.recordSteeringMeeting).toMatchObject({ documentsOnTime: true });
    const retry = await ok(url, as.state, RECORD, {
      input: { heldOn: '2026-03-15', agenda: 'Bilan 2025', documentsSentOn: '2026-03-05', minutes: 'CR' },
    });
    expect(retry.recordSteeringMeeting.id).toBe(march.recordSteeringMeeting.id); // the same meeting again: the one recorded
    expect((await ok(url, as.steering, `{ steeringMeetingsShortfall(year: 2026) }`)).steeringMeetingsShortfall).toBe(1);
    const june = await ok(url, as.state, RECORD, {
      input: { heldOn: '2026-06-20', agenda: 'Feuille de route', documentsSentOn: '2026-06-11' },
    });
    expect(june.recordSteeringMeeting).toMatchObject({ documentsOnTime: false }); // 9 days before: late
    const planned = await ok(url, as.steering, RECORD, {
      input: { heldOn: '2026-12-10', agenda: 'Orientations 2027' },
    });
    expect(planned.recordSteeringMeeting).toMatchObject({ documentsSentOn: null, documentsOnTime: null }); // still possible until 30/11
    const unsent = await ok(url, as.steering, RECORD, { input: { heldOn: '2026-11-30', agenda: 'Extraordinaire' } });
    expect(unsent.recordSteeringMeeting.documentsOnTime).toBe(false); // sending today (23/11) would be late

    const list = await ok(url, as.siae, `{ steeringMeetings(year: 2026) { heldOn documentsOnTime } }`);
    expect(list.steeringMeetings).toEqual([
      { heldOn: '2026-12-10', documentsOnTime: null },
      { heldOn: '2026-11-30', documentsOnTime: false },
      { heldOn: '2026-06-20', documentsOnTime: false },
      { heldOn: '2026-03-15', documentsOnTime: true },
    ]);
    expect((await ok(url, as.agency, `{ steeringMeetingsShortfall(year: 2026) }`)).steeringMeetingsShortfall).toBe(0);
    expect((await ok(url, as.agency, `{ steeringMeetingsShortfall(year: 2025) }`)).steeringMeetingsShortfall).toBe(2);
    expect((await ok(url, as.state, `{ steeringMeetings(year: 2025) { id } }`)).steeringMeetings).toEqual([]);
  });

  it('refuses wrong meetings in French and lets only the comité and the État write', async () => {
    const [before] = await database.db.select({ n: count() }).from(tables.steeringMeetings);
    const cases: [Record<string, unknown>, Record<string, string>, string, string | undefined][] = [
      [
        { heldOn: '2026-05-01', documentsSentOn: '2026-05-02' },
        as.steering,
        'BAD_USER_INPUT',
        'DOCUMENTS_SENT_AFTER_MEETING',
      ],
      [{ heldOn: '2026-12-20', documentsSentOn: '2026-11-25' }, as.steering, 'BAD_USER_INPUT', 'DATE_IN_FUTURE'],
      [{ heldOn: '2026-12-20', minutes: 'CR' }, as.steering, 'BAD_USER_INPUT', 'MINUTES_BEFORE_MEETING_HELD'],
      [{ heldOn: '1999-05-01' }, as.steering, 'BAD_USER_INPUT', 'YEAR_OUT_OF_RANGE'],
      [{ heldOn: '2026-05-01', agenda: '' }, as.steering, 'BAD_USER_INPUT', 'INVALID_INPUT'],
      [{ heldOn: '2026-03-15' }, as.state, 'CONFLICT', 'STEERING_MEETING_ALREADY_RECORDED'],
      [{ heldOn: '2026-05-01' }, as.siae, 'FORBIDDEN', undefined],
      [{ heldOn: '2026-05-01' }, as.agency, 'FORBIDDEN', undefined],
      [{ heldOn: '2026-05-01' }, as.apiClient, 'FORBIDDEN', undefined],
    ];
    for (const [input, caller, code, reason] of cases) {
      const response = await graphql(url, RECORD, { input: { agenda: 'Ordre du jour', ...input } }, caller);
      expect(codeOf(response), JSON.stringify(input)).toBe(code);
      if (reason) expect(response.errors?.[0]?.extensions?.reason, JSON.stringify(input)).toBe(reason);
    }
    const late = await graphql(
      url,
      RECORD,
      { input: { agenda: 'Ordre du jour', heldOn: '2026-05-01', documentsSentOn: '2026-05-02' } },
      as.steering,
    );
    expect(late.errors?.[0]?.message).toBe(
      'Les documents (envoyés le 02/05/2026) ne peuvent pas l’avoir été après la réunion (01/05/2026).',
    );
    const [after] = await database.db.select({ n: count() }).from(tables.steeringMeetings);
    expect(after?.n).toBe(before?.n);
    for (const caller of [as.prescriber, as.admin, as.apiClient]) {
      expect(
        codeOf(
          await graphql(
            url,
            `
              {
                steeringMeetings {
                  id
                }
              }
            `,
            {},
            caller,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
  });

  it('a planned meeting is completed later: documents sent, then the minutes once held; by the comité or the État only', async () => {
    const planned = (
      await ok(url, as.steering, RECORD, { input: { heldOn: '2026-10-08', agenda: 'Bilan à mi-parcours' } })
    ).recordSteeringMeeting;
    expect(planned).toMatchObject({ documentsSentOn: null, documentsOnTime: false }); // held without documents sent
    const id = planned.id;
    const sent = await ok(url, as.state, RECORD, {
      input: { id, heldOn: '2026-10-08', agenda: 'Bilan à mi-parcours', documentsSentOn: '2026-09-25' },
    });
    expect(sent.recordSteeringMeeting).toMatchObject({
      id,
      documentsSentOn: '2026-09-25',
      documentsOnTime: true,
      minutes: null,
    });
    const held = await ok(url, as.steering, RECORD, {
      input: {
        id,
        heldOn: '2026-10-08',
        agenda: 'Bilan à mi-parcours',
        documentsSentOn: '2026-09-25',
        minutes: 'Compte rendu validé.',
      },
    });
    expect(held.recordSteeringMeeting).toMatchObject({ id, minutes: 'Compte rendu validé.', documentsOnTime: true });

    // Moved onto the day of another meeting, unknown, with the minutes of a meeting to come, or by another role: refused, unchanged.
    const refused: [Record<string, unknown>, Record<string, string>, string][] = [
      [{ id, heldOn: '2026-03-15' }, as.steering, 'CONFLICT'],
      [{ id: '00000000-0000-4000-8000-000000000000', heldOn: '2026-10-09' }, as.steering, 'NOT_FOUND'],
      [{ id: 'pas-un-id', heldOn: '2026-10-09' }, as.steering, 'BAD_USER_INPUT'],
      [{ id, heldOn: '2026-12-15', minutes: 'Trop tôt' }, as.state, 'BAD_USER_INPUT'],
      [{ id, heldOn: '2026-10-09' }, as.siae, 'FORBIDDEN'],
      [{ id, heldOn: '2026-10-09' }, as.agency, 'FORBIDDEN'],
    ];
    for (const [input, caller, code] of refused) {
      expect(
        codeOf(await graphql(url, RECORD, { input: { agenda: 'Autre', ...input } }, caller)),
        JSON.stringify(input),
      ).toBe(code);
    }
    const [row] = await database.db.select().from(tables.steeringMeetings).where(eq(tables.steeringMeetings.id, id));
    expect(row).toMatchObject({
      heldOn: '2026-10-08',
      agenda: 'Bilan à mi-parcours',
      documentsSentOn: '2026-09-25',
      minutes: 'Compte rendu validé.',
    });
  });

  it('the feuille de route: an action created, then updated; read by year and fiche', async () => {
    const created = await ok(url, as.steering, SAVE, {
      input: {
        year: 2026,
        fiche: 8,
        action: 'Organiser un CTA sur chaque territoire',
        owner: 'Pôle emploi',
        duePeriod: 'Premier semestre 2026',
      },
    });
    expect(created.saveRoadmapAction).toMatchObject({ year: 2026, fiche: 8, status: 'PLANNED', statusLabel: 'Prévue' });
    await ok(url, as.state, SAVE, {
      input: {
        year: 2026,
        fiche: 2,
        action: 'Actualiser la liste des prescripteurs habilités',
        owner: 'État',
        duePeriod: 'Fin 2026',
        status: 'DONE',
      },
    });
    await ok(url, as.state, SAVE, {
      input: {
        year: 2026,
        action: 'Communiquer sur l’accord',
        owner: 'Tous les signataires',
        duePeriod: 'Premier trimestre 2026',
      },
    });
    await ok(url, as.state, SAVE, {
      input: { year: 2027, fiche: 6, action: 'Groupe de travail formation', owner: 'État', duePeriod: '2027' },
    });
    const updated = await ok(url, as.state, SAVE, {
      input: {
        id: created.saveRoadmapAction.id,
        year: 2026,
        fiche: 8,
        action: 'Organiser un CTA sur chaque territoire',
        owner: 'Pôle emploi',
        duePeriod: 'Premier semestre 2026',
        status: 'IN_PROGRESS',
      },
    });
    expect(updated.saveRoadmapAction).toMatchObject({
      id: created.saveRoadmapAction.id,
      status: 'IN_PROGRESS',
      statusLabel: 'En cours',
    });
    const kept = await ok(url, as.state, SAVE, {
      input: {
        id: created.saveRoadmapAction.id,
        year: 2026,
        fiche: 8,
        action: 'Organiser un CTA sur chaque territoire',
        owner: 'Pôle emploi et DDETS',
        duePeriod: 'Premier semestre 2026',
      },
    });
    expect(kept.saveRoadmapAction).toMatchObject({ owner: 'Pôle emploi et DDETS', status: 'IN_PROGRESS' }); // status unchanged when omitted

    const roadmap = await ok(url, as.agency, `{ roadmap(year: 2026) { fiche action status } }`);
    expect(roadmap.roadmap).toEqual([
      { fiche: 2, action: 'Actualiser la liste des prescripteurs habilités', status: 'DONE' },
      { fiche: 8, action: 'Organiser un CTA sur chaque territoire', status: 'IN_PROGRESS' },
      { fiche: null, action: 'Communiquer sur l’accord', status: 'PLANNED' },
    ]);

    const base = { year: 2026, action: 'A', owner: 'B', duePeriod: 'C' };
    const fiche9 = await graphql(url, SAVE, { input: { ...base, fiche: 9 } }, as.steering);
    expect(fiche9.errors?.[0]).toMatchObject({
      message: 'Fiche action : de 1 à 8, ou aucune.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Fiche action' },
    });
    const blank = await graphql(url, SAVE, { input: { ...base, owner: ' ' } }, as.steering);
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Pilote de l’action',
    });
    const unknown = await graphql(
      url,
      SAVE,
      { input: { ...base, id: '00000000-0000-4000-8000-000000000000' } },
      as.steering,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'ROADMAP_ACTION_NOT_FOUND' });
    const year = await graphql(url, SAVE, { input: { ...base, year: 2099 } }, as.steering);
    expect(year.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'YEAR_OUT_OF_RANGE' });
    expect(codeOf(await graphql(url, SAVE, { input: base }, as.agency))).toBe('FORBIDDEN');
  });

  it('avenants: recorded by the comité or the État, after the accord and not in the future, once', async () => {
    const input = {
      signedOn: '2026-09-01',
      title: 'Avenant n° 1',
      summary: 'Prolongation de l’accord jusqu’au 31/12/2027.',
    };
    const first = await ok(url, as.steering, AMEND, { input });
    expect(first.recordAmendment).toMatchObject(input);
    await ok(url, as.state, AMEND, {
      input: { signedOn: '2017-06-30', title: 'Avenant technique', summary: 'Indicateurs.' },
    });
    expect((await ok(url, as.state, AMEND, { input })).recordAmendment.id).toBe(first.recordAmendment.id); // sent again: the same
    const other = await graphql(url, AMEND, { input: { ...input, summary: 'Autre objet' } }, as.state);
    expect(other.errors?.[0]).toMatchObject({
      message: 'L’avenant « Avenant n° 1 » du 01/09/2026 est déjà enregistré avec un autre objet.',
      extensions: { code: 'CONFLICT', reason: 'AMENDMENT_ALREADY_RECORDED' },
    });
    const before = await graphql(url, AMEND, { input: { ...input, signedOn: '2016-12-07' } }, as.state);
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AMENDMENT_BEFORE_ACCORD' });
    const future = await graphql(url, AMEND, { input: { ...input, signedOn: '2026-12-01' } }, as.state);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' });
    const long = await graphql(url, AMEND, { input: { ...input, title: 'x'.repeat(301) } }, as.state);
    expect(long.errors?.[0]).toMatchObject({
      message: 'Intitulé : 300 caractères au plus.',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' },
    });
    expect(codeOf(await graphql(url, AMEND, { input: { ...input, title: 'Autre' } }, as.siae))).toBe('FORBIDDEN');
    const list = await ok(url, as.siae, `{ amendments { signedOn title } }`);
    expect(list.amendments).toEqual([
      { signedOn: '2026-09-01', title: 'Avenant n° 1' },
      { signedOn: '2017-06-30', title: 'Avenant technique' },
    ]);
  });

  it('an avenant recorded with a mistake is corrected, by the comité or the État only, under the same rules', async () => {
    const typo = (
      await ok(url, as.steering, AMEND, {
        input: { signedOn: '2026-10-02', title: 'Avenant n° 2 (coquille)', summary: 'Fiche 6.' },
      })
    ).recordAmendment;
    const fixed = {
      id: typo.id,
      signedOn: '2026-10-02',
      title: 'Avenant n° 2',
      summary: 'Fiche 6 : heures de formation.',
    };
    expect((await ok(url, as.state, AMEND, { input: fixed })).recordAmendment).toEqual(fixed);
    const refused: [Record<string, unknown>, Record<string, string>, string][] = [
      [{ ...fixed, signedOn: '2026-09-01', title: 'Avenant n° 1' }, as.steering, 'CONFLICT'], // the same as another one
      [{ ...fixed, signedOn: '2026-12-01' }, as.steering, 'BAD_USER_INPUT'],
      [{ ...fixed, id: '00000000-0000-4000-8000-000000000000' }, as.steering, 'NOT_FOUND'],
      [{ ...fixed, title: 'Autre' }, as.agency, 'FORBIDDEN'],
    ];
    for (const [input, caller, code] of refused)
      expect(codeOf(await graphql(url, AMEND, { input }, caller)), JSON.stringify(input)).toBe(code);
    const [row] = await database.db.select().from(tables.amendments).where(eq(tables.amendments.id, typo.id));
    expect(row).toMatchObject({
      signedOn: '2026-10-02',
      title: 'Avenant n° 2',
      summary: 'Fiche 6 : heures de formation.',
    });
  });
});

const INDICATORS_QUERY = `query($filter: IndicatorFilter) { indicators(filter: $filter) {
  id label fiche reference unit source definition dimensions computable starred inAnnex1 note
  rows { departement { code } siaeKind value people masked }
} }`;
/** @navette/domain INDICATORS, in order (this app does not depend on the domain package). */
/** Rates over the situations recorded on the parcours (issue 18 §4): a cell may have nothing to divide by. */
const REGISTRATION_RATES = ['F5_PEOPLE_REGISTERED_AT_PE_RATE', 'F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE'];
const INDICATOR_IDS = [
  'F1_ANNUAL_STATE_OF_PLAY',
  'F2_HABILITATED_PRESCRIBERS_LIST',
  'F2_SIAE_WITH_PE_REFERENT_RATE',
  'F2_PE_CORRESPONDENTS_IN_SIAE_LIST',
  'F2_EXCHANGE_SESSIONS',
  'F3_ACCORD_PRESENTATIONS',
  'F3_PUBLIC_PROCUREMENT_HOURS',
  'F4_PRESCRIPTION_PROCEDURE_EXISTS',
  'F4_SIAE_JOB_OFFERS',
  'F4_APPROVAL_REFUSALS',
  'F4_HIRING_REFUSALS',
  'F5_PEOPLE_REGISTERED_AT_PE_RATE',
  'F5_PE_SERVICES',
  'F5_PMSMP',
  'F5_PROLONGATIONS',
  'F5_SUSPENSIONS',
  'F5_EXTENSIONS',
  'F5_LOCAL_AGREEMENTS_RATE',
  'F5_MANAGEMENT_DIALOGUES_WITH_PE',
  'F6_ROADMAP_AND_ACTION_PLAN',
  'F6_TRAINING_HOURS',
  'F7_POE',
  'F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE',
  'F7_SIAE_OPUS',
  'F7_IN_WORK_FOLLOW_UP_SERVICES',
  'F8_OPERATIONAL_CTA',
  'F8_CTA_MEETINGS',
  'F8_MINUTES_SENT_TO_CDIAE',
  'F3_SOCIAL_PARTNERS_IN_CDIAE',
  'F4_CANDIDATES_ORIENTED_BY_PE',
  'ART2_LOCAL_AGREEMENTS_SIGNED',
] as const;
type Row = {
  departement: { code: string };
  siaeKind: string | null;
  value: number | null;
  people: number | null;
  masked: boolean;
};
type IndicatorView = {
  id: string;
  computable: boolean;
  note: string | null;
  source?: string | null;
  rows: Row[];
  [key: string]: unknown;
};

async function indicators(
  caller: Record<string, string>,
  filter: Record<string, unknown>,
): Promise<Map<string, IndicatorView>> {
  const data = await ok<{ indicators: IndicatorView[] }>(url, caller, INDICATORS_QUERY, { filter });
  return new Map(data.indicators.map((i) => [i.id, i]));
}

/** Rows as `département/kind → value` (and `+people`), for comparison with the hand-computed figures. */
function figures(indicator: IndicatorView | undefined): Record<string, number | string | null> {
  return Object.fromEntries(
    (indicator?.rows ?? []).map((r) => [
      `${r.departement.code}${r.siaeKind ? `/${r.siaeKind}` : ''}`,
      r.people == null ? r.value : `${r.value}h/${r.people}`,
    ]),
  );
}

describe('indicators of annexe 1, from the reporting views', () => {
  it('lists every indicator of the accord with its definition; those the platform cannot compute have no rows and say why', async () => {
    const all = await indicators(as.steering, HALF);
    // The 28 rows of annexe 1 and the 3 the fiches or article 2 name (@navette/domain INDICATORS, in its order).
    expect([...all.keys()]).toEqual([...INDICATOR_IDS]);
    expect(all.get('F5_PMSMP')).toMatchObject({
      label: 'Nombre de PMSMP (par département et Type de SIAE)',
      fiche: 5,
      reference: 'accord, annexe 1, fiche 5',
      unit: 'COUNT',
      source: 'Pôle emploi',
      definition: 'Périodes de mise en situation en milieu professionnel commencées pendant la période.',
      dimensions: ['DEPARTEMENT', 'SIAE_KIND', 'PERIOD'],
      computable: true,
      starred: false,
      inAnnex1: true,
      note: 'Par date de début.',
    });
    expect(all.get('ART2_LOCAL_AGREEMENTS_SIGNED')).toMatchObject({
      fiche: null,
      reference: 'accord, article 2',
      inAnnex1: false,
    });
    expect(all.get('F6_TRAINING_HOURS')).toMatchObject({ unit: 'HOURS_AND_PEOPLE', computable: true });
    const provided = [...all.values()].filter((i) => !i.computable);
    expect(provided.map((i) => i.id)).toEqual([...INDICATOR_IDS].filter((id) => !(id in AGENCE_AJACCIO)));
    for (const indicator of provided) {
      expect(indicator.rows).toEqual([]);
      // Over a semester, those whose provider enters figures (issue 18 §6: by quarter or year) say how to see them.
      const byPeriod = PROVIDED_INDICATORS.some((i) => i.id === indicator['id'])
        ? ' Ses chiffres sont fournis par trimestre ou par année civile : choisissez l’une de ces périodes pour les voir.'
        : '';
      expect(indicator.note).toBe(`Non calculé par la plateforme : fourni par ${indicator['source']}.${byPeriod}`);
    }
    expect(all.get('F7_SIAE_OPUS')?.note).toMatch(/^Non calculé par la plateforme : fourni par Pôle emploi\. /);
  });

  // Hand-computed from the rows of testing/pilotage.ts (first half of 2026: 1 January to 30 June).
  const AGENCE_AJACCIO: Record<string, Record<string, number | string | null>> = {
    // hab1 (2025-2029) and hab3 (from 30 June) cover 30 June; hab2 ended 31 March, hab4 starts 1 July.
    F2_HABILITATED_PRESCRIBERS_LIST: { '2A': 2 },
    // ACI: a1 has a référent, a2 only a correspondent; EI: a3 none.
    F2_SIAE_WITH_PE_REFERENT_RATE: { '2A/ACI': 50, '2A/EI': 0 },
    // No presentation of the accord recorded by the CDIAE of Corse-du-Sud (issue 18 §5: cdiae.integration.test.ts).
    F3_ACCORD_PRESENTATIONS: { '2A': 0 },
    // a1 on 10 March; a3's on 31 December 2025 and a2's on 1 July are outside.
    F4_SIAE_JOB_OFFERS: { '2A/ACI': 1, '2A/EI': 0 },
    // a1: 10 February and 1 April (appeal dismissed); 5 March was overturned on appeal; a3's was in 2025.
    F4_APPROVAL_REFUSALS: { '2A/ACI': 2, '2A/EI': 0 },
    F4_HIRING_REFUSALS: { '2A/ACI': 1, '2A/EI': 1 },
    // p1 to a1 by Pôle emploi on 1 February; p3 to a3 was sent in December 2025.
    F4_CANDIDATES_ORIENTED_BY_PE: { '2A/ACI': 1, '2A/EI': 0 },
    F5_PE_SERVICES: { '2A/ACI': 3, '2A/EI': 0 },
    F5_PMSMP: { '2A/ACI': 1, '2A/EI': 0 },
    // In parcours on 30 June with a situation recorded by then: ap1 registered, ap4 not; ap2's was recorded on 2 July.
    F5_PEOPLE_REGISTERED_AT_PE_RATE: { '2A/ACI': 50, '2A/EI': null },
    F5_PROLONGATIONS: { '2A/ACI': 0, '2A/EI': 1 },
    // a1: 1 February and 30 June; a3's starts 1 July.
    F5_SUSPENSIONS: { '2A/ACI': 2, '2A/EI': 0 },
    // An extension to a2 (ACI) on 15 April.
    F5_EXTENSIONS: { '2A/ACI': 1, '2A/EI': 0 },
    // In force on 30 June: a1 (since 2025) and a2 (from 1 February); a3's was terminated that day (not in force on its
    // termination day, domain isCooperationAgreementInForce): 2 of 3 SIAE.
    F5_LOCAL_AGREEMENTS_RATE: { '2A': 66.7 },
    // a1: 35 h + 20 h for p1; a2: 100 h for p5 ending 30 June; a3's ends 1 July.
    F6_TRAINING_HOURS: { '2A/ACI': '155h/2', '2A/EI': '0h/0' },
    F7_POE: { '2A/ACI': 0, '2A/EI': 1 },
    // ap2 (a3) checked on 1 February 6 months after its end: not registered.
    F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE: { '2A/ACI': null, '2A/EI': 0 },
    F7_IN_WORK_FOLLOW_UP_SERVICES: { '2A/ACI': 2, '2A/EI': 0 },
    // The CTA of Ajaccio met on 15 January and 10 April (and in December 2025, its minutes sent on 5 January).
    F8_OPERATIONAL_CTA: { '2A': 1 },
    F8_CTA_MEETINGS: { '2A': 2 },
    F8_MINUTES_SENT_TO_CDIAE: { '2A': 2 },
    // a2 on 20 January, a3 on 1 March (terminated since); a1's was signed in December 2025.
    ART2_LOCAL_AGREEMENTS_SIGNED: { '2A/ACI': 1, '2A/EI': 1 },
  };

  it('an agence sees its territory’s figures, unmasked, equal to the hand-computed ones', async () => {
    const all = await indicators(as.agencyA, HALF);
    const computed = Object.fromEntries(Object.keys(AGENCE_AJACCIO).map((id) => [id, figures(all.get(id))]));
    expect(computed).toEqual(AGENCE_AJACCIO);
    for (const indicator of all.values()) expect(indicator.rows.every((r) => !r.masked)).toBe(true);
    expect(all.get('F5_LOCAL_AGREEMENTS_RATE')?.note).toMatch(
      /^SIAE ayant une convention de coopération locale signée et en vigueur/,
    );

    // Agence B's territory, with the edges of the period: refused just after midnight on 1 July (Paris), sent on 30 June.
    const bastia = await indicators(as.agencyB, {});
    expect(figures(bastia.get('F4_SIAE_JOB_OFFERS'))).toEqual({ '2B/AI': 1 }); // deposited 30 June 2026, counted in 2026
    const half = await indicators(as.agencyB, HALF);
    expect(figures(half.get('F4_CANDIDATES_ORIENTED_BY_PE'))).toEqual({ '2B/AI': 1 });
    expect(figures(half.get('F4_HIRING_REFUSALS'))).toEqual({ '2B/AI': 0 });
    expect(figures(half.get('F4_APPROVAL_REFUSALS'))).toEqual({ '2B/AI': 1 });
    expect(figures(half.get('F5_PMSMP'))).toEqual({ '2B/AI': 7 });
    expect(figures(half.get('F6_TRAINING_HOURS'))).toEqual({ '2B/AI': '12h/1' });
    expect(figures(half.get('F5_LOCAL_AGREEMENTS_RATE'))).toEqual({ '2B': 0 }); // signed 30 June, in force from 1 July
    expect(figures(half.get('ART2_LOCAL_AGREEMENTS_SIGNED'))).toEqual({ '2B/AI': 1 });
    expect(figures(half.get('F2_HABILITATED_PRESCRIBERS_LIST'))).toEqual({ '2B': 1 }); // hab5 ends on 30 June
    expect(figures(half.get('F8_CTA_MEETINGS'))).toEqual({ '2B': 0 }); // its CTA met on 2 July
    // Nothing of another territory, even when asked for.
    const elsewhere = await indicators(as.agencyA, { ...HALF, departement: '2B' });
    for (const indicator of elsewhere.values()) expect(indicator.rows, indicator.id).toEqual([]);
    const demoAgency = await indicators(as.agency, HALF);
    expect(demoAgency.get('F5_PMSMP')!.rows.map((r) => r.departement.code)).toEqual(['25', '25', '25']);
  });

  it('a SIAE sees its own figures only, unmasked; CTA figures are not a SIAE’s', async () => {
    const all = await indicators(as.siaeA1, HALF);
    const computed = Object.fromEntries(Object.keys(AGENCE_AJACCIO).map((id) => [id, figures(all.get(id))]));
    expect(computed).toEqual({
      F2_HABILITATED_PRESCRIBERS_LIST: { '2A': 2 },
      F2_SIAE_WITH_PE_REFERENT_RATE: { '2A/ACI': 100 },
      F3_ACCORD_PRESENTATIONS: {},
      F4_SIAE_JOB_OFFERS: { '2A/ACI': 1 },
      F4_APPROVAL_REFUSALS: { '2A/ACI': 2 },
      F4_HIRING_REFUSALS: { '2A/ACI': 1 },
      F4_CANDIDATES_ORIENTED_BY_PE: { '2A/ACI': 1 },
      F5_PE_SERVICES: { '2A/ACI': 2 },
      F5_PMSMP: { '2A/ACI': 1 },
      F5_PEOPLE_REGISTERED_AT_PE_RATE: { '2A/ACI': 100 },
      F5_PROLONGATIONS: { '2A/ACI': 0 },
      F5_SUSPENSIONS: { '2A/ACI': 2 },
      F5_EXTENSIONS: { '2A/ACI': 0 }, // the extension went to a2
      F5_LOCAL_AGREEMENTS_RATE: { '2A': 100 },
      F6_TRAINING_HOURS: { '2A/ACI': '55h/1' },
      F7_POE: { '2A/ACI': 0 },
      F7_REGISTERED_AT_PE_6_MONTHS_AFTER_RATE: { '2A/ACI': null },
      F7_IN_WORK_FOLLOW_UP_SERVICES: { '2A/ACI': 1 },
      F8_OPERATIONAL_CTA: {},
      F8_CTA_MEETINGS: {},
      F8_MINUTES_SENT_TO_CDIAE: {},
      ART2_LOCAL_AGREEMENTS_SIGNED: { '2A/ACI': 0 },
    });
    expect(all.get('F8_CTA_MEETINGS')?.note).toBe(
      'Indicateur des CTA et des CDIAE, animés par Pôle emploi et par l’État : il ne se rapporte pas à une SIAE.',
    );
    // The demo SIAE of Besançon sees none of a1's figures.
    expect((await indicators(as.siae, HALF)).get('F5_SUSPENSIONS')!.rows).toEqual([
      { departement: { code: '25' }, siaeKind: 'EITI', value: 0, people: null, masked: false },
    ]);
  });

  it('filters by SIAE kind, and says so where the indicator is not broken down by kind', async () => {
    const aci = await indicators(as.agencyA, { ...HALF, siaeKind: 'ACI' });
    expect(figures(aci.get('F5_SUSPENSIONS'))).toEqual({ '2A/ACI': 2 });
    expect(figures(aci.get('F5_LOCAL_AGREEMENTS_RATE'))).toEqual({ '2A': 100 }); // a1 and a2 are the ACI
    expect(figures(aci.get('F8_CTA_MEETINGS'))).toEqual({ '2A': 2 });
    expect(aci.get('F8_CTA_MEETINGS')?.note).toBe(
      'Réunions tenues pendant la période. Non ventilé par type de SIAE : le filtre sur le type de SIAE ne s’applique pas.',
    );
    expect(aci.get('F5_LOCAL_AGREEMENTS_RATE')?.note).not.toMatch(/Non ventilé/);
  });

  // Counts of organisations, offers, meetings, conventions and référents identify nobody: published as they are.
  const ABOUT_ORGANISATIONS = [
    'F4_SIAE_JOB_OFFERS',
    'F5_LOCAL_AGREEMENTS_RATE',
    'F2_SIAE_WITH_PE_REFERENT_RATE',
    'F2_HABILITATED_PRESCRIBERS_LIST',
    'F8_CTA_MEETINGS',
    'F8_OPERATIONAL_CTA',
    'F8_MINUTES_SENT_TO_CDIAE',
    'ART2_LOCAL_AGREEMENTS_SIGNED',
  ];

  it('the comité, the État and API clients see the region with counts of people below 5 masked (0 is not), organisations unmasked', async () => {
    const bastia = await indicators(as.agencyB, HALF); // the agence of Bastia's own figures, unmasked
    const views = [];
    for (const caller of [as.steering, as.state, as.apiClient]) {
      const all = await indicators(caller, { ...HALF, departement: '2B' });
      for (const id of ABOUT_ORGANISATIONS) {
        for (const row of all.get(id)!.rows) expect(row.masked, `${id} ${JSON.stringify(row)}`).toBe(false);
        const own = figures(bastia.get(id));
        for (const [cell, value] of Object.entries(figures(all.get(id))))
          if (cell in own) expect(value, `${id} ${cell}`).toBe(own[cell]);
      }
      // One person trained in 2B: masked with its hours.
      expect(all.get('F6_TRAINING_HOURS')!.rows[0]).toEqual({
        departement: { code: '2B' },
        siaeKind: 'AI',
        value: null,
        people: null,
        masked: true,
      });
      views.push(all);
    }
    expect(views[1]).toEqual(views[0]);
    expect(views[2]).toEqual(views[0]);

    // Over the whole region (the demo départements included), no published count of people lies between 1 and 4.
    const region = await indicators(as.steering, HALF);
    const codes = new Set<string>();
    for (const indicator of region.values()) {
      const aboutPeople = !ABOUT_ORGANISATIONS.includes(indicator.id);
      for (const row of indicator.rows) {
        codes.add(row.departement.code);
        const counted =
          indicator['unit'] === 'COUNT' ? row.value : indicator['unit'] === 'HOURS_AND_PEOPLE' ? row.people : null;
        if (counted != null && aboutPeople)
          expect(counted === 0 || counted >= 5, `${indicator.id} ${JSON.stringify(row)}`).toBe(true);
        if (!aboutPeople) expect(row.masked, `${indicator.id} ${JSON.stringify(row)}`).toBe(false);
        // Every cell has something to divide by (the SIAE of its département): no value means masked. The registration
        // rates (fiches 5 and 7) divide by the situations recorded: none recorded is no value, not masked.
        if (row.masked) expect(row.value, `${indicator.id} ${JSON.stringify(row)}`).toBeNull();
        else if (!REGISTRATION_RATES.includes(indicator.id))
          expect(row.value, `${indicator.id} ${JSON.stringify(row)}`).not.toBeNull();
      }
      // One pattern whatever the filter: the département's answer is the region's rows of that département.
      expect(views[0]!.get(indicator.id)!.rows, indicator.id).toEqual(
        indicator.rows.filter((r) => r.departement.code === '2B'),
      );
    }
    expect([...codes]).toEqual(expect.arrayContaining(['21', '25', '2A', '2B']));
    expect(figures(region.get('F4_APPROVAL_REFUSALS'))['2A/ACI']).toBeNull(); // 2 refusals: masked
    // Two dates of one's choosing would give a masked count back by difference: refused outside a structure only.
    for (const filter of [
      { from: '2026-01-01', to: '2026-06-29' },
      { from: '2026-01-02', to: '2026-06-30' },
      { from: '2026-02-01', to: '2026-04-30' },
    ]) {
      const refused = await graphql(url, INDICATORS_QUERY, { filter }, as.steering);
      expect(refused.errors?.[0]?.extensions, JSON.stringify(filter)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PERIOD_NOT_PUBLISHED',
      });
      expect(refused.errors?.[0]?.message).toContain('secret statistique');
      await indicators(as.agencyA, filter); // an agence's own figures: any period
    }
    // Prescripteurs and administrators see no indicator (DESIGN §4: "—").
    for (const caller of [as.prescriber, as.admin])
      expect(codeOf(await graphql(url, INDICATORS_QUERY, { filter: HALF }, caller))).toBe('FORBIDDEN');
  });

  it('the region’s figures, read from the live totals (migration 0013), agree with the territory’s, read from the views', async () => {
    const territory = await indicators(as.agencyA, HALF);
    const region = await indicators(as.steering, { ...HALF, departement: '2A' });
    const summarised = [
      'F4_APPROVAL_REFUSALS',
      'F4_HIRING_REFUSALS',
      'F4_CANDIDATES_ORIENTED_BY_PE',
      'F5_PE_SERVICES',
      'F5_PMSMP',
      'F5_PROLONGATIONS',
      'F5_SUSPENSIONS',
      'F5_EXTENSIONS',
      'F6_TRAINING_HOURS',
      'F7_POE',
      'F7_IN_WORK_FOLLOW_UP_SERVICES',
    ];
    for (const id of summarised) {
      const seen = figures(region.get(id));
      for (const [cell, own] of Object.entries(figures(territory.get(id)))) {
        // The comité's copy of the same count: itself, or masked (null): always from 1 to 4 (hours follow their
        // people), and sometimes to protect another cell (secondary suppression).
        const count = typeof own === 'string' ? Number(own.split('/')[1]) : own;
        if (count != null && count >= 1 && count <= 4) expect(seen[cell], `${id} ${cell}`).toBeNull();
        else if (seen[cell] !== null) expect(seen[cell], `${id} ${cell}`).toBe(own);
      }
    }
    // And over time: the comité's trend (totals) and the agence of Bastia's (views) count the same rows per quarter.
    type Trend = { indicatorTrend: { points: { label: string; value: number | null; masked: boolean }[] } };
    const TREND = `query { indicatorTrend(id: "F5_PMSMP", departement: "2B", quarters: 8) { points { label value masked } } }`;
    const comite = (await ok<Trend>(url, as.steering, TREND)).indicatorTrend.points;
    const bastia = (await ok<Trend>(url, as.agencyB, TREND)).indicatorTrend.points;
    expect(bastia.reduce((n, p) => n + p.value!, 0)).toBeGreaterThanOrEqual(7);
    expect(comite.map((p) => p.label)).toEqual(bastia.map((p) => p.label));
    comite.forEach((p, i) => {
      const own = bastia[i]!;
      if (own.value! >= 1 && own.value! <= 4) expect(p).toEqual({ ...own, value: null, masked: true });
      else expect(p.masked ? { ...p, value: own.value, masked: false } : p).toEqual(own);
    });
  });

  it('lays out the same cells as a table (what the console shows): a line per département, a column per SIAE kind', async () => {
    type Table = {
      siaeKinds: string[];
      departements: { code: string; name: string }[];
      states: string[][];
      values: (number | null)[][];
      people: (number | null)[][] | null;
    };
    const BOTH = `query($filter: IndicatorFilter) { indicators(filter: $filter) {
      id unit rows { departement { code name } siaeKind value people masked }
      table { siaeKinds departements { code name } states values people }
    } }`;
    type Both = { id: string; unit: string; rows: (Row & { departement: { name: string } })[]; table: Table };
    for (const [caller, filter] of [
      [as.steering, HALF],
      [as.agencyA, HALF],
      [as.siaeA1, HALF],
    ] as const) {
      const { indicators: list } = await ok<{ indicators: Both[] }>(url, caller, BOTH, { filter });
      let cells = 0;
      for (const { id, unit, rows, table } of list) {
        const codes = table.departements.map((d) => d.code);
        expect(codes, id).toEqual([...new Set(rows.map((r) => r.departement.code))].sort());
        expect(table.siaeKinds, id).toEqual(
          ['ACI', 'AI', 'EI', 'ETTI', 'EITI'].filter((k) => rows.some((r) => r.siaeKind === k)),
        );
        expect(table.people === null, id).toBe(unit !== 'HOURS_AND_PEOPLE');
        const columns = table.siaeKinds.length > 0 ? table.siaeKinds : [null];
        const expected = codes.map((code) =>
          columns.map(
            (kind) => rows.find((r) => r.departement.code === code && (kind === null || r.siaeKind === kind)) ?? null,
          ),
        );
        expect(table.states, id).toEqual(
          expected.map((line) =>
            line.map((r) => (!r ? 'NO_DATA' : r.masked ? 'MASKED' : r.value === null ? 'NOT_APPLICABLE' : 'FIGURE')),
          ),
        );
        expect(table.values, id).toEqual(expected.map((line) => line.map((r) => r?.value ?? null)));
        if (table.people) expect(table.people, id).toEqual(expected.map((line) => line.map((r) => r?.people ?? null)));
        expect(table.departements, id).toEqual(
          codes.map((code) => rows.find((r) => r.departement.code === code)!.departement),
        );
        cells += rows.length;
      }
      expect(cells).toBeGreaterThan(10);
    }
  });

  it('refuses a wrong period or département in French', async () => {
    const reversed = await graphql(
      url,
      INDICATORS_QUERY,
      { filter: { from: '2026-06-30', to: '2026-01-01' } },
      as.steering,
    );
    expect(reversed.errors?.[0]).toMatchObject({
      message: 'La fin de la période (01/01/2026) ne peut pas précéder son début (30/06/2026).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const future = await graphql(url, INDICATORS_QUERY, { filter: { from: '2026-12-01' } }, as.steering);
    expect(future.errors?.[0]?.message).toBe('Le début de la période (01/12/2026) ne peut pas être dans le futur.');
    const invalid = await graphql(url, INDICATORS_QUERY, { filter: { from: '2026-02-30' } }, as.steering);
    expect(invalid.errors?.[0]).toMatchObject({
      message: expect.stringContaining("Date invalide : ce jour n'existe pas dans le calendrier"),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const departement = await graphql(url, INDICATORS_QUERY, { filter: { departement: '2C' } }, as.steering);
    expect(departement.errors?.[0]).toMatchObject({
      message: 'Département : code « 2C » invalide (par exemple 21, 2A ou 971).',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_DEPARTEMENT_CODE' },
    });
  });
});

describe('indicator trends by quarter (charts)', () => {
  const TREND = `query($id: ID!, $departement: ID, $quarters: Int) { indicatorTrend(id: $id, departement: $departement, quarters: $quarters) {
    indicator { id label } departement { code } note points { label from to inProgress value people masked }
  } }`;
  const values = (trend: { points: { value: number | null; people: number | null }[] }) =>
    trend.points.map((p) => (p.people == null ? p.value : `${p.value}h/${p.people}`));

  it('counts per calendar quarter, the current one in progress; masked outside a structure', async () => {
    const unmasked = await ok(url, as.agencyB, TREND, { id: 'F5_PMSMP', quarters: 4 });
    expect(
      unmasked.indicatorTrend.points.map((p: { label: string; inProgress: boolean }) => [p.label, p.inProgress]),
    ).toEqual([
      ['T1 2026', false],
      ['T2 2026', false],
      ['T3 2026', false],
      ['T4 2026', true],
    ]);
    expect(unmasked.indicatorTrend.points[0]).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(values(unmasked.indicatorTrend)).toEqual([2, 5, 1, 0]);
    const masked = await ok(url, as.steering, TREND, { id: 'F5_PMSMP', departement: '2B', quarters: 4 });
    expect(masked.indicatorTrend).toMatchObject({ indicator: { id: 'F5_PMSMP' }, departement: { code: '2B' } });
    expect(values(masked.indicatorTrend)).toEqual([null, 5, null, 0]);
    expect(masked.indicatorTrend.points.map((p: { masked: boolean }) => p.masked)).toEqual([true, false, true, false]);
    expect(
      (await ok(url, as.apiClient, TREND, { id: 'F5_PMSMP', departement: '2B', quarters: 4 })).indicatorTrend,
    ).toEqual(masked.indicatorTrend);
  });

  it('hours and people per quarter; a rate read on the last day of each quarter (today for the current one)', async () => {
    const hours = await ok(url, as.agencyA, TREND, { id: 'F6_TRAINING_HOURS', quarters: 4 });
    // Q1: 35 h (p1); Q2: 20 h (p1) + 100 h (p5); Q3: 50 h (p2, ending 1 July); Q4: none.
    expect(values(hours.indicatorTrend)).toEqual(['35h/1', '120h/2', '50h/1', '0h/0']);
    const rate = await ok(url, as.agencyA, TREND, { id: 'F5_LOCAL_AGREEMENTS_RATE', quarters: 4 });
    // 31 March: a1, a2 and a3 (terminated on 30 June); 30 June, 30 September and today: a1 and a2 of 3 SIAE.
    expect(values(rate.indicatorTrend)).toEqual([100, 66.7, 66.7, 66.7]);
    expect(rate.indicatorTrend.note).toBe(
      'Le dénominateur est celui de l’annuaire actuel, dont l’historique n’est pas conservé.',
    );
    const eight = await ok(url, as.agencyA, TREND, { id: 'F8_CTA_MEETINGS' });
    expect(eight.indicatorTrend.points.map((p: { label: string }) => p.label)).toEqual([
      'T1 2025',
      'T2 2025',
      'T3 2025',
      'T4 2025',
      'T1 2026',
      'T2 2026',
      'T3 2026',
      'T4 2026',
    ]);
    expect(values(eight.indicatorTrend)).toEqual([0, 0, 0, 1, 1, 1, 0, 0]);
  });

  it('no points, and why, for what cannot be followed over time; refuses an unknown indicator', async () => {
    const referents = await ok(url, as.agencyA, TREND, { id: 'F2_SIAE_WITH_PE_REFERENT_RATE' });
    expect(referents.indicatorTrend).toMatchObject({
      points: [],
      note: 'L’annuaire ne conserve pas l’historique de cette donnée : elle ne peut pas être suivie dans le temps.',
    });
    const provided = await ok(url, as.steering, TREND, { id: 'F1_ANNUAL_STATE_OF_PLAY' });
    expect(provided.indicatorTrend.points).toEqual([]);
    expect(provided.indicatorTrend.note).toMatch(/^Non calculé par la plateforme : fourni par/);
    const cta = await ok(url, as.siaeA1, TREND, { id: 'F8_CTA_MEETINGS' });
    expect(cta.indicatorTrend.points).toEqual([]);
    const unknown = await graphql(url, TREND, { id: 'F9_NOPE' }, as.steering);
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Indicateur « F9_NOPE » inconnu.',
      extensions: { code: 'NOT_FOUND' },
    });
    const tooMany = await graphql(url, TREND, { id: 'F5_PMSMP', quarters: 21 }, as.steering);
    expect(tooMany.errors?.[0]?.message).toBe('Nombre de trimestres : de 1 à 20.');
    expect(codeOf(await graphql(url, TREND, { id: 'F5_PMSMP' }, as.prescriber))).toBe('FORBIDDEN');
  });
});
