// A prescripteur records a person's eligibility diagnosis (annexe 2 criteria; annexe 4 §2.1: the prescripteur
// diagnoses, within its habilitation).
import { tables } from '@navette/db';
import { ACCORD_BFC_IN_FORCE_FROM, isEligibilityCriterionCode, validateDiagnosisDate } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { refuseIfAnonymised } from '../services/people.js';
import type { ParcoursContext } from '../context.js';
import { errors, refusedByDomain } from '../errors.js';
import { optionalText, requiredIsoDate } from '../input-fields.js';
import type { DiagnosisRow } from '../rows.js';
import { assertCanPrescribe } from '../services/directory.js';
import { callerPrescriber, knownId, notAfterToday } from '../services/validation.js';

export const recordDiagnosisInput = z.object({
  personId: z.string(),
  diagnosedOn: requiredIsoDate(),
  // Sorted, without duplicates: the natural key eligibility_diagnoses_natural_unique compares the array as a whole
  // (issue 12).
  criteria: z
    .array(z.string())
    .transform((codes) => [...new Set(codes)].sort())
    .refine((codes) => codes.length > 0, 'cochez au moins un critère d’éligibilité (annexe 2)'),
  comment: optionalText(),
});
export type RecordDiagnosisInput = z.input<typeof recordDiagnosisInput>;

export async function recordDiagnosis(ctx: ParcoursContext, raw: RecordDiagnosisInput): Promise<DiagnosisRow> {
  const organisationId = callerPrescriber(ctx);
  const input = parseInput(recordDiagnosisInput, raw, {
    diagnosedOn: 'Date du diagnostic',
    criteria: 'Critères',
    comment: 'Commentaire',
  });
  notAfterToday(input.diagnosedOn, ctx.today, 'La date du diagnostic');
  const unknown = input.criteria.filter((c) => !isEligibilityCriterionCode(c));
  if (unknown.length > 0) throw errors.unknownCriterion(unknown);
  const personId = knownId(input.personId, errors.personNotFound);
  return ctx.data(async (tx) => {
    const [person] = await tx
      .select({ id: tables.people.id, birthDate: tables.people.birthDate })
      .from(tables.people)
      .where(eq(tables.people.id, personId));
    if (!person) throw errors.personNotFound();
    await refuseIfAnonymised(tx, person.id);
    // The day is the client's proposal, bounded by reality (domain validateDiagnosisDate; issue 13).
    const day = validateDiagnosisDate(input.diagnosedOn, {
      birthDate: person.birthDate,
      accordInForceFrom: ACCORD_BFC_IN_FORCE_FROM,
    });
    if (!day.ok) throw refusedByDomain(day, 'BAD_USER_INPUT', { field: 'Date du diagnostic' });
    await assertCanPrescribe(tx, organisationId, input.diagnosedOn, ctx.principal);
    const [row] = await tx
      .insert(tables.eligibilityDiagnoses)
      .values({
        personId: person.id,
        prescriberOrganisationId: organisationId,
        authorUserId: ctx.identity.userId,
        criteria: input.criteria,
        diagnosedOn: input.diagnosedOn,
        comment: input.comment,
      })
      .returning();
    return row!;
  });
}
