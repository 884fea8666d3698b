// Validations de profils (annexe 4 §2.2.2 last paragraph and §2.2.8; issue 18 §3): the lists the agence and the SIAE
// read (row-level security, migration 0036), whether one is in force on a day (the conventions de coopération read
// from structures), and the one a demande d'agrément profits from. Pre-validating is a use case
// (use-cases/prevalidate-profile.ts); the rules are @navette/domain's (profile-prevalidation.ts).
import { tables, type Database } from '@navette/db';
import {
  addDays,
  isProfilePrevalidationInForce,
  PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS,
  type CooperationAgreementDates,
  type IsoDate,
} from '@navette/domain';
import { clampFirst, connectionFromRows, decodeCursor } from '@navette/subgraph-server';
import { and, asc, between, count, eq, getTableColumns, gte, lte, or, sql } from 'drizzle-orm';
import type { ParcoursContext } from '../context.js';
import type { ProfilePrevalidationRow } from '../rows.js';

const { profilePrevalidations: v, cooperationAgreements: c } = tables;

/** The conventions de coopération between an agence and a SIAE, any status (their dates decide). */
export async function agreementsBetween(
  tx: Database,
  agencyId: string,
  siaeId: string,
): Promise<(CooperationAgreementDates & { id: string })[]> {
  return tx
    .select({ id: c.id, status: c.status, startOn: c.startOn, endOn: c.endOn, terminatedOn: c.terminatedOn })
    .from(c)
    .where(and(eq(c.agencyId, agencyId), eq(c.siaeId, siaeId)));
}

/** A later period of the same agence, person and SIAE (the pre-validation was renewed). */
const renewedSql = sql<boolean>`exists (select 1 from parcours.profile_prevalidations later
  where later.agency_id = ${v.agencyId} and later.person_id = ${v.personId} and later.siae_id = ${v.siaeId}
    and later.starts_on > ${v.endsOn})`;

/**
 * The caller's pre-validations (agence: those it recorded; SIAE: those for it), ending soonest first, keyset-paginated.
 * `toRenew` keeps those the domain's isProfilePrevalidationToRenew lists (ending within the notice, not renewed);
 * `current` those not ended yet.
 */
export async function listProfilePrevalidations(
  ctx: ParcoursContext,
  args: { toRenew?: boolean | null; current?: boolean | null; first?: number | null; after?: string | null },
) {
  const first = clampFirst(args.first);
  const key = decodeCursor(args.after, ['date', 'uuid']);
  const org = ctx.identity.organisationId;
  const today = ctx.today;
  const where = and(
    org == null ? sql`false` : or(eq(v.agencyId, org), eq(v.siaeId, org)),
    args.toRenew
      ? and(between(v.endsOn, today, addDays(today, PROFILE_PREVALIDATION_RENEWAL_NOTICE_DAYS)), sql`not ${renewedSql}`)
      : undefined,
    args.current ? gte(v.endsOn, today) : undefined,
  );
  return ctx.data(async (tx) => {
    const after = key ? sql`(${v.endsOn}, ${v.id}) > (${key[0]}::date, ${key[1]}::uuid)` : undefined;
    const rows = await tx
      .select({ ...getTableColumns(v), renewed: renewedSql })
      .from(v)
      .where(and(where, after))
      .orderBy(asc(v.endsOn), asc(v.id))
      .limit(first + 1);
    const [total] = await tx.select({ n: count() }).from(v).where(where);
    return connectionFromRows(rows, first, (r) => [r.endsOn, r.id], total?.n ?? 0);
  });
}

/** Whether a later period of the same agence, person and SIAE exists (when the row was read without it). */
export async function isRenewed(ctx: ParcoursContext, row: ProfilePrevalidationRow): Promise<boolean> {
  if (row.renewed != null) return row.renewed;
  return ctx.data(async (tx) => {
    const [later] = await tx
      .select({ id: v.id })
      .from(v)
      .where(
        and(
          eq(v.agencyId, row.agencyId),
          eq(v.personId, row.personId),
          eq(v.siaeId, row.siaeId),
          sql`${v.startsOn} > ${row.endsOn}`,
        ),
      )
      .limit(1);
    return later != null;
  });
}

/** Whether the pre-validation is in force on `on` (its period, and a convention in force that day). */
export async function isInForce(ctx: ParcoursContext, row: ProfilePrevalidationRow, on: IsoDate): Promise<boolean> {
  const agreements = await ctx.data((tx) => agreementsBetween(tx, row.agencyId, row.siaeId));
  return isProfilePrevalidationInForce({ ...row, agreements }, on);
}

/**
 * The pre-validation a demande d'agrément of `siaeId` for `personId` received on `on` profits from (annexe 4 §2.2.2:
 * decided the same day), or null. Read in the SIAE's transaction: row-level security lets it see those for it.
 */
export async function prevalidationInForce(
  tx: Database,
  personId: string,
  siaeId: string,
  on: IsoDate,
): Promise<ProfilePrevalidationRow | null> {
  const candidates = await tx
    .select()
    .from(v)
    .where(and(eq(v.personId, personId), eq(v.siaeId, siaeId), lte(v.startsOn, on), gte(v.endsOn, on)));
  for (const candidate of candidates) {
    const agreements = await agreementsBetween(tx, candidate.agencyId, siaeId);
    if (isProfilePrevalidationInForce({ ...candidate, agreements }, on)) return candidate;
  }
  return null;
}
