// Habilitations of prescripteurs by the préfet (issue 14 §2; accord, annexe 4 §2.1; fiche 2) through the gateway, on
// a real PostgreSQL: the État (DDETS) of the organisation's département grants, renews and withdraws, the decision date
// is the server's, the register is append-only and audited, two grants or two withdrawals at once record one decision,
// another département's organisation is answered as an unknown one, and a withdrawal stops the organisation
// prescribing at once.
import { DEMO_PASSWORD, demoId, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
const now = new Date('2026-11-23T09:00:00Z');
const TODAY = '2026-11-23';
let as: Record<'etat' | 'admin' | 'habilite' | 'prescripteur', Record<string, string>>;

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
    etat: await sign('etat@demo.navette.fr'),
    admin: await sign('admin@demo.navette.fr'),
    habilite: await sign('habilite@demo.navette.fr'),
    prescripteur: await sign('prescripteur@demo.navette.fr'),
  };
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const ORG = `id name habilitationStatus habilitation { startOn endOn } canPrescribe
  habilitationDecisions { id kind decidedOn startOn endOn reason recordedBeforeRegister }`;
const GRANT = `mutation($id: ID!, $startOn: Date!, $endOn: Date!) {
  grantHabilitation(prescriberOrganisationId: $id, startOn: $startOn, endOn: $endOn) { ${ORG} } }`;
const RENEW = `mutation($id: ID!, $startOn: Date!, $endOn: Date!) {
  renewHabilitation(prescriberOrganisationId: $id, startOn: $startOn, endOn: $endOn) { ${ORG} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) {
  withdrawHabilitation(prescriberOrganisationId: $id, reason: $reason) { ${ORG} } }`;
const LIST = `query($d: String!) { habilitatedPrescribers(departement: $d) { id name } }`;
const ORG_QUERY = `query($id: ID!) { prescriberOrganisation(id: $id) { ${ORG} } }`;

/** The HABILITE organisations of a département, with their status today as the API says it. */
async function habilites(departement: string) {
  const { data, errors } = await graphql(
    navette.graphqlUrl,
    `
      query ($d: String!) {
        prescriberOrganisations(first: 100, filter: { departement: $d, kind: HABILITE }) {
          edges {
            node {
              id
              name
              habilitationStatus
            }
          }
        }
      }
    `,
    { d: departement },
    as.admin,
  );
  expect(errors).toBeUndefined();
  return data!.prescriberOrganisations.edges.map(
    (e: { node: { id: string; habilitationStatus: string } }) => e.node,
  ) as {
    id: string;
    name: string;
    habilitationStatus: string;
  }[];
}

const registerOf = (id: string) =>
  database.db
    .select()
    .from(tables.habilitationDecisions)
    .where(eq(tables.habilitationDecisions.prescriberOrganisationId, id));

describe('the préfet’s list (fiche 2: listes départementales des prescripteurs habilités)', () => {
  it('lists the organisations habilitées today in the département, by name, from the directory’s periods', async () => {
    const orgs = await habilites('25');
    const { data, errors } = await graphql(navette.graphqlUrl, LIST, { d: '25' }, as.prescripteur);
    expect(errors).toBeUndefined();
    const expected = orgs
      .filter((o) => o.habilitationStatus === 'HABILITATED')
      .map((o) => o.name)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data!.habilitatedPrescribers.map((o: { name: string }) => o.name)).toEqual(expected);
    expect(orgs.some((o) => o.habilitationStatus === 'LAPSED')).toBe(true);
  });

  it('shows the register to the État of the département and the administrators only', async () => {
    const id = demoId('prescriber:25:HABILITE:0');
    const forState = await graphql(navette.graphqlUrl, ORG_QUERY, { id }, as.etat);
    expect(forState.data!.prescriberOrganisation.habilitationDecisions).toEqual([
      expect.objectContaining({ kind: 'GRANT', recordedBeforeRegister: true }),
    ]);
    const forPrescriber = await graphql(navette.graphqlUrl, ORG_QUERY, { id }, as.prescripteur);
    expect(forPrescriber.errors).toBeUndefined();
    expect(forPrescriber.data!.prescriberOrganisation.habilitationDecisions).toBeNull();
    const otherDepartement = await graphql(
      navette.graphqlUrl,
      ORG_QUERY,
      { id: (await habilites('21'))[0]!.id },
      as.etat,
    );
    expect(otherDepartement.data!.prescriberOrganisation.habilitationDecisions).toBeNull();
  });
});

