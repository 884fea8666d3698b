import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import type { Notice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import { ApprovalRefusalReasonsDocument, DecideApprovalRequestDocument } from '../../generated/graphql.ts';
import {
  checkDecision,
  emptyDecisionDraft,
  type DecisionDraft,
  type DecisionField,
  type FieldErrors,
} from './decision-drafts.ts';
import { evictRequestLists } from './evict-request-lists.ts';

const t = copy.request.decision;

const fieldIds: Record<DecisionField, string> = {
  decision: 'decision-0',
  reason: 'decision-motif',
  comment: 'decision-commentaire',
};

/**
 * Grant, or refuse with a reason from the shared list and an explanation (accord, annexe 4 §2.2.3). What the
 * agent typed stays in the form when the API refuses it; the API's French message goes to `onNotice`.
 */
export function DecisionForm({
  requestId,
  onNotice,
  onStale,
}: {
  requestId: string;
  onNotice: (notice: Omit<Notice, 'id'> | null) => void;
  /** The request changed elsewhere (decided by another agent, or gone): reload it. */
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<DecisionDraft>(emptyDecisionDraft);
  const [errors, setErrors] = useState<FieldErrors<DecisionField>>({});
  const [attempt, setAttempt] = useState(0);
  const reasons = useQuery(ApprovalRefusalReasonsDocument);
  const [decide, { loading }] = useMutation(DecideApprovalRequestDocument);
  if (reasons.error) console.error('[navette]', reasons.error);

  const update = (change: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkDecision(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onNotice(null);
    try {
      const { data } = await decide({
        variables: { id: requestId, ...checked.variables },
        update: evictRequestLists,
      });
      const statusLabel = data?.decideApprovalRequest.statusLabel;
      onNotice({
        severity: 'success',
        title: t.savedTitle,
        description: statusLabel ? t.saved(statusLabel) : t.savedTitle,
      });
    } catch (error) {
      console.error('[navette] decideApprovalRequest', error);
      const failure = mutationFailureOf(error, t.failed);
      const stale = failure.code === 'CONFLICT' || failure.code === 'NOT_FOUND';
      onNotice({
        severity: 'error',
        title: t.failedTitle,
        description: stale ? `${failure.message} ${t.conflictReloaded}` : failure.message,
      });
      if (stale) onStale();
    }
  }

  const refusing = draft.decision === 'REFUSE';
  return (
    <>
      <ErrorSummary title={t.summaryTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <p className="fr-text--sm">{t.required}</p>
        <RadioButtons
          id="decision"
          name="decision"
          legend={t.legend}
          state={errors.decision ? 'error' : 'default'}
          stateRelatedMessage={errors.decision}
          options={[
            {
              label: t.grant,
              hintText: t.grantHint,
              nativeInputProps: {
                value: 'GRANT',
                checked: draft.decision === 'GRANT',
                onChange: () => update({ decision: 'GRANT' }),
              },
            },
            {
              label: t.refuse,
              hintText: t.refuseHint,
              nativeInputProps: {
                value: 'REFUSE',
                checked: refusing,
                onChange: () => update({ decision: 'REFUSE' }),
              },
            },
          ]}
        />
        {refusing && (
          <Select
            label={t.reason}
            state={errors.reason ? 'error' : reasons.error ? 'info' : 'default'}
            stateRelatedMessage={errors.reason ?? (reasons.error ? t.reasonsUnavailable : undefined)}
            nativeSelectProps={{
              id: fieldIds.reason,
              name: 'motif',
              required: true,
              value: draft.reason,
              onChange: (event) => update({ reason: event.target.value }),
            }}
          >
            <option value="" disabled>
              {t.chooseReason}
            </option>
            {reasons.data?.approvalRefusalReasons.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {reason.label}
              </option>
            ))}
          </Select>
        )}
        <Input
          textArea
          label={refusing ? t.comment : t.commentOptional}
          hintText={t.commentHint}
          state={errors.comment ? 'error' : 'default'}
          stateRelatedMessage={errors.comment}
          nativeTextAreaProps={{
            id: fieldIds.comment,
            name: 'commentaire',
            rows: 4,
            required: refusing,
            value: draft.comment,
            onChange: (event) => update({ comment: event.target.value }),
          }}
        />
        <Button type="submit" disabled={loading}>
          {loading ? t.submitting : t.submit}
        </Button>
      </form>
    </>
  );
}
