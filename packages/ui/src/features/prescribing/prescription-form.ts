// The "Prescrire" form: the diagnosis it rests on, the SIAE chosen in the directory, the offer of that SIAE it is
// for (optional, fiche 4), the message.
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { PrescriptionInput } from '../../generated/graphql.ts';
import { prescribingCopy } from './copy.ts';

const copy = prescribingCopy();

export interface ChosenSiae {
  id: string;
  name: string;
  /** Its open offers, from which the prescription may name one. */
  offers: readonly { id: string; title: string; positions: number }[];
}

export interface PrescriptionFormValues {
  diagnosisId: string;
  siae: ChosenSiae | null;
  /** '' for no offer in particular. */
  jobOfferId: string;
  message: string;
}

export type PrescriptionField = 'diagnosisId' | 'siae' | 'jobOfferId' | 'message';

const e = copy.prescribe.errors;

export function validatePrescription(values: PrescriptionFormValues): FieldErrors<PrescriptionField> {
  const errors: FieldErrors<PrescriptionField> = {};
  if (!values.diagnosisId) errors.diagnosisId = e.diagnosis;
  if (!values.siae) errors.siae = e.siae;
  else if (values.jobOfferId && !values.siae.offers.some((offer) => offer.id === values.jobOfferId)) {
    errors.jobOfferId = copy.prescribe.offerUnavailable;
  }
  if (!values.message.trim()) errors.message = e.message;
  return errors;
}

/** Choosing another SIAE drops the offer chosen for the previous one; an offer is kept only if the SIAE has it. */
export function chooseSiae(siae: ChosenSiae, offerId = ''): { siae: ChosenSiae; jobOfferId: string } {
  return { siae, jobOfferId: siae.offers.some((offer) => offer.id === offerId) ? offerId : '' };
}

/** The most recent diagnosis (ISO dates compare as text), the one a prescription usually rests on. */
export function latestDiagnosisId(diagnoses: readonly { id: string; diagnosedOn: string }[]): string {
  let latest: { id: string; diagnosedOn: string } | undefined;
  for (const diagnosis of diagnoses) if (!latest || diagnosis.diagnosedOn > latest.diagnosedOn) latest = diagnosis;
  return latest?.id ?? '';
}

export function toPrescriptionInput(personId: string, values: PrescriptionFormValues): PrescriptionInput {
  if (!values.siae) throw new Error('toPrescriptionInput needs a chosen SIAE');
  return {
    personId,
    diagnosisId: values.diagnosisId,
    siaeId: values.siae.id,
    jobOfferId: values.jobOfferId || null,
    message: values.message.trim(),
  };
}
