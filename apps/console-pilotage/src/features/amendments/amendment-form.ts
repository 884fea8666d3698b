// The form of an avenant: checked for presence and date format before sending; the rules (not in the future, not
// before the signature of the accord, the same avenant recorded twice) are the API's.
import { copy } from '../../copy.ts';
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';

const t = copy.amendments.form;

export interface AmendmentDraft {
  signedOn: string;
  title: string;
  summary: string;
}

export type AmendmentField = keyof AmendmentDraft;

export const emptyAmendment: AmendmentDraft = { signedOn: '', title: '', summary: '' };

export function validateAmendment(draft: AmendmentDraft, badInput = false): FieldErrors<AmendmentField> {
  const errors: FieldErrors<AmendmentField> = {};
  const signedOn = dateFieldError(draft.signedOn, { label: t.labels.signedOn, required: true, badInput });
  if (signedOn) errors.signedOn = signedOn;
  if (!draft.title.trim()) errors.title = t.required.title;
  if (!draft.summary.trim()) errors.summary = t.required.summary;
  return errors;
}

export function amendmentInput(draft: AmendmentDraft) {
  return { signedOn: draft.signedOn.trim(), title: draft.title.trim(), summary: draft.summary.trim() };
}
