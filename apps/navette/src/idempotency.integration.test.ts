// Duplicate-proof and idempotent writes (issue 12) through the gateway on a real PostgreSQL: 20 identical creates sent
// at once make one row (natural keys, migration 0016) and 19 conflicts or replays, never an internal error; granting
// cannot make two agréments; an Idempotency-Key replays the first answer, refuses another input, runs once under
// concurrency; the expiry job removes old keys.
import { randomUUID } from 'node:crypto';
import { tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { applyTacitGrants } from '@navette/subgraph-parcours';
import { expireIdempotencyKeys } from '@navette/subgraph-server';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, type GraphQLResponse } from './testing/graphql.js';
import {
  ACCEPT,
  DECIDE,
  ok,
  ORGS,
  pendingInitialRequest,
  prescribeSomeone,
  RECORD_PERSON,
  REQUEST,
  signIn,
  receivedWeeksAgo,
} from './testing/parcours.js';

const TODAY = '2026-11-23';
let database: TestDatabase;
let navette: RunningNavette;
let url: string;
const as: Record<'prescriber' | 'siae' | 'agency' | 'otherPrescriber', Record<string, string>> = {} as never;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    // Ad-hoc documents with users' tokens (edge-limits tests the enforcement).
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
    clock: () => new Date(`${TODAY}T09:00:00Z`),
  });
  url = navette.graphqlUrl;
  Object.assign(as, {
    prescriber: await signIn(url, 'prescripteur@demo.navette.fr'),
    siae: await signIn(url, 'siae@demo.navette.fr'),
    agency: await signIn(url, 'agence@demo.navette.fr'),
    otherPrescriber: await signIn(url, 'habilite@demo.navette.fr'),
  });
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

/** Sends the same document `n` times at once. */
function burst(
  n: number,
  headers: Record<string, string> | ((i: number) => Record<string, string>),
  query: string,
  variables: Record<string, unknown>,
) {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      graphql(url, query, variables, typeof headers === 'function' ? headers(i) : headers),
    ),
  );
}

/** One success, the rest conflicts: never an internal error. Returns the successful answer. */
function oneWinner(responses: GraphQLResponse[], field: string) {
  const codes = responses.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
  expect(codes.filter((c) => c !== 'CONFLICT')).toEqual([]);
  const winners = responses.filter((r) => r.data?.[field]);
  expect(winners).toHaveLength(1);
  expect(codes).toHaveLength(responses.length - 1);
  return winners[0]!.data![field] as { id: string } & Record<string, unknown>;
}

const rows = async (
  table: Parameters<ReturnType<typeof database.db.select>['from']>[0],
  where: ReturnType<typeof eq>,
) => (await database.db.select({ n: count() }).from(table).where(where))[0]!.n;

const personInput = (lastName: string, extra: Record<string, unknown> = {}) => ({
  input: { firstName: 'Camille', lastName, birthDate: '1990-04-02', ...extra },
});

