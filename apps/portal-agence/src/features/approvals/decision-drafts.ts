// What the agent typed in the decision forms, checked before anything is sent. The API checks again and has the
// last word (its French message is shown as is); these checks only spare a round trip for an empty field.

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface DecisionDraft {
  decision: '' | 'GRANT' | 'REFUSE';
  reason: string;
  comment: string;
}

export type DecisionField = keyof DecisionDraft;

export const emptyDecisionDraft: DecisionDraft = { decision: '', reason: '', comment: '' };

export type DecisionVariables =
  { decision: 'GRANT'; reason: null; comment: string | null } | { decision: 'REFUSE'; reason: string; comment: string };

/**
 * A refusal always has a reason from the shared list and a written explanation (accord, annexe 4 §2.2.3:
 * "refus motivé"); a grant needs neither, its comment is optional.
 */
export function checkDecision(
  draft: DecisionDraft,
): { ok: true; variables: DecisionVariables } | { ok: false; errors: FieldErrors<DecisionField> } {
  const comment = draft.comment.trim();
  if (draft.decision === 'GRANT')
    return { ok: true, variables: { decision: 'GRANT', reason: null, comment: comment || null } };
  if (draft.decision === 'REFUSE') {
    const errors: FieldErrors<DecisionField> = {};
    if (!draft.reason) errors.reason = 'Choisissez le motif du refus.';
    if (!comment) errors.comment = 'Expliquez le refus : ce commentaire est transmis à la SIAE avec le motif.';
    return Object.keys(errors).length > 0
      ? { ok: false, errors }
      : { ok: true, variables: { decision: 'REFUSE', reason: draft.reason, comment } };
  }
  return { ok: false, errors: { decision: 'Indiquez si vous accordez ou refusez l’agrément.' } };
}

export interface AppealDraft {
  outcome: '' | 'UPHOLD' | 'DISMISS';
  comment: string;
}

export type AppealField = keyof AppealDraft;

export const emptyAppealDraft: AppealDraft = { outcome: '', comment: '' };

export function checkAppeal(
  draft: AppealDraft,
):
  | { ok: true; variables: { upheld: boolean; comment: string | null } }
  | { ok: false; errors: FieldErrors<AppealField> } {
  if (draft.outcome === '')
    return { ok: false, errors: { outcome: 'Indiquez la réponse de la direction au recours.' } };
  const comment = draft.comment.trim();
  // Dismissing keeps the refusal: the SIAE is told why, as for the refusal itself (accord, annexe 4 §2.2.3).
  if (draft.outcome === 'DISMISS' && !comment)
    return { ok: false, errors: { comment: 'Expliquez le rejet du recours : ce commentaire est transmis à la SIAE.' } };
  return { ok: true, variables: { upheld: draft.outcome === 'UPHOLD', comment: comment || null } };
}