describe('who decides, as the server says it (the console follows it)', () => {
  const WHO = `query($id: ID!) {
    viewer { habilitationDepartements { code } }
    prescriberOrganisation(id: $id) { mayDecideHabilitation }
  }`;
  const ask = async (who: Record<string, string>, id: string) => {
    const { data, errors } = await graphql(navette.graphqlUrl, WHO, { id }, who);
    expect(errors).toBeUndefined();
    return {
      departements: data!.viewer.habilitationDepartements.map((d: { code: string }) => d.code) as string[],
      may: data!.prescriberOrganisation.mayDecideHabilitation as boolean,
    };
  };

  it('the État its own département, the administrator every one, a prescripteur none', async () => {
    const doubs = demoId('prescriber:25:HABILITE:0');
    const coteDor = (await habilites('21'))[0]!.id;
    const { data } = await graphql(
      navette.graphqlUrl,
      `
        {
          departements {
            code
          }
        }
      `,
      {},
      as.admin,
    );
    const region = data!.departements.map((d: { code: string }) => d.code);
    expect(region.length).toBeGreaterThan(1);
    expect(await ask(as.etat, doubs)).toEqual({ departements: ['25'], may: true });
    expect((await ask(as.etat, coteDor)).may).toBe(false);
    expect(await ask(as.admin, coteDor)).toEqual({ departements: region, may: true });
    expect(await ask(as.habilite, doubs)).toEqual({ departements: [], may: false });
    expect(await ask(as.prescripteur, doubs)).toEqual({ departements: [], may: false });
    // A prescripteur de droit needs no habilitation: nobody decides on it.
    expect((await ask(as.admin, demoId('prescriber:25:MISSION_LOCALE'))).may).toBe(false);
  });
});

