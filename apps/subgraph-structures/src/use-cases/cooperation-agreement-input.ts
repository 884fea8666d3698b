// The input of a convention's draft, shared by drafting and updating it (accord, article 2 and fiches 2, 4, 5, 7: the
// headings of a convention). Its dates' order is the domain's rule (validateCooperationAgreementDates).
import { COOPERATION_AGREEMENT_HEADINGS, validateCooperationAgreementDates } from '@navette/domain';
import { dateInput, optionalDateInput, parseInput, refusalError } from '@navette/subgraph-server';
import { z } from 'zod';
import { errors } from '../errors.js';

const heading = z
  .string()
  .nullish()
  .transform((value) => (value ?? '').trim())
  .pipe(z.string().max(10_000, '10 000 caractères au plus'));

export const cooperationAgreementInput = z.object({
  siaeId: z.string(),
  startOn: dateInput(),
  endOn: optionalDateInput(),
  prescriptionHeading: heading,
  referentsHeading: heading,
  offersHeading: heading,
  exitsHeading: heading,
});

const labels = {
  startOn: 'Début de la convention',
  endOn: 'Fin de la convention',
  prescriptionHeading: COOPERATION_AGREEMENT_HEADINGS.prescription,
  referentsHeading: COOPERATION_AGREEMENT_HEADINGS.referents,
  offersHeading: COOPERATION_AGREEMENT_HEADINGS.offers,
  exitsHeading: COOPERATION_AGREEMENT_HEADINGS.exits,
};

/** The draft's values, checked: the SIAE it is for, and the columns to write. */
export function parseCooperationAgreement(raw: unknown) {
  const { siaeId, ...values } = parseInput(cooperationAgreementInput, raw, labels);
  const dates = validateCooperationAgreementDates(values.startOn, values.endOn);
  if (!dates.ok) throw refusalError(errors, dates);
  return { siaeId, values };
}
