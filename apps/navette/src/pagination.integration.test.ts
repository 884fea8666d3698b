// Cursors never lose or repeat a row (issue 13 item 7). Every paginated list of every subgraph is walked one row per
// page, through the gateway, over rows whose sort keys were written in one transaction — equal timestamps (now() is
// the transaction's), timestamps a microsecond apart inside one millisecond, equal names and dates — and the walk
// must give exactly the rows of a single read, in the same order. Cursors carried milliseconds over microsecond
// `timestamptz` columns: page 2 came back empty.
import { DEMO_PASSWORD, demoAccounts, demoId } from '@navette/db';
import { createTestDatabase, type TestDatabase } from '@navette/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNavette, type RunningNavette } from './start.js';
import { graphql, signedInHeaders } from './testing/graphql.js';
import { DECIDE, ok, ORGS, pendingInitialRequest, prescribeSomeone } from './testing/parcours.js';
import type { AnswerData } from './testing/graphql.js';

let database: TestDatabase;
let navette: RunningNavette;
const headers: Record<string, Record<string, string>> = {};

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
    clock: () => new Date('2026-12-15T09:00:00Z'),
  });
  for (const account of demoAccounts) {
    headers[account.role] ??= await signedInHeaders(navette.graphqlUrl, account.email, DEMO_PASSWORD);
  }
  const url = navette.graphqlUrl;
  const actors = { prescriber: headers['PRESCRIBER']!, siae: headers['SIAE']!, agency: headers['AGENCY']! };
  // Rows through the API: people and prescriptions, requests (pending and granted: agréments), conventions, offers.
  for (let i = 0; i < 3; i++) await prescribeSomeone(url, actors.prescriber, ORGS.siae);
  for (let i = 0; i < 4; i++) {
    const { requestId } = await pendingInitialRequest(url, actors);
    if (i < 3) await ok(url, actors.agency, DECIDE, { id: requestId, decision: 'GRANT' });
  }
  for (let i = 0; i < 3; i++) {
    await ok(
      url,
      actors.agency,
      `mutation { draftCooperationAgreement(input: { siaeId: "${ORGS.siae}", startOn: "2027-0${i + 1}-01" }) { id } }`,
    );
    await ok(
      url,
      actors.siae,
      `mutation { publishJobOffer(input: { siaeId: "${ORGS.siae}", title: "Offre ${i}", description: "D" }) { id } }`,
    );
  }
  // Their sort keys, in one transaction: equal, or a microsecond apart within one millisecond.
  await database.db.transaction(async (tx) => {
    const spread = (table: string, column: string) =>
      tx.execute(
        sql.raw(`update ${table} t set ${column} = x.at from (
          select id, date_trunc('milliseconds', now()) + interval '500 microseconds'
                     + (case row_number() over (order by id) % 3 when 0 then interval '0' when 1 then interval '1 microsecond' else interval '0' end) as at
          from ${table}) x where x.id = t.id`),
      );
    await spread('parcours.prescriptions', 'sent_at');
    await spread('parcours.approval_requests', 'created_at');
    await tx.execute(sql`update parcours.approval_requests set deadline = '2027-01-15'`);
    await tx.execute(sql`update parcours.approvals set end_on = '2028-06-30'`);
    // One name for everyone (a tie on the sort); the natural key (migration 0016) then wants distinct birth dates.
    await tx.execute(sql`update parcours.people p set last_name = 'Pareil', first_name = 'Même', birth_date = x.d
      from (select id, date '1980-01-01' + (row_number() over (order by id))::int as d from parcours.people) x where x.id = p.id`);
    // Ties on the sort, within the natural keys (migration 0016): one start (publication) day per SIAE and agence
    // (title), the next day for a second one.
    // (Out of the way first: a unique index is checked row by row during an update.)
    await tx.execute(sql`update structures.cooperation_agreements c set start_on = date '2100-01-01' + x.n
      from (select id, (row_number() over (order by id))::int as n from structures.cooperation_agreements) x where x.id = c.id`);
    await tx.execute(sql`update structures.job_offers o set published_on = date '2100-01-01' + x.n
      from (select id, (row_number() over (order by id))::int as n from structures.job_offers) x where x.id = o.id`);
    await tx.execute(sql`update structures.cooperation_agreements c set start_on = date '2027-01-01' + x.n
      from (select id, (row_number() over (partition by siae_id, agency_id order by id) - 1)::int as n from structures.cooperation_agreements) x
      where x.id = c.id`);
    await tx.execute(sql`update structures.job_offers o set published_on = date '2026-12-15' + x.n
      from (select id, (row_number() over (partition by siae_id, lower(title) order by id) - 1)::int as n from structures.job_offers) x
      where x.id = o.id`);
    // Three organisations of each directory with one name (the tie-breaker is the id).
    for (const table of ['structures.siaes', 'structures.agencies', 'structures.prescriber_organisations']) {
      await tx.execute(
        sql.raw(`update ${table} set name = 'Homonyme' where id in (select id from ${table} order by id limit 3)`),
      );
    }
  });
});

