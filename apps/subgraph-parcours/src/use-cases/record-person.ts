// A prescripteur records a person it accompanies (the fiche the diagnosis and the prescriptions hang on).
import { tables } from '@navette/db';
import { validateBirthDate } from '@navette/domain';
import { parseInput } from '@navette/subgraph-server';
import { z } from 'zod';
import type { ParcoursContext } from '../context.js';
import { refusedByDomain } from '../errors.js';
import { optionalText, requiredIsoDate, requiredText } from '../input-fields.js';
import type { PersonRow } from '../rows.js';
import { callerPrescriber } from '../services/validation.js';

const POLE_EMPLOI_ID = /^[0-9]{7}[0-9A-Z]([0-9A-Z]{3})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const recordPersonInput = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  birthDate: requiredIsoDate(),
  email: optionalText(254).refine((email) => email == null || EMAIL.test(email), 'adresse invalide'),
  phone: optionalText(30),
  poleEmploiId: optionalText(11)
    .transform((id) => id?.toUpperCase() ?? null)
    .refine((id) => id == null || POLE_EMPLOI_ID.test(id), '7 chiffres suivis d’un caractère (ou 11 caractères)'),
  rqth: z.boolean().nullish(),
});
export type RecordPersonInput = z.input<typeof recordPersonInput>;

const LABELS = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  email: 'Courriel',
  phone: 'Téléphone',
  poleEmploiId: 'Identifiant Pôle emploi',
};

export async function recordPerson(ctx: ParcoursContext, raw: RecordPersonInput): Promise<PersonRow> {
  const organisationId = callerPrescriber(ctx);
  const input = parseInput(recordPersonInput, raw, LABELS);
  // Domain validateBirthDate: an age of 16 to 80 (Code du travail L.4153-1; no 1800, no future), issue 13.
  const plausible = validateBirthDate(input.birthDate, ctx.today);
  if (!plausible.ok) throw refusedByDomain(plausible, 'BAD_USER_INPUT', { field: LABELS.birthDate });
  const values = {
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
    email: input.email,
    phone: input.phone,
    poleEmploiId: input.poleEmploiId,
    rqth: input.rqth ?? false,
    createdByOrganisationId: organisationId,
    createdByUserId: ctx.identity.userId,
  };
  return ctx.data(async (tx) => {
    const [row] = await tx.insert(tables.people).values(values).returning();
    return row!;
  });
}
