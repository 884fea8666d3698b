// A person's rights in the portals (issue 19 §4, RGPD art. 15-16), through the gateway on a real PostgreSQL: the
// prescripteur or the SIAE that follows a person produces their whole record (the same collection as
// `db:person-export`), audited once (who produced it, for whom); another organisation gets the answer of an unknown
// person and nothing is written.
import { demoId, erasePersonOnRequest, exportPerson, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import { ACCEPT, createOtherAccounts, ok, ORGS, prescribeSomeone, signIn } from './testing/parcours.js';

let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const as: Record<
  'prescriber' | 'otherPrescriber' | 'siae' | 'otherSiae' | 'agency' | 'otherAgency',
  Record<string, string>
> = {} as never;
const NOW = new Date('2026-12-15T09:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => NOW,
  });
  url = navette.graphqlUrl;
  const other = await createOtherAccounts(database.db);
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    otherPrescriber: await signIn(url, 'habilite@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    otherSiae: await signIn(url, other.otherSiae),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    otherAgency: await signIn(url, other.otherAgency),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const EXPORT = `mutation($personId: ID!) { exportPersonRecord(personId: $personId) { personId exportedAt json } }`;
const e = tables.auditEvents;

async function eventsOf(action: string, personId: string) {
  return database.db
    .select()
    .from(e)
    .where(and(eq(e.action, action), eq(e.subjectId, personId)))
    .orderBy(asc(e.id));
}

/** The person's rectification history, read as the owner (no row-level security), oldest first. */
async function historyOf(personId: string) {
  const h = tables.personIdentityChanges;
  return database.db.select().from(h).where(eq(h.personId, personId)).orderBy(asc(h.changedAt), asc(h.field));
}

async function identityOf(personId: string) {
  const [row] = await database.db.select().from(tables.people).where(eq(tables.people.id, personId));
  return row!;
}

async function auditTotal(): Promise<number> {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(e);
  return row!.n;
}

const UNKNOWN_PERSON = [['Personne introuvable, ou vous n’y avez pas accès.', 'NOT_FOUND', 'PERSON_NOT_FOUND']];

describe('right of access in the portals (exportPersonRecord)', () => {
  it('gives the prescripteur that follows the person the same record as db:person-export, audited once', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Accès');
    const { exportPersonRecord } = await ok(url, as.prescriber, EXPORT, { personId: p.personId });
    expect(exportPersonRecord.personId).toBe(p.personId);
    expect(exportPersonRecord.exportedAt).toBe(NOW.toISOString());
    const record = JSON.parse(exportPersonRecord.json as string);
    const operator = await exportPerson(database.db, p.personId, NOW);
    expect(record).toEqual(JSON.parse(JSON.stringify(operator)));
    expect(record.sections.person[0].last_name).toBe('Accès');
    expect(record.sections.prescriptions).toHaveLength(1);
    expect(record.sections.diagnoses).toHaveLength(1);

    const exported = await eventsOf('PERSON_EXPORTED', p.personId);
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({
      actorKind: 'user',
      actorOrganisationId: ORGS.prescriber,
      subjectType: 'Person',
      subjectId: p.personId,
    });
    expect(exported[0]!.actorId).toBeTruthy();
    // Counts per section, no personal data in the trail.
    expect(JSON.stringify(exported[0]!.details)).not.toContain('Accès');
    // The export's own event is its trace: no PERSON_READ besides.
    expect(await eventsOf('PERSON_READ', p.personId)).toHaveLength(0);
  });

  it('gives the SIAE the person was prescribed to the whole record, the prescripteur’s rows included', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Embauche');
    await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
    const { exportPersonRecord } = await ok(url, as.siae, EXPORT, { personId: p.personId });
    const record = JSON.parse(exportPersonRecord.json as string);
    expect(record.sections.diagnoses).toHaveLength(1);
    expect(record.sections.prescriptionEvents.map((ev: { status: string }) => ev.status)).toContain('ACCEPTED');
    const exported = await eventsOf('PERSON_EXPORTED', p.personId);
    expect(exported.map((ev) => ev.actorOrganisationId)).toEqual([ORGS.siae]);
  });

  it('refuses another organisation exactly as an unknown person, and writes nothing', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Étrangère');
    const before = await database.db.select({ n: sql<number>`count(*)::int` }).from(e);
    const answers = await Promise.all([
      graphql(url, EXPORT, { personId: p.personId }, as.otherSiae),
      graphql(url, EXPORT, { personId: demoId('no such person') }, as.otherSiae),
      graphql(url, EXPORT, { personId: demoId('no such person') }, as.prescriber),
    ]);
    for (const answer of answers) {
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors?.map((x) => [x.message, x.extensions?.code, x.extensions?.reason])).toEqual([
        ['Personne introuvable, ou vous n’y avez pas accès.', 'NOT_FOUND', 'PERSON_NOT_FOUND'],
      ]);
    }
    const after = await database.db.select({ n: sql<number>`count(*)::int` }).from(e);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect(await eventsOf('PERSON_EXPORTED', p.personId)).toHaveLength(0);
  });

  it('is not for an agence, even of the person’s territory (it does not answer their requests)', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Agence');
    for (const headers of [as.agency, as.otherAgency]) {
      const answer = await graphql(url, EXPORT, { personId: p.personId }, headers);
      expect(answer.errors?.[0]?.extensions?.reason).toBe('ONLY_FOR_FOLLOWERS');
    }
    expect(await eventsOf('PERSON_EXPORTED', p.personId)).toHaveLength(0);
  });

  it('twenty requests at once: twenty exports, each audited once', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Vingt');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => graphql(url, EXPORT, { personId: p.personId }, as.prescriber)),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    expect(await eventsOf('PERSON_EXPORTED', p.personId)).toHaveLength(20);
  });
});

