import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { EXIT_OUTCOME_LABELS } from '@navette/domain';
import { todayInFrance } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordExitDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { EXIT_OUTCOMES } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import { toExitInput, validateExit, type ExitField, type ExitValues } from './parcours-forms.ts';

const t = copy.exitForm;
const fieldIds: Record<ExitField, string> = {
  exitOn: 'sortie-date',
  outcome: 'sortie-situation-0',
  skills: 'sortie-competences',
};

/** Records the exit and the skills of the document de compétences (fiche 7). */
export function ExitScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <ExitForm approval={approval} />}</EmployeeLoader>;
}

const empty: ExitValues = { exitOn: '', outcome: '', skills: '', comment: '' };

function ExitForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const today = todayInFrance();
  // The domain's check (fiche 7): not in the future, not before the parcours began, not without a contract.
  const contracts = approval.contracts.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn ?? null }));
  const form = useForm(empty, (values) => validateExit(values, { today, contracts }));
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordExitDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toExitInput(approval.id, values) } });
      void navigate(paths.employee(approval.id), { state: flashState(t.recorded) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <EmployeeFormFrame approval={approval} title={t.title} intro={t.intro}>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Input
          label={t.exitOn}
          hintText={copy.forms.dateHint}
          {...(errors.exitOn ? { state: 'error' as const, stateRelatedMessage: errors.exitOn } : {})}
          nativeInputProps={{
            id: fieldIds.exitOn,
            name: 'date',
            type: 'date',
            required: true,
            value: values.exitOn,
            onChange: (e) => set('exitOn', e.target.value),
          }}
        />
        <RadioButtons
          id="sortie-situation"
          name="situation"
          legend={t.outcome}
          {...(errors.outcome ? { state: 'error' as const, stateRelatedMessage: errors.outcome } : {})}
          options={EXIT_OUTCOMES.map((outcome) => ({
            label: EXIT_OUTCOME_LABELS[outcome].label,
            hintText: EXIT_OUTCOME_LABELS[outcome].description,
            nativeInputProps: {
              value: outcome,
              checked: values.outcome === outcome,
              onChange: () => set('outcome', outcome),
            },
          }))}
        />
        <Input
          label={t.skills}
          hintText={t.skillsHint}
          textArea
          {...(errors.skills ? { state: 'error' as const, stateRelatedMessage: errors.skills } : {})}
          nativeTextAreaProps={{
            id: fieldIds.skills,
            name: 'competences',
            rows: 6,
            required: true,
            value: values.skills,
            onChange: (e) => set('skills', e.target.value),
          }}
        />
        <Input
          label={`${t.comment} ${copy.forms.optional}`}
          textArea
          nativeTextAreaProps={{
            id: 'sortie-commentaire',
            name: 'commentaire',
            rows: 3,
            value: values.comment,
            onChange: (e) => set('comment', e.target.value),
          }}
        />
        <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
      </form>
    </EmployeeFormFrame>
  );
}