describe('decisions of the État (DDETS)', () => {
  it('grants a lapsed habilitation: the decision date is the server’s, the directory’s period kept as the first decision', async () => {
    const lapsed = (await habilites('25')).find((o) => o.habilitationStatus === 'LAPSED')!;
    const retro = await graphql(
      navette.graphqlUrl,
      GRANT,
      { id: lapsed.id, startOn: '2026-11-01', endOn: '2027-12-31' },
      as.etat,
    );
    expect(retro.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HABILITATION_RETROACTIVE' });
    const tooLong = await graphql(
      navette.graphqlUrl,
      GRANT,
      { id: lapsed.id, startOn: TODAY, endOn: '2031-11-23' },
      as.etat,
    );
    expect(tooLong.errors?.[0]?.extensions?.reason).toBe('HABILITATION_TOO_LONG');
    expect(await registerOf(lapsed.id)).toEqual([]);

    const { data, errors } = await graphql(
      navette.graphqlUrl,
      GRANT,
      { id: lapsed.id, startOn: TODAY, endOn: '2028-11-22' },
      as.etat,
    );
    expect(errors).toBeUndefined();
    const org = data!.grantHabilitation;
    expect(org).toMatchObject({
      habilitationStatus: 'HABILITATED',
      canPrescribe: true,
      habilitation: { startOn: TODAY, endOn: '2028-11-22' },
    });
    expect(org.habilitationDecisions).toEqual([
      expect.objectContaining({ kind: 'GRANT', recordedBeforeRegister: true, endOn: expect.any(String) }),
      expect.objectContaining({
        kind: 'GRANT',
        decidedOn: TODAY,
        startOn: TODAY,
        endOn: '2028-11-22',
        recordedBeforeRegister: false,
      }),
    ]);
    const rows = await registerOf(lapsed.id);
    expect(rows.map((r) => r.sequence)).toEqual([1, 2]);
    const [audit] = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'HABILITATION_GRANTED'), eq(tables.auditEvents.subjectId, lapsed.id)));
    expect(audit).toBeDefined();
    // On the préfet's list now.
    const list = await graphql(navette.graphqlUrl, LIST, { d: '25' }, as.etat);
    expect(list.data!.habilitatedPrescribers.map((o: { id: string }) => o.id)).toContain(lapsed.id);
  });

  it('answers the État of another département as for an unknown organisation, and records nothing', async () => {
    const target = (await habilites('21')).find((o) => o.habilitationStatus === 'HABILITATED')!;
    const before = await registerOf(target.id);
    const unknown = await graphql(
      navette.graphqlUrl,
      WITHDRAW,
      { id: '00000000-0000-4000-8000-000000000000', reason: 'Inconnu' },
      as.etat,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PRESCRIBER_ORGANIZATION_NOT_FOUND',
    });
    for (const query of [WITHDRAW, GRANT, RENEW]) {
      const refused = await graphql(
        navette.graphqlUrl,
        query,
        { id: target.id, reason: 'Pas mon département', startOn: TODAY, endOn: '2030-06-30' },
        as.etat,
      );
      expect(refused.data).toBeNull();
      // The same answer, word for word, as for an id that exists nowhere.
      expect(refused.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.reason])).toEqual(
        unknown.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.reason]),
      );
    }
    expect(await registerOf(target.id)).toEqual(before);
    // Its register is not shown to it either.
    const read = await graphql(navette.graphqlUrl, ORG_QUERY, { id: target.id }, as.etat);
    expect(read.data!.prescriberOrganisation.habilitationDecisions).toBeNull();
    // A prescripteur may not decide at all (the access rules), not even on itself.
    const forged = await graphql(
      navette.graphqlUrl,
      GRANT,
      { id: demoId('prescriber:25:HABILITE:0'), startOn: TODAY, endOn: '2031-11-22' },
      as.habilite,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A prescripteur de droit needs no habilitation.
    const rightful = await graphql(
      navette.graphqlUrl,
      GRANT,
      { id: demoId('prescriber:25:MISSION_LOCALE'), startOn: TODAY, endOn: '2027-11-22' },
      as.etat,
    );
    expect(rightful.errors?.[0]?.extensions?.reason).toBe('HABILITATION_NOT_NEEDED');
  });

  it('refuses a period ending before it starts, a backdated one and one over 5 years, recording nothing', async () => {
    const lapsed = (await habilites('21')).filter((o) => o.habilitationStatus === 'LAPSED')[0]!;
    const cases = [
      [{ startOn: '2027-03-01', endOn: '2027-02-28' }, 'HABILITATION_PERIOD_INVALID'],
      [{ startOn: '2026-11-22', endOn: '2027-11-21' }, 'HABILITATION_RETROACTIVE'],
      [{ startOn: '2020-01-01', endOn: '2020-12-31' }, 'HABILITATION_RETROACTIVE'],
      [{ startOn: TODAY, endOn: '2031-11-23' }, 'HABILITATION_TOO_LONG'],
    ] as const;
    for (const [period, reason] of cases) {
      const { data, errors } = await graphql(navette.graphqlUrl, GRANT, { id: lapsed.id, ...period }, as.admin);
      expect(data, reason).toBeNull();
      expect(errors?.[0]?.extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(errors?.[0]?.message, reason).toMatch(/^[A-ZÉU]/);
    }
    // Not a date at all: refused by the Date scalar.
    const forged = await graphql(
      navette.graphqlUrl,
      GRANT,
      { id: lapsed.id, startOn: '2026-02-30', endOn: 'x' },
      as.admin,
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The decision date is the server's: a client cannot send one (no such argument).
    const dated = await graphql(
      navette.graphqlUrl,
      `
        mutation ($id: ID!) {
          grantHabilitation(
            prescriberOrganisationId: $id
            startOn: "2020-01-01"
            endOn: "2020-12-31"
            decidedOn: "2019-12-31"
          ) {
            id
          }
        }
      `,
      { id: lapsed.id },
      as.admin,
    );
    expect(dated.data ?? null).toBeNull();
    expect(dated.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await registerOf(lapsed.id)).toEqual([]);
  });

  it('the same grant twenty times at once: one decision, the others refused cleanly as already habilitée', async () => {
    const lapsed = (await habilites('21')).find((o) => o.habilitationStatus === 'LAPSED')!;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        graphql(navette.graphqlUrl, GRANT, { id: lapsed.id, startOn: TODAY, endOn: '2027-11-22' }, as.admin),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    const refusals = answers.flatMap((a) => a.errors ?? []);
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) {
      expect(refusal.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HABILITATION_ALREADY_IN_EFFECT' });
      expect(refusal.message).toMatch(/^[A-ZÉ].*habilit/);
    }
    expect(answers.every((a) => a.status < 500)).toBe(true);
    const rows = await registerOf(lapsed.id);
    expect(rows.filter((r) => r.decidedByUserId !== null)).toHaveLength(1);
    // The directory's period written down once, then the one grant: numbered without a gap.
    expect(rows.map((r) => r.sequence).sort()).toEqual([1, 2]);
    const audits = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'HABILITATION_GRANTED'), eq(tables.auditEvents.subjectId, lapsed.id)));
    expect(audits).toHaveLength(1);
  });

  it('renews without a gap; a withdrawal takes effect at once: the organisation may no longer prescribe', async () => {
    const id = demoId('prescriber:25:HABILITE:0'); // CCAS de Besançon, habilite@demo.navette.fr
    const before = await graphql(navette.graphqlUrl, ORG_QUERY, { id }, as.etat);
    const end = before.data!.prescriberOrganisation.habilitation.endOn as string;
    const renewed = await graphql(navette.graphqlUrl, RENEW, { id, startOn: TODAY, endOn: '2031-11-22' }, as.etat);
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data!.renewHabilitation.habilitation).toMatchObject({ endOn: '2031-11-22' });
    expect(end < '2031-11-22').toBe(true);

    const diagnose = (diagnosedOn: string) =>
      graphql(
        navette.graphqlUrl,
        `
          mutation ($input: DiagnosisInput!) {
            diagnose(input: $input) {
              id
            }
          }
        `,
        { input: { personId: personId!, criteria: ['PUB_DELD_12_MONTHS'], diagnosedOn } },
        as.habilite,
      );
    const person = await graphql(
      navette.graphqlUrl,
      `
        mutation {
          recordPerson(input: { firstName: "Alix", lastName: "Retrait", birthDate: "1984-02-03" }) {
            id
          }
        }
      `,
      {},
      as.habilite,
    );
    const personId = person.data?.recordPerson?.id as string | undefined;
    expect(person.errors).toBeUndefined();
    expect((await diagnose(TODAY)).errors).toBeUndefined();

    const empty = await graphql(navette.graphqlUrl, WITHDRAW, { id, reason: '   ' }, as.etat);
    expect(empty.errors?.[0]?.extensions?.reason).toBe('HABILITATION_REASON_REQUIRED');
    const withdrawn = await graphql(navette.graphqlUrl, WITHDRAW, { id, reason: 'Avis défavorable du CDIAE' }, as.etat);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawHabilitation).toMatchObject({
      habilitationStatus: 'WITHDRAWN',
      canPrescribe: false,
    });
    expect(withdrawn.data!.withdrawHabilitation.habilitationDecisions.at(-1)).toMatchObject({
      kind: 'WITHDRAWAL',
      decidedOn: TODAY,
      reason: 'Avis défavorable du CDIAE',
    });
    const refused = await diagnose(TODAY);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'HABILITATION_EXPIRED' });
    const list = await graphql(navette.graphqlUrl, LIST, { d: '25' }, as.etat);
    expect(list.data!.habilitatedPrescribers.map((o: { id: string }) => o.id)).not.toContain(id);
    // The same withdrawal again: nothing left to withdraw.
    const twice = await graphql(navette.graphqlUrl, WITHDRAW, { id, reason: 'Encore' }, as.etat);
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'HABILITATION_NOTHING_TO_WITHDRAW',
    });
  });

  it('withdraws once when twenty withdrawals arrive at once: the others find nothing left to withdraw', async () => {
    const target = (await habilites('25')).filter((o) => o.habilitationStatus === 'HABILITATED').at(-1)!;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        graphql(
          navette.graphqlUrl,
          WITHDRAW,
          { id: target.id, reason: `Retrait ${i + 1}` },
          i % 2 === 0 ? as.etat : as.admin,
        ),
      ),
    );
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    const refusals = answers.flatMap((a) => a.errors ?? []);
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) {
      expect(refusal.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HABILITATION_NOTHING_TO_WITHDRAW' });
    }
    expect(answers.every((a) => a.status < 500)).toBe(true);
    const rows = await registerOf(target.id);
    expect(rows.filter((r) => r.kind === 'WITHDRAWAL')).toHaveLength(1);
    // The directory's period written down first, then the one withdrawal: numbered without a gap.
    expect(rows.map((r) => r.sequence).sort()).toEqual([1, 2]);
    const audits = await database.db
      .select()
      .from(tables.auditEvents)
      .where(and(eq(tables.auditEvents.action, 'HABILITATION_WITHDRAWN'), eq(tables.auditEvents.subjectId, target.id)));
    expect(audits).toHaveLength(1);
  });

  it('keeps the register append-only, whoever asks (the table owner included)', async () => {
    const [row] = await database.db.select().from(tables.habilitationDecisions).limit(1);
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const error = await database.db.execute(statement).then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      return String(error?.cause?.message ?? error?.message);
    };
    expect(await refusal(sql`update structures.habilitation_decisions set reason = 'x' where id = ${row!.id}`)).toMatch(
      /append-only \(UPDATE refused\)/,
    );
    expect(await refusal(sql`delete from structures.habilitation_decisions where id = ${row!.id}`)).toMatch(
      /append-only \(DELETE refused\)/,
    );
    expect(await refusal(sql`truncate structures.habilitation_decisions`)).toMatch(/append-only \(TRUNCATE refused\)/);
    expect(
      await database.db.select().from(tables.habilitationDecisions).where(eq(tables.habilitationDecisions.id, row!.id)),
    ).toEqual([row]);
  });
});
