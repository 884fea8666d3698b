// Conventions de coopération locale, référents and job offers (accord, article 2; fiches 2 and 4; annexe 4 §2.2.8).
// Rules: @navette/domain cooperation-agreement.ts. Who sees which rows (DESIGN §4): the SIAE its own, the agence its
// territory, the comité and the État everything; prescripteurs and API clients only open job offers. The writes are
// use cases, one a file (use-cases/*-cooperation-agreement.ts, set-siae-referents.ts, publish-job-offer.ts, close-job-offer.ts).
import type { Principal } from '@navette/auth';
import { searchKeySql, tables } from '@navette/db';
import { cooperationAgreementStatusOn } from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor, isUuid } from '@navette/subgraph-server';
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { StructuresContext } from '../context.js';
import type { CooperationAgreementFilter, JobOfferFilter } from '../generated/resolvers-types.js';
import { matchesSearch } from './filters.js';
import type { CooperationAgreementRow, SiaeRow } from './rows.js';

const { cooperationAgreements: agreements, jobOffers, siaes } = tables;

/** Whose rows the caller sees: its SIAE, its agence's territory, or everything (comité, État, administrators). */
export function agreementScope(principal: Principal): SQL | undefined {
  if (principal.kind === 'user' && principal.organisationKind === 'SIAE')
    return eq(agreements.siaeId, principal.organisationId);
  if (principal.kind === 'user' && principal.organisationKind === 'AGENCY')
    return eq(agreements.agencyId, principal.organisationId);
  return undefined;
}

/** Whether the caller may see a SIAE's conventions and référents. */
export function seesSiaeAgreements(principal: Principal, siae: SiaeRow): boolean {
  if (principal.kind !== 'user') return false;
  if (principal.organisationKind === 'SIAE') return principal.organisationId === siae.id;
  if (principal.organisationKind === 'AGENCY') return principal.organisationId === siae.agencyId;
  return true;
}

export async function listAgreements(
  ctx: StructuresContext,
  args: { first?: number | null; after?: string | null; filter?: CooperationAgreementFilter | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const f = args.filter ?? {};
  const where = and(
    agreementScope(ctx.principal),
    f.siaeId && isUuid(f.siaeId) ? eq(agreements.siaeId, f.siaeId) : f.siaeId ? sql`false` : undefined,
    f.departement
      ? sql`${agreements.siaeId} in (select id from ${siaes} where departement_code = ${f.departement})`
      : undefined,
    statusWhere(f.status, ctx.today),
  );
  const after = key ? sql`(${agreements.startOn}, ${agreements.id}) < (${key[0]}, ${key[1]}::uuid)` : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(agreements)
      .where(and(where, after))
      .orderBy(desc(agreements.startOn), desc(agreements.id))
      .limit(first + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(agreements)
      .where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.startOn, r.id], total?.n ?? 0);
}

/** Status as of today (domain cooperationAgreementStatusOn: a signed convention past its end is EXPIRED). */
function statusWhere(status: string | null | undefined, today: string): SQL | undefined {
  switch (status) {
    case 'SIGNED':
      return and(
        eq(agreements.status, 'SIGNED'),
        or(sql`${agreements.endOn} is null`, sql`${agreements.endOn} >= ${today}`),
      );
    case 'EXPIRED':
      return and(eq(agreements.status, 'SIGNED'), sql`${agreements.endOn} < ${today}`);
    case 'DRAFT':
    case 'TERMINATED':
      return eq(agreements.status, status);
    default:
      return undefined;
  }
}

export async function loadAgreement(ctx: StructuresContext, id: string): Promise<CooperationAgreementRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db
    .select()
    .from(agreements)
    .where(and(eq(agreements.id, id), agreementScope(ctx.principal)));
  return row ?? null;
}

export const agreementStatusToday = (row: CooperationAgreementRow, today: string) =>
  cooperationAgreementStatusOn(row, today);

export async function listJobOffers(
  ctx: StructuresContext,
  args: { first?: number | null; after?: string | null; filter?: JobOfferFilter | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const f = args.filter ?? {};
  const where = and(
    eq(jobOffers.status, 'OPEN'),
    f.siaeId ? (isUuid(f.siaeId) ? eq(jobOffers.siaeId, f.siaeId) : sql`false`) : undefined,
    f.departement || f.siaeKind
      ? sql`${jobOffers.siaeId} in (select id from ${siaes} where ${and(
          f.departement ? eq(siaes.departementCode, f.departement) : undefined,
          f.siaeKind ? eq(siaes.kind, f.siaeKind) : undefined,
        )})`
      : undefined,
    matchesSearch(searchKeySql(sql`${jobOffers.title}`), f.search),
  );
  const after = key ? sql`(${jobOffers.publishedOn}, ${jobOffers.id}) < (${key[0]}, ${key[1]}::uuid)` : undefined;
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(jobOffers)
      .where(and(where, after))
      .orderBy(desc(jobOffers.publishedOn), desc(jobOffers.id))
      .limit(first + 1),
    ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(jobOffers)
      .where(where),
  ]);
  return connectionFromRows(rows, first, (r) => [r.publishedOn, r.id], total?.n ?? 0);
}
