import { useMutation } from '@apollo/client/react';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import type { Notice } from '../../forms/FormNotice.tsx';
import { mutationFailureOf } from '../../forms/mutation-error.ts';
import { DecideAppealDocument } from '../../generated/graphql.ts';
import {
  checkAppeal,
  emptyAppealDraft,
  type AppealDraft,
  type AppealField,
  type FieldErrors,
} from './decision-drafts.ts';
import { evictRequestLists } from './evict-request-lists.ts';

const t = copy.request.appeal;

const fieldIds: Record<AppealField, string> = { outcome: 'reponse-recours-0', comment: 'reponse-recours-commentaire' };

/** The agency director's answer to the SIAE's appeal: upheld (the agrément is granted) or dismissed. */
export function AppealForm({
  requestId,
  onNotice,
  onStale,
}: {
  requestId: string;
  onNotice: (notice: Omit<Notice, 'id'> | null) => void;
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<AppealDraft>(emptyAppealDraft);
  const [errors, setErrors] = useState<FieldErrors<AppealField>>({});
  const [attempt, setAttempt] = useState(0);
  const [answer, { loading }] = useMutation(DecideAppealDocument);
  const update = (change: Partial<AppealDraft>) => setDraft((current) => ({ ...current, ...change }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkAppeal(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    onNotice(null);
    try {
      await answer({ variables: { id: requestId, ...checked.variables }, update: evictRequestLists });
      // The request keeps its REFUSED status either way: say what the answer did to the agrément.
      onNotice({
        severity: 'success',
        title: t.savedTitle,
        description: checked.variables.upheld ? t.savedUpheld : t.savedDismissed,
      });
    } catch (error) {
      console.error('[navette] decideAppeal', error);
      const failure = mutationFailureOf(error, t.failed);
      const stale = failure.code === 'CONFLICT' || failure.code === 'NOT_FOUND';
      onNotice({
        severity: 'error',
        title: t.failedTitle,
        description: stale ? `${failure.message} ${copy.request.decision.conflictReloaded}` : failure.message,
      });
      if (stale) onStale();
    }
  }

  return (
    <>
      <ErrorSummary title={copy.request.decision.summaryTitle} errors={errors} fieldIds={fieldIds} attempt={attempt} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <p className="fr-text--sm">{copy.request.decision.required}</p>
        <RadioButtons
          id="reponse-recours"
          name="reponse-recours"
          legend={t.legend}
          state={errors.outcome ? 'error' : 'default'}
          stateRelatedMessage={errors.outcome}
          options={[
            {
              label: t.uphold,
              hintText: t.upholdHint,
              nativeInputProps: {
                value: 'UPHOLD',
                checked: draft.outcome === 'UPHOLD',
                onChange: () => update({ outcome: 'UPHOLD' }),
              },
            },
            {
              label: t.dismiss,
              hintText: t.dismissHint,
              nativeInputProps: {
                value: 'DISMISS',
                checked: draft.outcome === 'DISMISS',
                onChange: () => update({ outcome: 'DISMISS' }),
              },
            },
          ]}
        />
        <Input
          textArea
          label={draft.outcome === 'DISMISS' ? t.dismissComment : t.commentField}
          hintText={t.commentHint}
          state={errors.comment ? 'error' : 'default'}
          stateRelatedMessage={errors.comment}
          nativeTextAreaProps={{
            id: fieldIds.comment,
            name: 'commentaire-recours',
            rows: 4,
            required: draft.outcome === 'DISMISS',
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
