// Live counts of the parcours for the pilotage console and each structure's own figures (issue 5 §5; DESIGN §4:
// aggregates only, counts below 5 masked outside a structure). Read from the reporting views (no person in them).
import { tables, type Database } from '@navette/db';
import { APPROVAL_REFUSAL_REASONS, maskSmallCounts } from '@navette/domain';
import { and, count, eq, gte, lte, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import { optionalIsoDate } from './validation.js';

const { approvalRequestFacts: r, approvalEventFacts: e } = tables;

const COUNT_FIELDS = ['requests', 'granted', 'refused', 'tacitlyGranted', 'pending', 'suspensions', 'prolongations', 'extensions'] as const;
type CountField = (typeof COUNT_FIELDS)[number];
type Row = { departement: string; siaeKind: string } & Record<CountField, number>;

/** Whose figures: a SIAE or an agence its own (not masked); everyone else the region, masked. */
function scopeOf(ctx: ParcoursContext) {
  const p = ctx.principal;
  if (p.kind === 'user' && p.organisationKind === 'SIAE') return { kind: 'siae' as const, id: p.organisationId };
  if (p.kind === 'user' && p.organisationKind === 'AGENCY') return { kind: 'agency' as const, id: p.organisationId };
  return { kind: 'region' as const };
}

export async function approvalStatistics(ctx: ParcoursContext, args: { departement?: string | null; from?: string | null; to?: string | null }) {
  const from = optionalIsoDate(args.from, 'Début de la période');
  const to = optionalIsoDate(args.to, 'Fin de la période');
  const scope = scopeOf(ctx);
  const requestWhere = and(
    scope.kind === 'siae' ? eq(r.siaeId, scope.id) : scope.kind === 'agency' ? eq(r.agencyId, scope.id) : undefined,
    args.departement ? eq(r.departementCode, args.departement) : undefined,
    from ? gte(r.receivedOn, from) : undefined,
    to ? lte(r.receivedOn, to) : undefined,
  );
  const eventWhere = and(
    scope.kind === 'siae' ? eq(e.siaeId, scope.id) : scope.kind === 'agency' ? eq(e.agencyId, scope.id) : undefined,
    args.departement ? eq(e.departementCode, args.departement) : undefined,
    from ? gte(e.startOn, from) : undefined,
    to ? lte(e.startOn, to) : undefined,
  );
  const today = ctx.today;
  const { requestRows, eventRows, refusalRows } = await ctx.data(async (tx: Database) => ({
    requestRows: await tx
      .select({
        departement: r.departementCode,
        siaeKind: r.siaeKind,
        requests: count(),
        granted: sql<number>`count(*) filter (where ${r.status} = 'GRANTED' or ${r.appealStatus} = 'UPHELD')::int`,
        refused: sql<number>`count(*) filter (where ${r.status} = 'REFUSED' and ${r.appealStatus} is distinct from 'UPHELD')::int`,
        // A request past its deadline is acquired even before the job records it (annexe 4 §2.2.2).
        tacitlyGranted: sql<number>`count(*) filter (where ${r.status} = 'TACITLY_GRANTED' or (${r.status} = 'PENDING' and ${r.deadline} < ${today}))::int`,
        pending: sql<number>`count(*) filter (where ${r.status} = 'PENDING' and ${r.deadline} >= ${today})::int`,
      })
      .from(r)
      .where(requestWhere)
      .groupBy(r.departementCode, r.siaeKind),
    eventRows: await tx
      .select({ departement: e.departementCode, siaeKind: e.siaeKind, kind: e.kind, n: count() })
      .from(e)
      .where(eventWhere)
      .groupBy(e.departementCode, e.siaeKind, e.kind),
    refusalRows: await tx
      .select({ reason: r.refusalReason, n: count() })
      .from(r)
      .where(and(requestWhere, eq(r.status, 'REFUSED')))
      .groupBy(r.refusalReason),
  }));

  const rows = new Map<string, Row>();
  const rowOf = (departement: string, siaeKind: string) => {
    const key = `${departement}|${siaeKind}`;
    let row = rows.get(key);
    if (!row) {
      row = { departement, siaeKind, requests: 0, granted: 0, refused: 0, tacitlyGranted: 0, pending: 0, suspensions: 0, prolongations: 0, extensions: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const q of requestRows) Object.assign(rowOf(q.departement, q.siaeKind), { ...q });
  const eventField = { SUSPENSION: 'suspensions', PROLONGATION: 'prolongations', EXTENSION: 'extensions' } as const;
  for (const ev of eventRows) rowOf(ev.departement, ev.siaeKind)[eventField[ev.kind]] = ev.n;

  const ordered = [...rows.values()].sort((a, b) => a.departement.localeCompare(b.departement) || a.siaeKind.localeCompare(b.siaeKind));
  const labels = new Map(APPROVAL_REFUSAL_REASONS.map((reason) => [reason.code as string, reason.label]));
  const refusals = refusalRows
    .filter((x) => x.reason)
    .map((x) => ({ reason: { code: x.reason!, label: labels.get(x.reason!) ?? x.reason! }, count: x.n }))
    .sort((a, b) => b.count - a.count);
  if (scope.kind !== 'region') return { rows: ordered, refusalsByReason: refusals };
  // Outside a structure, secret statistique (domain maskSmallCounts: 1-4 become null, 0 stays).
  return {
    rows: maskSmallCounts(ordered, 5, { fields: [...COUNT_FIELDS] }),
    refusalsByReason: maskSmallCounts(refusals, 5, { fields: ['count'] }),
  };
}
