// Unusual reads (issue 19 §2): the agents (and API clients) whose reads of people over a period were a burst or
// reached people outside their organisation's usual flow — the rule, its thresholds and the links are
// @navette/domain's (unusual-reads.ts). Aggregated in the database in one statement, over the PERSON_READ events the
// caller may read: under row-level security as the caller (migration 0020: an administrator every event, a service de
// l'État its département's organisations'), the links answered by audit.unlinked_reads (migration 0033). Keyset
// pages, the most unusual first.
import type { Principal } from '@navette/auth';
import { resultRows, withIdentity, type Database } from '@navette/db';
import {
  UNUSUAL_READS_THRESHOLDS,
  unusualReadReasons,
  unusualReadsPeriod,
  type UnusualReadsThresholds,
} from '@navette/domain';
import { clampFirst, decodeCursor, encodeCursor } from '@navette/subgraph-server';
import { sql } from 'drizzle-orm';
import { errors } from '../../errors.js';

const NIL = '00000000-0000-0000-0000-000000000000';

interface Row {
  actor_key: string;
  actor_kind: string;
  actor_id: string | null;
  actor_organisation_id: string | null;
  reads: number | string;
  people: number | string;
  peak: number | string;
  peak_at: Date | string;
  outside: number | string;
}

/** A DateTime argument as the scalar passes it (an ISO string or a Date). */
function instant(value: unknown): Date {
  return value instanceof Date ? value : new Date(typeof value === 'string' ? value : Number.NaN);
}

export async function listUnusualReaders(
  db: Database,
  principal: Principal,
  args: { from: unknown; to: unknown; first?: number | null; after?: string | null },
  thresholds: UnusualReadsThresholds = UNUSUAL_READS_THRESHOLDS,
) {
  const period = unusualReadsPeriod(instant(args.from), instant(args.to), thresholds);
  if (!period.ok)
    throw period.code === 'UNUSUAL_READS_PERIOD_TOO_LONG'
      ? errors.unusualReadsPeriodTooLong(period.message)
      : errors.unusualReadsPeriodInvalid(period.message);
  const first = clampFirst(args.first);
  // Most unusual first: people outside the flow, then the peak, then the actor (a stable key).
  const after = decodeCursor(args.after, ['integer', 'integer', 'text']);
  const meta = {
    burstThreshold: thresholds.burstReads,
    burstWindowMinutes: thresholds.burstWindowMinutes,
    from: period.value.from.toISOString(),
    to: period.value.to.toISOString(),
  };
  const none = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, ...meta };
  if (principal.kind !== 'user') return none;
  const { from, to } = period.value;
  const keyset = after
    ? sql`where (-outside, -peak, actor_key) > (${-Number(after[0])}::bigint, ${-Number(after[1])}::bigint, ${after[2]}::text)`
    : sql``;
  const rows = await withIdentity(
    db,
    { organisationId: principal.organisationId, userId: principal.userId },
    async (tx) => {
      // Sorts and hashes of a period's reads in memory rather than on disk (this transaction only).
      await tx.execute(sql`select set_config('work_mem', '32MB', true)`);
      // Actors are keyed by uuids (an API client without organisation: the nil uuid, which no record names), so the
      // groupings and joins hash or sort uuids, never text.
      return tx.execute(sql`
      with reads as (
        select e.actor_kind, e.actor_id, coalesce(e.actor_organisation_id, ${NIL}::uuid) as org_key, e.occurred_at,
               e.subject_id::uuid as person_id
          from audit.events e
         where e.action = 'PERSON_READ' and e.subject_type = 'Person'
           and e.actor_kind in ('user', 'api_client') and e.actor_id is not null
           and e.occurred_at >= ${from.toISOString()}::timestamptz and e.occurred_at < ${to.toISOString()}::timestamptz
      ),
      windows as (
        select actor_kind, actor_id, org_key, occurred_at,
               count(*) over (partition by actor_id, org_key, actor_kind order by occurred_at
                              range between make_interval(mins => ${thresholds.burstWindowMinutes}::int) preceding
                                    and current row) as in_window
          from reads
      ),
      activity as (
        select actor_kind, actor_id, org_key, count(*) as reads, max(in_window) as peak,
               (array_agg(occurred_at order by in_window desc, occurred_at))[1] as peak_at
          from windows group by actor_kind, actor_id, org_key
      ),
      seen as (
        select distinct actor_kind, actor_id, org_key, person_id from reads
      ),
      pairs as (
        select array_agg(person_id) as people, array_agg(org_key) as organisations
          from (select distinct person_id, org_key from seen) p
      ),
      unlinked as (
        select u.person, u.organisation from pairs, audit.unlinked_reads(pairs.people, pairs.organisations) u
      ),
      flow as (
        select s.actor_kind, s.actor_id, s.org_key, count(*) as people, count(u.person) as outside
          from seen s left join unlinked u on u.person = s.person_id and u.organisation = s.org_key
         group by s.actor_kind, s.actor_id, s.org_key
      ),
      listed as (
        select a.actor_kind, a.actor_id::text as actor_id, nullif(a.org_key, ${NIL}::uuid)::text as actor_organisation_id,
               a.reads, coalesce(f.people, 0) as people, a.peak, a.peak_at, coalesce(f.outside, 0) as outside,
               concat_ws(':', a.actor_kind, a.actor_id, a.org_key) as actor_key
          from activity a left join flow f using (actor_kind, actor_id, org_key)
         where a.peak > ${thresholds.burstReads}::int or coalesce(f.outside, 0) >= ${thresholds.outsideFlowPeople}::int
      )
      select * from listed ${keyset}
       order by outside desc, peak desc, actor_key
       limit ${first + 1}`);
    },
  );
  const found = resultRows<Row>(rows);
  const page = found.slice(0, first);
  const edges = page.map((r) => {
    const peak = Number(r.peak);
    const outside = Number(r.outside);
    return {
      cursor: encodeCursor([String(outside), String(peak), r.actor_key]),
      node: {
        actorKind: r.actor_kind,
        actorId: r.actor_id,
        actorOrganisationId: r.actor_organisation_id,
        reads: Number(r.reads),
        people: Number(r.people),
        peakReadsInWindow: peak,
        peakAt: new Date(r.peak_at).toISOString(),
        peopleOutsideUsualFlow: outside,
        reasons: unusualReadReasons({ peakReadsInWindow: peak, peopleOutsideUsualFlow: outside }, thresholds),
      },
    };
  });
  return {
    edges,
    pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    ...meta,
  };
}