const ORIENT = `mutation($input: OrientationInput!) { orientPerson(input: $input) { id } }`;
const CORRECT = `mutation($personId: ID!, $input: PersonCorrectionInput!) {
  correctPersonIdentity(personId: $personId, input: $input) { id firstName lastName email phone anonymisedAt }
}`;

describe('rectification of the identity with its history (correctPersonIdentity)', () => {
  it('lets the recording prescripteur correct a field, keeps before/after, who and when in the record, audited', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Rectif');
    const { correctPersonIdentity } = await ok(url, as.prescriber, CORRECT, {
      personId: p.personId,
      input: { lastName: 'Rectifiée', phone: '0381020304', email: null },
    });
    expect(correctPersonIdentity).toMatchObject({ lastName: 'Rectifiée', phone: '0381020304', email: null });
    const { exportPersonRecord } = await ok(url, as.prescriber, EXPORT, { personId: p.personId });
    const changes = JSON.parse(exportPersonRecord.json as string).sections.identityChanges as Record<string, unknown>[];
    expect(changes.map((c) => [c['field'], c['before_value'], c['after_value']]).sort()).toEqual(
      [
        ['email', 'rectif@example.org', null],
        ['last_name', 'Rectif', 'Rectifiée'],
        ['phone', null, '0381020304'],
      ].sort(),
    );
    expect(changes[0]).toMatchObject({ changed_by_organisation_id: ORGS.prescriber });
    expect(changes[0]!['changed_at']).toBeTruthy();
    const audited = await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId);
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toEqual({ fields: ['last_name', 'email', 'phone'] });
    // The same correction again changes nothing and writes nothing.
    await ok(url, as.prescriber, CORRECT, { personId: p.personId, input: { lastName: 'Rectifiée' } });
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(1);
  });

  it('refuses the SIAE that follows the person, and another organisation as an unknown person', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Intouchable');
    const siae = await graphql(url, CORRECT, { personId: p.personId, input: { lastName: 'X' } }, as.siae);
    expect(siae.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A SIAE holds no prescriptions:write scope: refused before the service (another prescripteur that does not see the
    // person would get PERSON_NOT_FOUND from the service's row-level security check).
    const other = await graphql(url, CORRECT, { personId: p.personId, input: { lastName: 'X' } }, as.otherSiae);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await database.db.select().from(tables.people).where(eq(tables.people.id, p.personId));
    expect(row!.lastName).toBe('Intouchable');
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(0);
  });

  it('tells each caller whether it may correct (Person.mayCorrectIdentity), as the mutation then decides', async () => {
    // Recorded by the prescripteur, oriented to another prescripteur (who then sees the person), prescribed to a SIAE.
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Montrable');
    await ok(url, as.prescriber, ORIENT, {
      input: { personId: p.personId, prescriberOrganisationId: ORGS.otherPrescriber, reason: 'Suivi partagé' },
    });
    const MAY = `query($id: ID!) { person(id: $id) { id mayCorrectIdentity } }`;
    const may = async (caller: keyof typeof as) =>
      (await ok<{ person: { mayCorrectIdentity: boolean } }>(url, as[caller], MAY, { id: p.personId })).person
        .mayCorrectIdentity;
    expect(await may('prescriber')).toBe(true);
    expect(await may('otherPrescriber')).toBe(false);
    expect(await may('siae')).toBe(false);
    // What the field says is what the server does: the other prescripteur, which sees the person, is refused.
    const refused = await graphql(url, CORRECT, { personId: p.personId, input: { lastName: 'X' } }, as.otherPrescriber);
    expect(refused.errors?.map((x) => [x.extensions?.code, x.extensions?.reason])).toEqual([
      ['FORBIDDEN', 'ONLY_FOR_RECORDING_ORGANISATION'],
    ]);
    await ok(url, as.prescriber, CORRECT, { personId: p.personId, input: { lastName: 'Montrée' } });
    // Anonymised: nobody may any more, the recording prescripteur included.
    await erasePersonOnRequest(database.db, p.personId, { reason: 'TEST', today: '2026-12-15', at: NOW });
    expect(await may('prescriber')).toBe(false);
  });

  it('refuses an invalid value with the field’s label', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Invalide');
    const answer = await graphql(
      url,
      CORRECT,
      { personId: p.personId, input: { email: 'pas-une-adresse' } },
      as.prescriber,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toContain('Courriel');
  });
});

