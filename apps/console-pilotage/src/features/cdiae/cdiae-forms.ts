// The checks of the CDIAE's forms before they are sent (issue 18 §5); the rules (a day not to come, not before the
// accord, one presentation a session day, a défavorable avis with its reason) are the API's (@navette/domain cdiae.ts).
import { dateFieldError, type FieldErrors } from '@navette/ui';

export type PresentationField = 'presentedOn' | 'note';
export interface PresentationDraft {
  presentedOn: string;
  note: string;
}
export const emptyPresentation: PresentationDraft = { presentedOn: '', note: '' };

export function validatePresentation(draft: PresentationDraft, badInput = false): FieldErrors<PresentationField> {
  const errors: FieldErrors<PresentationField> = {};
  const presentedOn = dateFieldError(draft.presentedOn, { label: 'La date de la séance', required: true, badInput });
  if (presentedOn) errors.presentedOn = presentedOn;
  return errors;
}

export type AvisField = 'favorable' | 'reason';
export interface AvisDraft {
  /** 'FAVORABLE', 'DEFAVORABLE', or '' before a choice. */
  favorable: string;
  reason: string;
}
export const emptyAvis: AvisDraft = { favorable: '', reason: '' };

export const avisMessages = {
  choose: 'Choisissez un avis favorable ou défavorable.',
  reasonMissing: 'Un avis défavorable doit être motivé : indiquez la raison.',
};

export function validateAvis(draft: AvisDraft): FieldErrors<AvisField> {
  const errors: FieldErrors<AvisField> = {};
  if (draft.favorable !== 'FAVORABLE' && draft.favorable !== 'DEFAVORABLE') errors.favorable = avisMessages.choose;
  else if (draft.favorable === 'DEFAVORABLE' && draft.reason.trim() === '') errors.reason = avisMessages.reasonMissing;
  return errors;
}