describe('natural keys: 20 identical creates at once make one row', () => {
  it('requestApproval on one prescription: one request, 19 conflicts naming it', async () => {
    const p = await prescribeSomeone(url, as.prescriber, ORGS.siae);
    await ok(url, as.siae, ACCEPT, { id: p.prescriptionId });
    const responses = await burst(20, as.siae, REQUEST, {
      input: {
        kind: 'INITIAL',
        prescriptionId: p.prescriptionId,
        contractStartOn: '2026-12-01',
        contractEndOn: '2027-05-31',
      },
    });
    const request = oneWinner(responses, 'requestApproval');
    expect(await rows(tables.approvalRequests, eq(tables.approvalRequests.prescriptionId, p.prescriptionId))).toBe(1);
    for (const r of responses.filter((r) => r.errors)) {
      expect(r.errors![0]!.message).toMatch(
        /^Une demande d’agrément est déjà en cours ou accordée pour cette prescription/,
      );
    }
    // The ones that lost to the index (not to the service's own check) name the existing request.
    const named = responses.filter((r) => (r.errors?.[0]?.extensions as { existing?: string } | undefined)?.existing);
    for (const r of named) expect((r.errors![0]!.extensions as { existing: string }).existing).toBe(request['id']);
    // The ones that lost to the service's own check carry its reason.
    for (const r of responses.filter(
      (r) => r.errors && !(r.errors[0]!.extensions as { existing?: string } | undefined)?.existing,
    )) {
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVAL_REQUEST_ALREADY_LIVE' });
    }
  });

  it('granting one request 20 times at once, and granting after a duplicate slipped in, make one agrément', async () => {
    const { requestId, prescriptionId } = await pendingInitialRequest(url, as);
    const responses = await burst(20, as.agency, DECIDE, { id: requestId, decision: 'GRANT' });
    oneWinner(responses, 'decideApprovalRequest');
    expect(await rows(tables.approvals, eq(tables.approvals.prescriptionId, prescriptionId))).toBe(1);
    // Even written behind the services' back, a second agrément for the same hiring is refused by the database.
    const [approval] = await database.db
      .select()
      .from(tables.approvals)
      .where(eq(tables.approvals.prescriptionId, prescriptionId));
    await expect(
      database.db.insert(tables.approvals).values({ ...approval!, id: randomUUID(), number: 'NV2699999999' }),
    ).rejects.toMatchObject({ cause: { code: '23505', constraint_name: 'approvals_prescription_unique' } });
  });

  it('the tacit-grant job leaves a request the natural keys refuse pending, and grants the rest of its batch', async () => {
    const blocked = await pendingInitialRequest(url, as);
    const due = await pendingInitialRequest(url, as);
    // Received weeks ago (the server dates a request itself: moved back in the database).
    for (const request of [blocked, due]) await receivedWeeksAgo(database.db, request.requestId, '2026-11-10');
    // An agrément already delivered for the first hiring (written behind the services' back).
    const [grantedBefore] = await database.db.select().from(tables.approvals).limit(1);
    await database.db.insert(tables.approvals).values({
      ...grantedBefore!,
      id: randomUUID(),
      number: 'NV2699999998',
      prescriptionId: blocked.prescriptionId,
      renewsApprovalId: null,
    });
    expect(await applyTacitGrants(database.db, TODAY)).toBe(1);
    const status = async (id: string) =>
      (
        await database.db
          .select({ s: tables.approvalRequests.status })
          .from(tables.approvalRequests)
          .where(eq(tables.approvalRequests.id, id))
      )[0]!.s;
    expect(await status(blocked.requestId)).toBe('PENDING');
    expect(await status(due.requestId)).toBe('TACITLY_GRANTED');
    expect(await rows(tables.approvals, eq(tables.approvals.prescriptionId, blocked.prescriptionId))).toBe(1);
  });

  it('recordPerson: one person, the others told which fiche exists; another organisation is not affected', async () => {
    const input = personInput('Lefebvre', { poleEmploiId: '1234567A' });
    const responses = await burst(20, as.prescriber, RECORD_PERSON, input);
    const person = oneWinner(responses, 'recordPerson');
    for (const r of responses.filter((r) => r.errors)) {
      expect(r.errors![0]!.message).toContain(`(fiche ${person['id']})`);
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', existing: person['id'] });
    }
    expect(await rows(tables.people, eq(tables.people.lastName, 'Lefebvre'))).toBe(1);
    // Same Pôle emploi id, other name: the same person for this organisation.
    const samePe = await graphql(url, RECORD_PERSON, personInput('Autre', { poleEmploiId: '1234567A' }), as.prescriber);
    expect(samePe.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', existing: person['id'] } });
    expect(samePe.errors?.[0]?.message).toMatch(/identifiant Pôle emploi/);
    // Another prescripteur recording the same person learns nothing of the first one (keys are per organisation).
    const elsewhere = await graphql(url, RECORD_PERSON, input, as.otherPrescriber);
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.recordPerson.id).not.toBe(person['id']);
  });

  it('publishJobOffer: one open offer', async () => {
    const responses = await burst(
      20,
      as.siae,
      `mutation($input: JobOfferInput!) { publishJobOffer(input: $input) { id } }`,
      {
        input: { siaeId: ORGS.siae, title: 'Agent de tri (doublons)', description: 'Tri des déchets' },
      },
    );
    const offer = oneWinner(responses, 'publishJobOffer');
    expect(await rows(tables.jobOffers, eq(tables.jobOffers.title, 'Agent de tri (doublons)'))).toBe(1);
    expect(responses.find((r) => r.errors)!.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT', existing: offer['id'] },
    });
  });

  it('recordContract: one contract', async () => {
    const { requestId } = await pendingInitialRequest(url, as);
    const granted = await ok(url, as.agency, DECIDE, { id: requestId, decision: 'GRANT' });
    const approvalId = granted.decideApprovalRequest.resultingApproval.id as string;
    const responses = await burst(
      20,
      as.siae,
      `mutation($input: ContractInput!) { recordContract(input: $input) { id } }`,
      {
        input: { approvalId, kind: 'CDDI', startOn: '2026-12-01', endOn: '2027-05-31' },
      },
    );
    const codes = responses.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(codes.filter((c) => c !== 'CONFLICT')).toEqual([]);
    expect(await rows(tables.contracts, eq(tables.contracts.approvalId, approvalId))).toBe(1);
  });

  it('diagnose: one diagnosis for the same criteria on the same day, whatever their order', async () => {
    const { recordPerson } = await ok(url, as.prescriber, RECORD_PERSON, personInput('Diagnostiquée'));
    const responses = await burst(
      20,
      as.prescriber,
      `mutation($input: DiagnosisInput!) { diagnose(input: $input) { id } }`,
      {
        input: {
          personId: recordPerson.id,
          criteria: ['SOC_HOUSING', 'PUB_DELD_12_MONTHS'],
          diagnosedOn: '2026-11-20',
        },
      },
    );
    oneWinner(responses, 'diagnose');
    const reordered = await graphql(
      url,
      `
        mutation ($input: DiagnosisInput!) {
          diagnose(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          personId: recordPerson.id,
          criteria: ['PUB_DELD_12_MONTHS', 'SOC_HOUSING'],
          diagnosedOn: '2026-11-20',
        },
      },
      as.prescriber,
    );
    expect(reordered.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await rows(tables.eligibilityDiagnoses, eq(tables.eligibilityDiagnoses.personId, recordPerson.id))).toBe(1);
  });
});

describe('Idempotency-Key', () => {
  const keyed = (key: string, headers: Record<string, string>) => ({ ...headers, 'idempotency-key': key });

  it('replays the first answer for the same key and input, without a second row', async () => {
    const key = randomUUID();
    const first = await graphql(url, RECORD_PERSON, personInput('Rejouée'), keyed(key, as.prescriber));
    const again = await graphql(url, RECORD_PERSON, personInput('Rejouée'), keyed(key, as.prescriber));
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await rows(tables.people, eq(tables.people.lastName, 'Rejouée'))).toBe(1);
  });

  it('refuses the same key with another input', async () => {
    const key = randomUUID();
    await ok(url, keyed(key, as.prescriber), RECORD_PERSON, personInput('Première'));
    const other = await graphql(url, RECORD_PERSON, personInput('Seconde'), keyed(key, as.prescriber));
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(other.errors?.[0]?.message).toMatch(/clé d’idempotence a déjà servi/);
    expect(await rows(tables.people, eq(tables.people.lastName, 'Seconde'))).toBe(0);
  });

  it('runs once when 20 requests with the same key arrive at once: every one gets the same answer', async () => {
    const key = randomUUID();
    const responses = await burst(20, keyed(key, as.prescriber), RECORD_PERSON, personInput('Simultanée'));
    expect(responses.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(responses.map((r) => r.data?.recordPerson.id)).size).toBe(1);
    expect(await rows(tables.people, eq(tables.people.lastName, 'Simultanée'))).toBe(1);
  });

  it('keeps keys per principal: another user with the same key is not answered with the first one’s row', async () => {
    const key = randomUUID();
    const mine = await ok(url, keyed(key, as.prescriber), RECORD_PERSON, personInput('Clé partagée'));
    const theirs = await ok(url, keyed(key, as.otherPrescriber), RECORD_PERSON, personInput('Clé partagée'));
    expect(theirs.recordPerson.id).not.toBe(mine.recordPerson.id);
  });

  it('releases the key of a failed mutation (nothing was written): a corrected retry with it runs', async () => {
    const key = randomUUID();
    const failed = await graphql(
      url,
      RECORD_PERSON,
      personInput('Trop jeune', { birthDate: '2020-01-01' }),
      keyed(key, as.prescriber),
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const keys = await database.db.select().from(tables.idempotencyKeys).where(eq(tables.idempotencyKeys.key, key));
    expect(keys).toEqual([]);
    const retried = await graphql(
      url,
      RECORD_PERSON,
      personInput('Trop jeune', { birthDate: '2000-01-01' }),
      keyed(key, as.prescriber),
    );
    expect(retried.errors).toBeUndefined();
  });

  it('keeps the key with a hash of the request, never a key for reads; refuses a malformed key', async () => {
    const key = randomUUID();
    await ok(url, keyed(key, as.prescriber), RECORD_PERSON, personInput('Stockée'));
    const [row] = await database.db.select().from(tables.idempotencyKeys).where(eq(tables.idempotencyKeys.key, key));
    expect(row).toMatchObject({
      subgraph: 'parcours',
      state: 'DONE',
      requestHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(row!.principal).toMatch(/^user:/);
    const readKey = randomUUID();
    await ok(url, keyed(readKey, as.prescriber), `query { people(first: 1) { totalCount } }`);
    expect(await rows(tables.idempotencyKeys, eq(tables.idempotencyKeys.key, readKey))).toBe(0);
    const bad = await graphql(url, RECORD_PERSON, personInput('Mal clé'), keyed('a b', as.prescriber));
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the expiry job removes keys older than 24 h, and an expired key runs again', async () => {
    const key = randomUUID();
    const first = await ok(url, keyed(key, as.prescriber), RECORD_PERSON, personInput('Expirée'));
    await database.db.execute(
      sql`update idempotency.keys set created_at = now() - interval '25 hours' where key = ${key}`,
    );
    // Not yet removed by the job: an expired key is taken over (runs again: the natural key answers this time).
    const again = await graphql(url, RECORD_PERSON, personInput('Expirée'), keyed(key, as.prescriber));
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', existing: first.recordPerson.id } });
    await database.db.insert(tables.idempotencyKeys).values([
      {
        subgraph: 'parcours',
        principal: 'user:old',
        key: 'old-key-0001',
        requestHash: '0'.repeat(64),
        createdAt: new Date(Date.now() - 25 * 3_600_000),
      },
      { subgraph: 'parcours', principal: 'user:old', key: 'new-key-0001', requestHash: '0'.repeat(64) },
    ]);
    expect(await expireIdempotencyKeys(database.db)).toBeGreaterThanOrEqual(1);
    const left = await database.db
      .select({ key: tables.idempotencyKeys.key })
      .from(tables.idempotencyKeys)
      .where(and(eq(tables.idempotencyKeys.principal, 'user:old')));
    expect(left).toEqual([{ key: 'new-key-0001' }]);
  });
});