describe('anonymised people (issue 19 §3-4)', () => {
  it('exposes anonymisedAt and refuses new personal texts and corrections with PERSON_ANONYMISED', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Effacée');
    await erasePersonOnRequest(database.db, p.personId, { reason: 'TEST', today: '2026-12-15', at: NOW });
    const { person } = await ok(url, as.prescriber, `query($id: ID!) { person(id: $id) { firstName anonymisedAt } }`, {
      id: p.personId,
    });
    expect(person).toEqual({ firstName: 'Personne', anonymisedAt: NOW.toISOString() });
    const refusals = await Promise.all([
      graphql(url, CORRECT, { personId: p.personId, input: { lastName: 'Retour' } }, as.prescriber),
      graphql(
        url,
        `
          mutation ($input: DiagnosisInput!) {
            diagnose(input: $input) {
              id
            }
          }
        `,
        { input: { personId: p.personId, criteria: ['SOC_HOUSING'], diagnosedOn: '2026-12-14', comment: 'Nouveau' } },
        as.prescriber,
      ),
      graphql(
        url,
        `
          mutation ($input: PrescriptionInput!) {
            prescribe(input: $input) {
              id
            }
          }
        `,
        { input: { personId: p.personId, diagnosisId: p.diagnosisId, siaeId: ORGS.siae, message: 'Encore' } },
        as.prescriber,
      ),
    ]);
    for (const answer of refusals) {
      expect(answer.errors?.map((x) => [x.extensions?.code, x.extensions?.reason, x.message])).toEqual([
        [
          'CONFLICT',
          'PERSON_ANONYMISED',
          'Cette personne a été anonymisée : aucune donnée la concernant ne peut plus être enregistrée ni modifiée.',
        ],
      ]);
    }
  });
});

