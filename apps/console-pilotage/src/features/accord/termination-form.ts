// The form of a résiliation request: a signatory and the failings invoked, checked for presence before sending. No
// date: the server records the day of receipt (article 6's notice runs from it). The rules are the API's.
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';

const t = copy.accord.form;

export interface TerminationDraft {
  signatoryId: string;
  reason: string;
}

export type TerminationField = keyof TerminationDraft;

export const emptyTermination: TerminationDraft = { signatoryId: '', reason: '' };

export function validateTermination(draft: TerminationDraft): FieldErrors<TerminationField> {
  const errors: FieldErrors<TerminationField> = {};
  if (!draft.signatoryId) errors.signatoryId = t.required.signatoryId;
  if (!draft.reason.trim()) errors.reason = t.required.reason;
  return errors;
}

export function terminationInput(draft: TerminationDraft) {
  return { signatoryId: draft.signatoryId, reason: draft.reason.trim() };
}
