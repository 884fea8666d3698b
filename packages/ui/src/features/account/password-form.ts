// The checks of the change-of-password form before it is sent (the API applies the password policy of @navette/auth).
import type { FieldErrors } from '../../forms/field-errors.ts';

export type PasswordField = 'current' | 'next' | 'confirmation';
export interface PasswordDraft {
  current: string;
  next: string;
  confirmation: string;
}

export const emptyPasswordDraft: PasswordDraft = { current: '', next: '', confirmation: '' };

export const passwordMessages = {
  currentMissing: 'Saisissez votre mot de passe actuel.',
  nextMissing: 'Saisissez le nouveau mot de passe.',
  confirmationMismatch: 'La confirmation ne correspond pas au nouveau mot de passe.',
};

export function checkPasswordDraft(draft: PasswordDraft): FieldErrors<PasswordField> {
  const errors: FieldErrors<PasswordField> = {};
  if (draft.current === '') errors.current = passwordMessages.currentMissing;
  if (draft.next === '') errors.next = passwordMessages.nextMissing;
  else if (draft.confirmation !== draft.next) errors.confirmation = passwordMessages.confirmationMismatch;
  return errors;
}
