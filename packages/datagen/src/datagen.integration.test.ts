// A small run of the loader into a throw-away PostgreSQL database (NAVETTE_TEST_ADMIN_URL, DATABASE_URL or the
// local server): what was counted is what is stored, the schema is the migrated one, and the stored rows follow the
// rules of the accord as @navette/domain computes them.
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '@navette/db';
import { adminUrl } from '@navette/db/testing';
import {
  APPROVAL_REFUSAL_REASON_CODES,
  approvalDecisionDeadline,
  approvalEndDate,
  type ProlongationReason,
  type SiaeKind,
} from '@navette/domain';
import { verifyPassword } from '@navette/auth';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataSet, readDataSetInfo, type LoadResult } from './load.js';
import { ALL_TABLES, STREAMED_TABLES } from './tables.js';

// Seed 14 at this scale has requests of every kind and status, pending ones included.
const TODAY = '2026-11-16';
const name = `navette_bench_test_${randomBytes(4).toString('hex')}`;
let result: LoadResult;
let sql: postgres.Sql;

beforeAll(async () => {
  result = await loadDataSet({ adminUrl: adminUrl(), database: name, scale: 0.0005, seed: 14, today: TODAY });
  sql = postgres(result.url, { max: 2, onnotice: () => {} });
});

afterAll(async () => {
  await sql?.end({ timeout: 5 });
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
  } finally {
    await admin.end({ timeout: 5 });
  }
});

