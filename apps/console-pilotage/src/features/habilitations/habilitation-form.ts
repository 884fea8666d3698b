// The checks of the habilitation forms before they are sent (the API applies the rules of @navette/domain).
import { dateFieldError, type FieldErrors } from '@navette/ui';

export type DecisionKind = 'GRANT' | 'RENEWAL' | 'WITHDRAWAL';
export type DecisionField = 'startOn' | 'endOn' | 'reason';
export interface DecisionDraft {
  startOn: string;
  endOn: string;
  reason: string;
}

export const emptyDecision: DecisionDraft = { startOn: '', endOn: '', reason: '' };

export const decisionMessages = {
  reasonMissing: 'Motivez le retrait de l’habilitation.',
  endBeforeStart: 'Le dernier jour doit être après le premier.',
};

export function validateDecision(
  kind: DecisionKind,
  draft: DecisionDraft,
  badInput: { startOn: boolean; endOn: boolean } = { startOn: false, endOn: false },
): FieldErrors<DecisionField> {
  const errors: FieldErrors<DecisionField> = {};
  if (kind === 'WITHDRAWAL') {
    if (draft.reason.trim() === '') errors.reason = decisionMessages.reasonMissing;
    return errors;
  }
  const start = dateFieldError(draft.startOn, { label: 'Le premier jour', required: true, badInput: badInput.startOn });
  const end = dateFieldError(draft.endOn, { label: 'Le dernier jour', required: true, badInput: badInput.endOn });
  if (start) errors.startOn = start;
  if (end) errors.endOn = end;
  if (!start && !end && draft.endOn < draft.startOn) errors.endOn = decisionMessages.endBeforeStart;
  return errors;
}
