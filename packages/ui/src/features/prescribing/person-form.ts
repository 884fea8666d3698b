// The "Enregistrer une personne" form: what is obviously missing or malformed, and the API input.
import type { FieldErrors } from '../../forms/field-errors.ts';
import { isIsoDate } from '../../format/dates.ts';
import type { PersonInput } from '../../generated/graphql.ts';
import { prescribingCopy } from './copy.ts';

const copy = prescribingCopy();

export interface PersonFormValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  poleEmploiId: string;
  rqth: boolean;
}

export type PersonField = 'firstName' | 'lastName' | 'birthDate' | 'email' | 'phone';

export const emptyPerson: PersonFormValues = {
  firstName: '',
  lastName: '',
  birthDate: '',
  email: '',
  phone: '',
  poleEmploiId: '',
  rqth: false,
};

/** Field ids, in the order of the form (the error summary links to them). */
export const personFieldIds: Readonly<Record<PersonField, string>> = {
  firstName: 'personne-prenom',
  lastName: 'personne-nom',
  birthDate: 'personne-naissance',
  email: 'personne-courriel',
  phone: 'personne-telephone',
};

const e = copy.recordPerson.errors;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validatePerson(values: PersonFormValues, today: string): FieldErrors<PersonField> {
  const errors: FieldErrors<PersonField> = {};
  if (!values.firstName.trim()) errors.firstName = e.firstName;
  if (!values.lastName.trim()) errors.lastName = e.lastName;
  if (!values.birthDate) errors.birthDate = e.birthDate;
  else if (!isIsoDate(values.birthDate)) errors.birthDate = e.birthDateInvalid;
  else if (values.birthDate > today) errors.birthDate = e.birthDateFuture;
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = e.email;
  if (values.phone.trim() && values.phone.replace(/\D/g, '').length < 10) errors.phone = e.phone;
  return errors;
}

/** The mutation's input: trimmed text, optional fields left out rather than sent empty. */
export function toPersonInput(values: PersonFormValues): PersonInput {
  const optional = (value: string) => value.trim() || null;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: values.birthDate,
    email: optional(values.email),
    phone: optional(values.phone.replace(/\s+/g, ' ')),
    poleEmploiId: optional(values.poleEmploiId),
    rqth: values.rqth,
  };
}