describe('loadDataSet (scale 0.0005)', () => {
  it('stores what it counted, with the migrated schema and its own note', async () => {
    for (const [table, spec] of Object.entries(ALL_TABLES)) {
      const [row] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${spec.schema}.${spec.name}`);
      expect(row!.n, table).toBe(result.info.counts[table as keyof typeof ALL_TABLES]);
    }
    expect(result.schemaDifferences).toEqual([]);
    expect(await readDataSetInfo(sql)).toEqual(result.info);
    expect(result.info.counts.people).toBe(500);
  });

  it('copies each SIAE’s agence, kind and département as the trigger would', async () => {
    for (const spec of Object.values(STREAMED_TABLES).filter((t) => t.columns.includes('siae_kind'))) {
      const [row] = await sql.unsafe<{ n: number }[]>(
        `select count(*)::int as n from ${spec.schema}.${spec.name} x join structures.siaes s on s.id = x.siae_id
          where (x.agency_id, x.siae_kind, x.departement_code) is distinct from (s.agency_id, s.kind, s.departement_code)`,
      );
      const [orphans] = await sql.unsafe<{ n: number }[]>(
        `select count(*)::int as n from ${spec.schema}.${spec.name} x where not exists (select 1 from structures.siaes s where s.id = x.siae_id)`,
      );
      expect(row!.n + orphans!.n, spec.name).toBe(0);
    }
  });

  it('ends every agrément on approvalEndDate of its suspensions and prolongations', async () => {
    const approvals = await sql<
      { id: string; start_on: string; end_on: string }[]
    >`select id, start_on::text, end_on::text from parcours.approvals`;
    const events = await sql<
      { approval_id: string; kind: string; start_on: string; end_on: string; reason: string | null }[]
    >`
      select approval_id, kind::text, start_on::text, end_on::text, reason from parcours.approval_events where kind in ('SUSPENSION', 'PROLONGATION')`;
    const byApproval = new Map<string, (typeof events)[number][]>();
    for (const e of events) byApproval.set(e.approval_id, [...(byApproval.get(e.approval_id) ?? []), e]);
    expect(approvals.length).toBeGreaterThan(500);
    expect(events.length).toBeGreaterThan(20);
    for (const a of approvals) {
      const own = byApproval.get(a.id) ?? [];
      const expected = approvalEndDate({
        startOn: a.start_on,
        suspensions: own.filter((e) => e.kind === 'SUSPENSION').map((e) => ({ startOn: e.start_on, endOn: e.end_on })),
        prolongations: own
          .filter((e) => e.kind === 'PROLONGATION')
          .map((e) => ({ startOn: e.start_on, endOn: e.end_on, reason: e.reason as ProlongationReason })),
      });
      expect(a.end_on, a.id).toBe(expected);
    }
  });

  it('records training and immersions within the agrément, while employed, never after today (validateParcoursActivity)', async () => {
    for (const table of ['training_records', 'immersions']) {
      const [row] = await sql.unsafe<{ n: number; outside: number; mismatched: number; future: number }[]>(
        `select count(*)::int as n,
                count(*) filter (where x.start_on < a.start_on or x.end_on > a.end_on or x.end_on < x.start_on)::int as outside,
                count(*) filter (where (x.person_id, x.siae_id, x.prescriber_organisation_id) is distinct from (a.person_id, a.siae_id, a.prescriber_organisation_id))::int as mismatched,
                count(*) filter (where x.end_on > $1::date)::int as future
           from formation.${table} x join parcours.approvals a on a.id = x.approval_id`,
        [TODAY],
      );
      expect(row!.n, table).toBe(result.info.counts[table === 'immersions' ? 'immersions' : 'trainingRecords']);
      expect(row, table).toMatchObject({ outside: 0, mismatched: 0, future: 0 });
    }
    // About 4 training records per agrément (5,000,000 for 1.2 million at scale 1) and one immersion per 2.4.
    const perApproval = result.info.counts.trainingRecords / result.info.counts.approvals;
    expect(perApproval).toBeGreaterThan(3);
    expect(perApproval).toBeLessThan(5.5);
    expect(result.info.counts.immersions).toBeGreaterThan(result.info.counts.approvals / 5);
    // Each training record's previous_end_on (migration 0013) was written right by the generator: the rebuild corrected none.
    expect(result.correctedPreviousEnds).toBe(0);
    const [totals] = await sql<
      { ends: number }[]
    >`select coalesce(sum(value), 0)::int as ends from reporting.measure_days where measure = 'trainingRecordEnds'`;
    expect(totals!.ends).toBe(result.info.counts.trainingRecords);
    const [hours] = await sql<
      { bad: number }[]
    >`select count(*) filter (where hours < 1 or hours > 2000)::int as bad from formation.training_records`;
    expect(hours!.bad).toBe(0);
  });

  it('gives every request its deadline, a consistent status and a reason from the shared list when refused', async () => {
    const requests = await sql<
      {
        kind: string;
        status: string;
        received_on: string;
        deadline: string;
        decided_on: string | null;
        siae_kind: SiaeKind;
        departement_code: string;
        refusal_reason: string | null;
      }[]
    >`select kind::text, status::text, received_on::text, deadline::text, decided_on::text, siae_kind::text as siae_kind, departement_code, refusal_reason
        from parcours.approval_requests`;
    for (const r of requests) {
      expect(r.deadline).toBe(
        approvalDecisionDeadline({ receivedOn: r.received_on, siaeKind: r.siae_kind, departement: r.departement_code }),
      );
      if (r.status === 'PENDING') expect(r.deadline >= TODAY).toBe(true);
      if (r.status === 'TACITLY_GRANTED') expect(r.deadline < TODAY).toBe(true);
      if (r.decided_on)
        expect(r.received_on <= r.decided_on && r.decided_on <= r.deadline && r.decided_on <= TODAY).toBe(true);
      if (r.status === 'REFUSED') expect(APPROVAL_REFUSAL_REASON_CODES).toContain(r.refusal_reason);
    }
    expect(new Set(requests.map((r) => r.kind))).toEqual(
      new Set(['INITIAL', 'EXTENSION', 'PROLONGATION', 'RENEWAL', 'SUSPENSION']),
    );
    expect(new Set(requests.map((r) => r.status))).toEqual(
      new Set(['PENDING', 'GRANTED', 'REFUSED', 'TACITLY_GRANTED']),
    );
  });

  it('creates the benchmark accounts with one argon2 hash of the demo password', async () => {
    const users = await sql<{ email: string; password_hash: string; role: string; organisation_id: string }[]>`
      select u.email, u.password_hash, m.role::text, m.organisation_id from identity.users u join identity.memberships m on m.user_id = u.id`;
    expect(users.map((u) => u.email).sort()).toEqual(result.info.accounts.map((a) => a.email).sort());
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(users[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    const agency = result.info.accounts.find((a) => a.key === 'agency')!;
    const [pending] = await sql<{ n: number }[]>`
      select count(*)::int as n from parcours.approval_requests where agency_id = ${agency.organisationId} and status = 'PENDING' and deadline >= ${TODAY}`;
    expect(pending!.n).toBe(agency.load);
  });
});
