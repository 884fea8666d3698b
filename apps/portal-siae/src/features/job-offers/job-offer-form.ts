// The "Publier une offre" form: what is obviously missing or inconsistent, and the API input (fiche 4: the offer
// is deposited at Pôle emploi on a day, never in the future). The API checks again and has the last word.
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { JobOfferInput } from '../../generated/graphql.ts';
import { isIsoDate } from '@navette/ui';

export interface JobOfferValues {
  title: string;
  description: string;
  prerequisites: string;
  positions: string;
  depositedAtPoleEmploiOn: string;
}

export type JobOfferField = 'title' | 'description' | 'positions' | 'depositedAtPoleEmploiOn';

export const emptyJobOffer: JobOfferValues = {
  title: '',
  description: '',
  prerequisites: '',
  positions: '1',
  depositedAtPoleEmploiOn: '',
};

export function validateJobOffer(values: JobOfferValues, today: string): FieldErrors<JobOfferField> {
  const e = copy.jobOfferForm.errors;
  const errors: FieldErrors<JobOfferField> = {};
  if (!values.title.trim()) errors.title = e.jobTitle;
  if (!values.description.trim()) errors.description = e.description;
  if (!/^\d+$/.test(values.positions.trim()) || Number(values.positions) < 1) errors.positions = e.positions;
  const deposited = values.depositedAtPoleEmploiOn;
  if (deposited) {
    if (!isIsoDate(deposited)) errors.depositedAtPoleEmploiOn = e.invalidDate;
    else if (deposited > today) errors.depositedAtPoleEmploiOn = e.futureDate;
  }
  return errors;
}

export function toJobOfferInput(siaeId: string, values: JobOfferValues): JobOfferInput {
  return {
    siaeId,
    title: values.title.trim().replace(/\s+/g, ' '),
    description: values.description.trim(),
    prerequisites: values.prerequisites.trim(),
    positions: Number(values.positions.trim()),
    depositedAtPoleEmploiOn: values.depositedAtPoleEmploiOn || null,
  };
}

/** Open offers first, as the API lists them (newest first), then the closed ones. */
export function splitByStatus<T extends { status: string }>(offers: readonly T[]): { open: T[]; closed: T[] } {
  return {
    open: offers.filter((offer) => offer.status === 'OPEN'),
    closed: offers.filter((offer) => offer.status !== 'OPEN'),
  };
}
