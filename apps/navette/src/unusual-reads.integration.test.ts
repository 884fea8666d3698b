// Unusual reads (issue 19 §2: "for each agent, the unusual (reads of people outside their usual flow, bursts)"),
// through the gateway on a real PostgreSQL: `unusualReaders` lists the agents with a burst (more than 300 reads within
// any 60 minutes) or reads of people their organisation has no link to (@navette/domain unusual-reads.ts), aggregated
// in the database over the events the caller may read (row-level security of audit.events: the administrator all, a
// DDETS its département's organisations). Real reads through the gateway make the normal flow; the burst and the read
// outside the flow are written into the trail as the read audit writes them (one PERSON_READ per request and person).
import { randomUUID } from 'node:crypto';
import { resultRows, tables } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { PERSON_ORGANISATION_LINKS, UNUSUAL_READS_THRESHOLDS } from '@navette/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql } from './testing/graphql.js';
import { signInAuditReaders, userIdOf, type AuditReader } from './testing/audit-accounts.js';
import { ok, ORGS, prescribeSomeone } from './testing/parcours.js';

let database: TestDatabase;
let navette: RunningNavette;
let url: string;
let as: Record<AuditReader, Record<string, string>>;
const users: Record<'siae' | 'otherSiae' | 'agency' | 'otherAgency', string> = {} as never;

beforeAll(async () => {
  database = await createTestDatabase();
  navette = await startNavette({
    arbitraryDocumentsForUsers: true,
    databaseUrl: database.url,
    port: 0,
    demoData: false,
    appsDir: '/nonexistent',
    jobs: false,
  });
  url = navette.graphqlUrl;
  const readers = await signInAuditReaders(database.db, url);
  as = readers.as;
  for (const reader of ['siae', 'otherSiae', 'agency', 'otherAgency'] as const) {
    users[reader] = await userIdOf(database.db, readers.emails[reader]);
  }
});
afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

const UNUSUAL = `query($from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
  unusualReaders(from: $from, to: $to, first: $first, after: $after) {
    burstThreshold burstWindowMinutes
    edges { cursor node { actorKind actorId actorOrganisationId reads people peakReadsInWindow peakAt peopleOutsideUsualFlow reasons } }
    pageInfo { hasNextPage endCursor }
  }
}`;
type Reader = {
  actorId: string;
  actorOrganisationId: string;
  reads: number;
  people: number;
  peakReadsInWindow: number;
  peakAt: string;
  peopleOutsideUsualFlow: number;
  reasons: string[];
};

/** PERSON_READ events as the read audit writes them, `count` of them, one every `everySeconds` from `start`. */
async function reads(
  actor: keyof typeof users,
  org: string,
  personId: string,
  start: Date,
  count: number,
  everySeconds: number,
) {
  await database.db.insert(tables.auditEvents).values(
    Array.from({ length: count }, (_, i) => ({
      occurredAt: new Date(start.getTime() + i * everySeconds * 1000),
      actorKind: 'user',
      actorId: users[actor],
      actorOrganisationId: org,
      client: 'portal-test',
      action: 'PERSON_READ',
      subjectType: 'Person',
      subjectId: personId,
      details: { fields: ['Person.lastName'], requestId: randomUUID() },
    })),
  );
}

const period = {
  from: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  to: new Date(Date.now() + 86_400_000).toISOString(),
};
const listed = async (who: Record<string, string>): Promise<Reader[]> =>
  (await ok(url, who, UNUSUAL, { ...period, first: 100 })).unusualReaders.edges.map((e: { node: Reader }) => e.node);
const byActor = (rows: Reader[]) => new Map(rows.map((r) => [r.actorId, r]));