describe('rectification under attack (issue 19 §4)', () => {
  it('answers another prescripteur exactly as an unknown id, even with a forged value, and writes nothing', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Cachée');
    const [auditBefore, personBefore] = [await auditTotal(), await identityOf(p.personId)];
    const attempt = (personId: string, input: Record<string, unknown>, headers: Record<string, string>) =>
      graphql(url, CORRECT, { personId, input }, headers);
    const answers = await Promise.all([
      attempt(p.personId, { lastName: 'Volée' }, as.otherPrescriber),
      // Values the service would refuse (under the gateway's 1 000 characters): the person is looked up first.
      attempt(p.personId, { email: 'pas-une-adresse', lastName: 'x'.repeat(500) }, as.otherPrescriber),
      attempt(demoId('no such person'), { lastName: 'Volée' }, as.otherPrescriber),
      attempt(demoId('no such person'), { lastName: 'Volée' }, as.prescriber),
    ]);
    const shapes = answers.map((answer) => ({
      data: answer.data ?? null,
      errors: answer.errors?.map((x) => ({ message: x.message, extensions: x.extensions, path: x.path })),
    }));
    for (const shape of shapes) {
      expect(shape.data).toBeNull();
      expect(shape.errors?.map((x) => [x.message, x.extensions?.code, x.extensions?.reason])).toEqual(UNKNOWN_PERSON);
      // The whole answer, not only its code: nothing tells a hidden person from one that does not exist.
      expect(shape).toEqual(shapes[2]);
    }
    expect(await identityOf(p.personId)).toEqual(personBefore);
    expect(await historyOf(p.personId)).toEqual([]);
    expect(await auditTotal()).toBe(auditBefore);
  });

  it('twenty identical corrections at once: one history row per field that really changed, audited once', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Vingtuple');
    const input = { lastName: 'Vingtaine', phone: '0381999999', firstName: 'Alex' }; // the first name does not change
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => graphql(url, CORRECT, { personId: p.personId, input }, as.prescriber)),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    for (const answer of answers)
      expect(answer.data?.['correctPersonIdentity']).toMatchObject({ lastName: 'Vingtaine', phone: '0381999999' });
    const history = await historyOf(p.personId);
    expect(history.map((h) => [h.field, h.beforeValue, h.afterValue]).sort()).toEqual([
      ['last_name', 'Vingtuple', 'Vingtaine'],
      ['phone', null, '0381999999'],
    ]);
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(1);
  });

  it('different corrections at once each record the value the one before left (an unbroken chain)', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Chaîne');
    const phones = Array.from({ length: 10 }, (_, i) => `03810000${String(i).padStart(2, '0')}`);
    const answers = await Promise.all(
      phones.map((phone) => graphql(url, CORRECT, { personId: p.personId, input: { phone } }, as.prescriber)),
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const history = await historyOf(p.personId);
    expect(history).toHaveLength(10);
    const final = (await identityOf(p.personId)).phone;
    // Each value is replaced once: the befores are the first value and every after but the last one.
    expect(history.map((h) => h.beforeValue ?? '∅').sort()).toEqual(
      ['∅', ...phones.filter((phone) => phone !== final)].sort(),
    );
    expect(history.map((h) => h.afterValue).sort()).toEqual([...phones].sort());
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(10);
  });

  it('a correction that changes nothing records nothing and audits nothing', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Inchangée');
    const before = await identityOf(p.personId);
    for (const input of [
      {},
      {
        firstName: ' Alex ',
        lastName: 'Inchangée',
        birthDate: '1985-03-14',
        email: 'inchangée@example.org',
        phone: '',
        poleEmploiId: null,
        rqth: false,
      },
    ]) {
      const { correctPersonIdentity } = await ok(url, as.prescriber, CORRECT, { personId: p.personId, input });
      expect(correctPersonIdentity).toMatchObject({ id: p.personId, lastName: 'Inchangée', email: before.email });
    }
    expect(await identityOf(p.personId)).toEqual(before);
    expect(await historyOf(p.personId)).toEqual([]);
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(0);
  });

  it('refuses forged or oversized values in French, naming the field, without echoing them, and writes nothing', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Forgée');
    const before = await identityOf(p.personId);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ lastName: 'x'.repeat(10_000) }, 'BAD_USER_INPUT', /^Le champ « lastName » est trop long : 1\s000 caractères/],
      [{ lastName: 'x'.repeat(500) }, 'BAD_USER_INPUT', /^Nom : 100 caractères au plus/],
      [{ firstName: null }, 'BAD_USER_INPUT', /^Prénom : champ obligatoire/],
      [{ lastName: '   ' }, 'BAD_USER_INPUT', /^Nom : champ obligatoire/],
      [{ email: 'pas une adresse@x' }, 'BAD_USER_INPUT', /^Courriel : adresse invalide/],
      [{ phone: '0'.repeat(500) }, 'BAD_USER_INPUT', /^Téléphone : 30 caractères au plus/],
      [{ poleEmploiId: '12<script>' }, 'BAD_USER_INPUT', /^Identifiant Pôle emploi : /],
      [{ birthDate: '2020-01-01' }, 'BAD_USER_INPUT', /^La date de naissance \(01\/01\/2020\) n’est pas plausible/],
      [{ birthDate: '1985-02-30' }, 'BAD_USER_INPUT', /Date invalide : ce jour n'existe pas dans le calendrier/],
      // A field the schema does not have (no NIR anywhere, issue 19 §5), a value of the wrong type.
      [{ nir: '185037512345678' }, 'BAD_USER_INPUT', /le champ « nir » n'existe pas dans « PersonCorrectionInput »/],
      [{ rqth: 'oui' }, 'BAD_USER_INPUT', /^Valeur invalide pour la variable « \$input »/],
    ];
    // A forged id is refused as such, whoever asks (the same answer for any organisation: it tells nothing).
    const forgedId = await graphql(url, CORRECT, { personId: 'pas-un-identifiant', input: {} }, as.prescriber);
    expect(forgedId.errors?.map((x) => [x.message, x.extensions?.code, x.extensions?.reason])).toEqual([
      ['Identifiant invalide pour « personId » : un identifiant Navette est attendu.', 'BAD_USER_INPUT', 'INVALID_ID'],
    ]);
    for (const [input, code, message] of cases) {
      const answer = await graphql(url, CORRECT, { personId: p.personId, input }, as.prescriber);
      const where = JSON.stringify(input).slice(0, 60);
      expect(answer.data?.['correctPersonIdentity'] ?? null, where).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code, where).toBe(code);
      expect(answer.errors?.[0]?.message, where).toMatch(message);
      expect(JSON.stringify(answer), where).not.toContain('x'.repeat(200));
      expect(JSON.stringify(answer), where).not.toContain('0'.repeat(200));
    }
    expect(await identityOf(p.personId)).toEqual(before);
    expect(await historyOf(p.personId)).toEqual([]);
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(0);
  });

  it('an anonymised person: refused to the recording prescripteur, unknown to another, nothing written', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Anonyme');
    await erasePersonOnRequest(database.db, p.personId, { reason: 'TEST', today: '2026-12-15', at: NOW });
    const before = await identityOf(p.personId);
    const own = await graphql(url, CORRECT, { personId: p.personId, input: { lastName: 'Anonyme' } }, as.prescriber);
    expect(own.errors?.map((x) => [x.extensions?.code, x.extensions?.reason])).toEqual([
      ['CONFLICT', 'PERSON_ANONYMISED'],
    ]);
    const other = await graphql(
      url,
      CORRECT,
      { personId: p.personId, input: { lastName: 'Anonyme' } },
      as.otherPrescriber,
    );
    expect(other.errors?.map((x) => [x.message, x.extensions?.code, x.extensions?.reason])).toEqual(UNKNOWN_PERSON);
    expect(await identityOf(p.personId)).toEqual(before);
    expect(await historyOf(p.personId)).toEqual([]);
    expect(await eventsOf('PERSON_IDENTITY_CORRECTED', p.personId)).toHaveLength(0);
  });
});
