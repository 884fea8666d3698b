// The form of an inscription à Pôle emploi (accord, fiches 5 and 7): registered or not and, when registered, the day of
// the registration. The rules on that day are the domain's (validateRegistration); the API checks them again.
import { validateRegistration, type RegistrationCheckpoint, type RegistrationRecorder } from '@navette/domain';
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';

export type RegistrationField = 'registered' | 'registeredOn';
export interface RegistrationValues {
  registered: '' | 'yes' | 'no';
  registeredOn: string;
}
export const emptyRegistration: RegistrationValues = { registered: '', registeredOn: '' };

export interface RegistrationContext {
  checkpoint: RegistrationCheckpoint;
  recorder: RegistrationRecorder;
  today: string;
  birthDate: string | null;
  approvalEndOn: string;
}

export const REGISTERED_ON_LABEL = 'Date d’inscription';

export function validateRegistrationForm(
  values: RegistrationValues,
  context: RegistrationContext,
): FieldErrors<RegistrationField> {
  if (!values.registered) return { registered: 'Indiquez si la personne est inscrite à Pôle emploi.' };
  if (values.registered === 'no') return {};
  const dateError = dateFieldError(values.registeredOn, { label: REGISTERED_ON_LABEL, required: true });
  if (dateError) return { registeredOn: dateError };
  if (!context.birthDate) return {};
  const check = validateRegistration({
    ...context,
    birthDate: context.birthDate,
    registered: true,
    registeredOn: values.registeredOn,
  });
  return !check.ok && check.code.startsWith('REGISTRATION_DATE') ? { registeredOn: check.message } : {};
}

/** What the mutation takes besides the agrément and the checkpoint. */
export function toRegistrationInput(values: RegistrationValues): { registered: boolean; registeredOn: string | null } {
  const registered = values.registered === 'yes';
  return { registered, registeredOn: registered ? values.registeredOn : null };
}