describe('unusual reads in the audit console (issue 19 §2)', () => {
  let doubs: { personId: string; prescriptionId: string };
  let coteDor: { personId: string; prescriptionId: string };
  const READ = `query($id: ID!) { prescription(id: $id) { message person { lastName firstName } } }`;
  const start = new Date(Date.now() - 86_400_000);

  beforeAll(async () => {
    doubs = await prescribeSomeone(url, as.prescriber, ORGS.siae, 'Inhabituel');
    coteDor = await prescribeSomeone(url, as.prescriber, ORGS.otherSiae, 'Habituel');
    // The normal flow, through the gateway: the SIAE reads the person prescribed to it, the agences of the SIAE's
    // territory read theirs (each read audited, each with a link).
    for (let i = 0; i < 3; i++) await ok(url, as.siae, READ, { id: doubs.prescriptionId });
    await ok(url, as.agency, READ, { id: doubs.prescriptionId });
    await ok(url, as.otherAgency, READ, { id: coteDor.prescriptionId });
    // A busy SIAE: exactly the threshold within 55 minutes — not a burst (strictly more).
    await reads('siae', ORGS.siae, doubs.personId, start, UNUSUAL_READS_THRESHOLDS.burstReads, 11);
    // A burst: the agence of Doubs reads the person (linked: its territory's SIAE) 301 times within 50 minutes.
    await reads('agency', ORGS.agency, doubs.personId, start, UNUSUAL_READS_THRESHOLDS.burstReads + 1, 10);
    // Outside the usual flow: a SIAE of Côte-d'Or reads the Doubs person, to whom it has no link, twice.
    await reads('otherSiae', ORGS.otherSiae, doubs.personId, start, 2, 60);
  });

  it('the État of Doubs sees its département’s burst only; the normal flow is not listed', async () => {
    const rows = await listed(as.state25);
    expect(rows.map((r) => r.actorOrganisationId).every((o) => o === ORGS.siae || o === ORGS.agency)).toBe(true);
    const agency = byActor(rows).get(users.agency)!;
    expect(agency).toMatchObject({
      actorOrganisationId: ORGS.agency,
      reads: UNUSUAL_READS_THRESHOLDS.burstReads + 2, // the burst and the real read
      people: 1,
      peakReadsInWindow: UNUSUAL_READS_THRESHOLDS.burstReads + 1,
      peopleOutsideUsualFlow: 0,
      reasons: ['BURST'],
    });
    expect(agency.peakAt).toBe(new Date(start.getTime() + UNUSUAL_READS_THRESHOLDS.burstReads * 10_000).toISOString());
    // The SIAE read as often as the threshold allows, and only the person prescribed to it.
    expect(byActor(rows).has(users.siae)).toBe(false);
    // The Côte-d'Or SIAE's read outside its flow is not the Doubs DDETS's to see.
    expect(byActor(rows).has(users.otherSiae)).toBe(false);
  });

  it('the État of Côte-d’Or sees its SIAE’s reads outside its flow, not its agence’s normal reads', async () => {
    const rows = await listed(as.state21);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: users.otherSiae,
        actorOrganisationId: ORGS.otherSiae,
        reads: 2,
        people: 1,
        peakReadsInWindow: 2,
        peopleOutsideUsualFlow: 1,
        reasons: ['OUTSIDE_USUAL_FLOW'],
      }),
    ]);
  });

  it('the administrator sees both, the most unusual first, in pages that neither lose nor repeat one', async () => {
    const rows = await listed(as.admin);
    expect(rows.map((r) => r.actorId)).toEqual([users.otherSiae, users.agency]);
    const first = await ok(url, as.admin, UNUSUAL, { ...period, first: 1 });
    expect(first.unusualReaders).toMatchObject({ burstThreshold: 300, burstWindowMinutes: 60 });
    expect(first.unusualReaders.pageInfo.hasNextPage).toBe(true);
    const second = await ok(url, as.admin, UNUSUAL, {
      ...period,
      first: 1,
      after: first.unusualReaders.pageInfo.endCursor,
    });
    expect([...first.unusualReaders.edges, ...second.unusualReaders.edges].map((e) => e.node.actorId)).toEqual([
      users.otherSiae,
      users.agency,
    ]);
    expect(second.unusualReaders.pageInfo.hasNextPage).toBe(false);
    // Another period: nothing.
    const before = await ok(url, as.admin, UNUSUAL, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' });
    expect(before.unusualReaders.edges).toEqual([]);
  });

  it('nobody else may call it: a SIAE, a prescripteur, an agence, the comité de pilotage', async () => {
    for (const who of [as.siae, as.prescriber, as.agency, as.steering]) {
      const refused = await graphql(url, UNUSUAL, period, who);
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(refused.data?.unusualReaders ?? null).toBeNull();
    }
    expect((await graphql(url, UNUSUAL, period)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers a forged `after` cursor in French as the client’s mistake, never an internal error, never a leak', async () => {
    const b64 = (value: unknown) =>
      Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
    const real = (await ok(url, as.admin, UNUSUAL, { ...period, first: 1 })).unusualReaders.pageInfo
      .endCursor as string;
    // Other queries' cursors, as their own pages hand them out.
    const audit = (await ok(url, as.admin, `query { auditEvents(first: 1) { pageInfo { endCursor } } }`)).auditEvents
      .pageInfo.endCursor as string;
    const directory = (
      await ok(url, as.admin, `query { prescriberOrganisations(first: 1) { pageInfo { endCursor } } }`)
    ).prescriberOrganisations.pageInfo.endCursor as string;
    expect([real, audit, directory].every(Boolean)).toBe(true);
    const forged: Record<string, string> = {
      garbage: 'garbage',
      spaces: 'pas un curseur',
      percent: '%%%',
      empty: '',
      huge: 'A'.repeat(5_000),
      standardAlphabet: `${real}+/=`,
      notJson: b64('{"k": ['),
      notArray: b64({ k: ['0', '0', 'x'] }),
      nullKey: b64('null'),
      numbers: b64([1, 2, 3]),
      tooShort: b64(['1', '2']),
      tooLong: b64(['1', '2', 'x', 'y']),
      notIntegers: b64(['x', 'y', 'z']),
      negative: b64(['-1', '0', 'x']),
      exponent: b64(['1e3', '0', 'x']),
      overflow: b64(['9'.repeat(40), '0', 'x']),
      controlCharacter: b64(['0', '0', 'user:\u0000']),
      loneSurrogate: b64(['0', '0', '\uD800']),
      injection: b64(['0); drop table audit.events; --', '0', 'x']),
      auditEventsCursor: audit,
      directoryCursor: directory,
      truncated: real.slice(0, Math.floor(real.length / 2)),
      tamperedFirstCharacter: `X${real.slice(1)}`,
    };
    for (const [name, after] of Object.entries(forged)) {
      for (const who of [as.admin, as.state25]) {
        const answer = await graphql(url, UNUSUAL, { ...period, first: 5, after }, who);
        expect(answer.status, name).toBeLessThan(500);
        expect(answer.data ?? null, name).toBeNull();
        expect(answer.errors, name).toHaveLength(1);
        // Longer than any argument may be: refused by the inputs' checks before the cursor is read.
        const [reason, message] =
          name === 'huge'
            ? ['INPUT_TOO_LONG', 'Le champ « after » est trop long : 2\u202f000 caractères au plus.']
            : ['INVALID_CURSOR', 'Curseur de pagination invalide : rechargez la liste.'];
        expect(answer.errors![0]!.message, name).toBe(message);
        expect(answer.errors![0]!.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', reason });
        // Nothing of the query, the database or the cursor in the answer.
        const text = JSON.stringify(answer);
        for (const leak of ['select', 'audit.', 'stacktrace', 'postgres', 'unlinked', users.agency]) {
          expect(text.toLowerCase(), `${name}: ${leak}`).not.toContain(leak.toLowerCase());
        }
        if (after.length > 3) expect(text, name).not.toContain(after);
      }
    }
  });

  it('answers a well-formed forged or borrowed cursor with a page of the caller’s own rows only', async () => {
    const own = (await listed(as.state25)).map((r) => r.actorId);
    const b64 = (key: string[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    // The administrator's cursor (past the Côte-d'Or SIAE, out of the Doubs's sight), one naming that SIAE, one before
    // every row, and text the SQL must only ever compare.
    const adminFirst = (await ok(url, as.admin, UNUSUAL, { ...period, first: 1 })).unusualReaders.pageInfo.endCursor;
    const cursors = [
      adminFirst as string,
      b64(['1', '2', `user:${users.otherSiae}:${ORGS.otherSiae}`]),
      b64(['999999999999999999', '999999999999999999', '']),
      b64(['0', '0', "' or 1=1 --"]),
    ];
    for (const after of cursors) {
      const answer = await ok(url, as.state25, UNUSUAL, { ...period, first: 100, after });
      const actors = answer.unusualReaders.edges.map((e: { node: Reader }) => e.node.actorId);
      expect(
        actors.every((id: string) => own.includes(id)),
        after,
      ).toBe(true);
      expect(actors, after).not.toContain(users.otherSiae);
    }
    // Before every row: the whole list, as without a cursor.
    const all = await ok(url, as.state25, UNUSUAL, { ...period, first: 100, after: cursors[2] });
    expect(all.unusualReaders.edges.map((e: { node: Reader }) => e.node.actorId)).toEqual(own);
  });

  it('refuses a period longer than 92 days, or reversed, in French', async () => {
    const long = await graphql(url, UNUSUAL, { from: '2026-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z' }, as.admin);
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNUSUAL_READS_PERIOD_TOO_LONG',
    });
    expect(long.errors?.[0]?.message).toContain('92 jours');
    const reversed = await graphql(url, UNUSUAL, { from: period.to, to: period.from }, as.state25);
    expect(reversed.errors?.[0]?.extensions?.['reason']).toBe('UNUSUAL_READS_PERIOD_INVALID');
  });

  it('the database’s links are the domain’s: each record and column of PERSON_ORGANISATION_LINKS', async () => {
    const [row] = resultRows<{ body: string }>(
      await database.db.execute(
        sql`select pg_get_functiondef('audit.unlinked_reads(uuid[], uuid[])'::regprocedure) as body`,
      ),
    );
    const body = row!.body;
    for (const link of PERSON_ORGANISATION_LINKS) {
      expect(body).toContain(`parcours.${link.record} x`);
      for (const column of link.organisations) expect(body).toMatch(new RegExp(`x\\.${column}\\b`));
    }
  });
});
