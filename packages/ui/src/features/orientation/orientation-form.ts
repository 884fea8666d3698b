// The orientation form's values and client-side checks (the API checks again: domain orientationReason, the target
// prescripteur, the person's birth date).
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';
import { orientationCopy } from './copy.ts';

const t = orientationCopy.orient;

export interface OrientationFormValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  phone: string;
  email: string;
  departement: string;
  prescriberId: string;
  reason: string;
}

export const emptyOrientation: OrientationFormValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  phone: '',
  email: '',
  departement: '',
  prescriberId: '',
  reason: '',
};

export const orientationFieldIds = {
  firstName: 'orientation-prenom',
  lastName: 'orientation-nom',
  birthDate: 'orientation-naissance',
  departement: 'orientation-departement',
  prescriberId: 'orientation-prescripteur',
  reason: 'orientation-motif',
} as const;
export type OrientationField = keyof typeof orientationFieldIds;

/** `withIdentity`: the person is recorded with the orientation (not yet followed by the caller). */
export function validateOrientation(
  values: OrientationFormValues,
  withIdentity: boolean,
): FieldErrors<OrientationField> {
  const errors: FieldErrors<OrientationField> = {};
  if (withIdentity) {
    if (!values.firstName.trim()) errors.firstName = t.required(t.firstName);
    if (!values.lastName.trim()) errors.lastName = t.required(t.lastName);
    const birth = dateFieldError(values.birthDate, { label: t.birthDate, required: true });
    if (birth) errors.birthDate = birth;
  }
  if (!values.departement) errors.departement = t.choose(t.departement);
  if (!values.prescriberId) errors.prescriberId = t.choose(t.prescriber);
  if (!values.reason.trim()) errors.reason = t.required(t.reason);
  else if (values.reason.trim().length > 1000) errors.reason = t.tooLong;
  return errors;
}

/** The API's OrientationInput. */
export function toOrientationInput(values: OrientationFormValues, personId: string | null) {
  const text = (value: string) => (value.trim() ? value.trim() : null);
  return {
    prescriberOrganisationId: values.prescriberId,
    reason: values.reason.trim(),
    ...(personId
      ? { personId }
      : {
          person: {
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            birthDate: values.birthDate,
            phone: text(values.phone),
            email: text(values.email),
          },
        }),
  };
}