afterAll(async () => {
  await navette?.stop();
  await database?.drop();
});

interface List {
  name: string;
  role: string;
  /** A document reading one page of the list; `$first` and `$after` are its variables. */
  query: string;
  /** The connection in the answer. */
  pick: (data: AnswerData) => {
    totalCount?: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  /** At least this many rows, so that ties are really walked over. */
  atLeast: number;
}

const page = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor }';
const LISTS: List[] = [
  {
    name: 'Query.siaes (Homonyme)',
    role: 'SIAE',
    query: `query($first: Int, $after: String) { c: siaes(first: $first, after: $after, filter: { search: "Homonyme" }) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
  {
    name: 'Query.agencies',
    role: 'SIAE',
    query: `query($first: Int, $after: String) { c: agencies(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
  {
    name: 'Query.prescriberOrganisations (Homonyme)',
    role: 'SIAE',
    query: `query($first: Int, $after: String) { c: prescriberOrganisations(first: $first, after: $after, filter: { search: "Homonyme" }) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
  {
    name: 'Agency.siaes',
    role: 'AGENCY',
    query: `query($first: Int, $after: String) { agency(id: "${ORGS.agency}") { c: siaes(first: $first, after: $after) { ${page} } } }`,
    pick: (d) => d['agency']['c'],
    atLeast: 1,
  },
  {
    name: 'Query.auditEvents',
    role: 'ADMIN',
    query: `query($first: Int, $after: String) { c: auditEvents(first: $first, after: $after, filter: { action: "SIGN_IN" }) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
  {
    name: 'Query.cooperationAgreements',
    role: 'AGENCY',
    query: `query($first: Int, $after: String) { c: cooperationAgreements(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
  {
    name: 'Query.jobOffers',
    role: 'SIAE',
    query: `query($first: Int, $after: String) { c: jobOffers(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
  {
    name: 'Query.people',
    role: 'PRESCRIBER',
    query: `query($first: Int, $after: String) { c: people(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 7,
  },
  {
    name: 'Query.prescriptions',
    role: 'PRESCRIBER',
    query: `query($first: Int, $after: String) { c: prescriptions(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 7,
  },
  {
    name: 'Query.approvalRequests (SIAE: newest first)',
    role: 'SIAE',
    query: `query($first: Int, $after: String) { c: approvalRequests(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 4,
  },
  {
    name: 'Query.approvalRequests (agence: by deadline)',
    role: 'AGENCY',
    query: `query($first: Int, $after: String) { c: approvalRequests(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 4,
  },
  {
    name: 'Query.approvals',
    role: 'SIAE',
    query: `query($first: Int, $after: String) { c: approvals(first: $first, after: $after) { ${page} } }`,
    pick: (d) => d['c'],
    atLeast: 3,
  },
];

describe('every list, one row per page, gives the rows of a single read (issue 13 item 7)', () => {
  it('lists every paginated field of the public schema', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = readFileSync(new URL('../../gateway/schema.graphql', import.meta.url), 'utf8');
    const paginated = [...schema.matchAll(/^\s+(\w+)\([^)]*\bafter: String/gm)].map((m) => m[1]);
    const walked = new Set(LISTS.map((l) => /\.(\w+)/.exec(l.name)![1]));
    expect(paginated.filter((field) => !walked.has(field))).toEqual([]);
  });

  for (const list of LISTS) {
    it(list.name, async () => {
      const read = async (variables: Record<string, unknown>) => {
        const { data, errors } = await graphql(navette.graphqlUrl, list.query, variables, headers[list.role]);
        expect(errors, list.name).toBeUndefined();
        return list.pick(data!);
      };
      const all = await read({ first: 100 });
      expect(all.pageInfo.hasNextPage, 'the single read holds the whole list').toBe(false);
      expect(all.edges.length).toBeGreaterThanOrEqual(list.atLeast);
      const walked: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard <= all.edges.length; guard++) {
        const one = await read({ first: 1, after });
        walked.push(...one.edges.map((e) => e.node.id));
        if (!one.pageInfo.hasNextPage) break;
        after = one.pageInfo.endCursor;
      }
      expect(walked).toEqual(all.edges.map((e) => e.node.id));
      if (all.totalCount !== undefined) expect(walked.length).toBe(all.totalCount);
    });
  }

  it('a cursor of one list forged for another order, or with millisecond precision, is refused', async () => {
    const forged = Buffer.from(JSON.stringify(['2026-12-15T09:00:00.000Z', demoId('siae:25-BES:0')])).toString(
      'base64url',
    );
    const { errors } = await graphql(
      navette.graphqlUrl,
      'query($a: String) { approvalRequests(first: 1, after: $a) { totalCount } }',
      { a: forged },
      headers['SIAE'],
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  });
});
