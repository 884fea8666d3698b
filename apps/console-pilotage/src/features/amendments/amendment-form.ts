// The form of an avenant: checked for presence and date format before sending; the rules (not in the future, not
// before the signature of the accord, the same avenant recorded twice) are the API's.
import { copy } from '../../copy.ts';
import { dateFieldError, type FieldErrors } from '../../forms/field-errors.ts';

const t = copy.amendments.form;

export interface AmendmentDraft {
  signedOn: string;
  title: string;
  summary: string;
  /** An avenant of prorogation: the accord's new last day (articles 4 and 5); empty otherwise. */
  extendsTermTo?: string;
}

export type AmendmentField = keyof AmendmentDraft;

export const emptyAmendment: AmendmentDraft = { signedOn: '', title: '', summary: '' };

export function validateAmendment(draft: AmendmentDraft, badInput = false): FieldErrors<AmendmentField> {
  const errors: FieldErrors<AmendmentField> = {};
  const signedOn = dateFieldError(draft.signedOn, { label: t.labels.signedOn, required: true, badInput });
  if (signedOn) errors.signedOn = signedOn;
  if (!draft.title.trim()) errors.title = t.required.title;
  if (!draft.summary.trim()) errors.summary = t.required.summary;
  const extendsTermTo = dateFieldError(draft.extendsTermTo ?? '', { label: t.labels.extendsTermTo, required: false });
  if (extendsTermTo) errors.extendsTermTo = extendsTermTo;
  return errors;
}

/** The draft of a recorded avenant, to correct it. */
export function draftFromAmendment(
  amendment: Omit<AmendmentDraft, 'extendsTermTo'> & { extendsTermTo?: string | null },
): AmendmentDraft {
  return {
    signedOn: amendment.signedOn,
    title: amendment.title,
    summary: amendment.summary,
    ...(amendment.extendsTermTo ? { extendsTermTo: amendment.extendsTermTo } : {}),
  };
}

/** The `AmendmentInput` of a checked draft, with the avenant's id when it corrects one. */
export function amendmentInput(draft: AmendmentDraft, id: string | null = null) {
  return {
    ...(id ? { id } : {}),
    signedOn: draft.signedOn.trim(),
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    ...(draft.extendsTermTo?.trim() ? { extendsTermTo: draft.extendsTermTo.trim() } : {}),
  };
}
