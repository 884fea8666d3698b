// The "Prescrire" form: the diagnosis it rests on, the SIAE chosen in the directory, the message.
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { PrescriptionInput } from '../../generated/graphql.ts';

export interface PrescriptionFormValues {
  diagnosisId: string;
  siae: { id: string; name: string } | null;
  message: string;
}

export type PrescriptionField = 'diagnosisId' | 'siae' | 'message';

const e = copy.prescribe.errors;

export function validatePrescription(values: PrescriptionFormValues): FieldErrors<PrescriptionField> {
  const errors: FieldErrors<PrescriptionField> = {};
  if (!values.diagnosisId) errors.diagnosisId = e.diagnosis;
  if (!values.siae) errors.siae = e.siae;
  if (!values.message.trim()) errors.message = e.message;
  return errors;
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
    message: values.message.trim(),
  };
}
