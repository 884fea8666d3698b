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
  const rows = await withIdentity(db, { organisationId: principal.organisationId, userId: principal.userId }, (tx) =>
    tx.execute(sql`
      with reads as (
        select e.actor_kind, e.actor_id, e.actor_organisation_id, e.occurred_at,
               concat_ws(':', e.actor_kind, e.actor_id, e.actor_organisation_id) as actor_key,
               case when e.subject_id ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                    then e.subject_id::uuid end as person_id
          from audit.events e
         where e.action = 'PERSON_READ' and e.subject_type = 'Person'
           and e.actor_kind in ('user', 'api_client')
           and e.occurred_at >= ${from.toISOString()}::timestamptz and e.occurred_at < ${to.toISOString()}::timestamptz
      ),
      windows as (
        select actor_key, occurred_at,
               count(*) over (partition by actor_key order by occurred_at
                              range between make_interval(mins => ${thresholds.burstWindowMinutes}::int) preceding
                                    and current row) as in_window
          from reads
      ),
      peaks as (
        select distinct on (actor_key) actor_key, in_window as peak, occurred_at as peak_at
          from windows order by actor_key, in_window desc, occurred_at
      ),
      seen as (
        select distinct actor_key, actor_organisation_id, person_id from reads where person_id is not null
      ),
      pairs as (
        select array_agg(person_id) as people, array_agg(actor_organisation_id) as organisations
          from (select distinct person_id, actor_organisation_id from seen) p
      ),
      unlinked as (
        select u.person, u.organisation from pairs, audit.unlinked_reads(pairs.people, pairs.organisations) u
      ),
      outside as (
        select s.actor_key, count(*) as outside
          from seen s join unlinked u
            on u.person = s.person_id and u.organisation is not distinct from s.actor_organisation_id
         group by s.actor_key
      ),
      actors as (
        select actor_key, min(actor_kind) as actor_kind, min(actor_id::text) as actor_id,
               min(actor_organisation_id::text) as actor_organisation_id,
               count(*) as reads, count(distinct person_id) as people
          from reads group by actor_key
      ),
      listed as (
        select a.*, p.peak, p.peak_at, coalesce(o.outside, 0) as outside
          from actors a join peaks p using (actor_key) left join outside o using (actor_key)
         where p.peak > ${thresholds.burstReads}::int or coalesce(o.outside, 0) >= ${thresholds.outsideFlowPeople}::int
      )
      select * from listed ${keyset}
       order by outside desc, peak desc, actor_key
       limit ${first + 1}`),
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
