// An agence Pôle emploi pre-validates a person's profile for an ETTI or an AI it has a convention de coopération with
// (accord, annexe 4 §2.2.2 last paragraph and §2.2.8; issue 18 §3). The period is the server's: the client proposes a
// first and a last day, the domain (validateProfilePrevalidation) checks them against today and the convention, or
// fixes them when left out. Asking again for a day a period already covers gives that period back; the same request
// sent at once by several tabs makes one row (a lock per agence, person and SIAE, and the natural unique index).
import { tables } from '@navette/db';
import {
  compareIsoDates,
  formatFrenchDate,
  isCooperationAgreementInForce,
  isWithin,
  validateProfilePrevalidation,
} from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import { optionalIsoDate } from '../input-fields.js';
import type { ProfilePrevalidationRow } from '../rows.js';
import { auditDecision } from '../services/audit.js';
import { refuseIfAnonymised } from '../services/people.js';
import { agreementsBetween } from '../services/profile-prevalidations.js';
import { callerOrganisation, knownId } from '../services/validation.js';

const { profilePrevalidations: v } = tables;

export const prevalidateProfileInput = z.object({
  personId: z.string(),
  siaeId: z.string(),
  startsOn: optionalIsoDate(),
  endsOn: optionalIsoDate(),
});
export type PrevalidateProfileInput = z.input<typeof prevalidateProfileInput>;

const LABELS = { personId: 'Personne', siaeId: 'Structure', startsOn: 'Début', endsOn: 'Fin' };

export async function prevalidateProfile(
  ctx: ParcoursContext,
  raw: PrevalidateProfileInput,
): Promise<ProfilePrevalidationRow> {
  const agencyId = callerOrganisation(ctx, 'AGENCY');
  const input = parseInput(prevalidateProfileInput, raw, LABELS);
  const personId = knownId(input.personId, errors.personNotFound);
  const siaeId = knownId(input.siaeId, errors.siaeNotFound);
  const today = ctx.today;
  return ctx.data(async (tx) => {
    // Row-level security: a person the agence does not see is unknown to it.
    const [person] = await tx
      .select({ id: tables.people.id })
      .from(tables.people)
      .where(eq(tables.people.id, personId));
    if (!person) throw errors.personNotFound();
    await refuseIfAnonymised(tx, personId);
    // A SIAE the agence has no convention with (another agence's) is answered as an unknown one.
    const [siae] = await tx.select({ kind: tables.siaes.kind }).from(tables.siaes).where(eq(tables.siaes.id, siaeId));
    const agreements = siae ? await agreementsBetween(tx, agencyId, siaeId) : [];
    if (!siae || agreements.length === 0) throw errors.siaeNotFound();

    const period = validateProfilePrevalidation({
      siaeKind: siae.kind,
      agreements,
      today,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
    if (!period.ok) throw refusedByDomain(period);
    const { startsOn, endsOn } = period.value;

    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext('parcours.profile_prevalidations'), hashtext(${`${agencyId}:${personId}:${siaeId}`}))`,
    );
    const existing = await tx
      .select()
      .from(v)
      .where(and(eq(v.agencyId, agencyId), eq(v.personId, personId), eq(v.siaeId, siaeId)));
    const covering = existing.find((p) => isWithin(startsOn, p.startsOn, p.endsOn));
    if (covering) return covering;
    const overlapping = existing.find(
      (p) => compareIsoDates(p.startsOn, endsOn) <= 0 && compareIsoDates(p.endsOn, startsOn) >= 0,
    );
    if (overlapping) throw errors.prevalidationOverlaps(formatFrenchDate(overlapping.startsOn));

    const agreement = agreements.find((a) => isCooperationAgreementInForce(a, startsOn))!;
    const [row] = await tx
      .insert(v)
      .values({
        agencyId,
        personId,
        siaeId,
        siaeKind: siae.kind,
        cooperationAgreementId: agreement.id,
        startsOn,
        endsOn,
        createdByUserId: ctx.identity.userId,
      })
      .returning();
    await auditDecision(
      tx,
      ctx,
      'PROFILE_PREVALIDATED',
      { type: 'ProfilePrevalidation', id: row!.id },
      {
        siaeId,
        startsOn,
        endsOn,
      },
    );
    return row!;
  });
}
