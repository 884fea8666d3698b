import { useMutation } from '@apollo/client/react';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { todayInFrance } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordExitInterviewDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import { toExitInterviewInput, validateInterview, type InterviewField } from './parcours-forms.ts';

const t = copy.interviewForm;
const fieldIds: Record<InterviewField, string> = { heldOn: 'entretien-date', assessment: 'entretien-bilan' };

/** Records the tripartite interview and to whom its bilan goes (fiche 7). */
export function InterviewScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <InterviewForm approval={approval} />}</EmployeeLoader>;
}

function InterviewForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const today = todayInFrance();
  // The domain's check (fiche 7): held, during a contract, 2 to 3 months before the end it prepares, once.
  const parcours = {
    contracts: approval.contracts.map((c) => ({ startOn: c.startOn, endOn: c.endedOn ?? c.endOn ?? null })),
    approvalEndOn: approval.endOn,
    interviewsHeldOn: approval.exitInterview ? [approval.exitInterview.heldOn] : [],
  };
  const form = useForm({ heldOn: today, assessment: '', sendToReferent: true, sendToPrescriber: true }, (values) =>
    validateInterview(values, today, parcours),
  );
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordExitInterviewDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toExitInterviewInput(approval.id, values) } });
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
          label={t.heldOn}
          hintText={copy.forms.dateHint}
          {...(errors.heldOn ? { state: 'error' as const, stateRelatedMessage: errors.heldOn } : {})}
          nativeInputProps={{
            id: fieldIds.heldOn,
            name: 'date',
            type: 'date',
            required: true,
            max: today,
            value: values.heldOn,
            onChange: (e) => set('heldOn', e.target.value),
          }}
        />
        <Input
          label={t.assessment}
          hintText={t.assessmentHint}
          textArea
          {...(errors.assessment ? { state: 'error' as const, stateRelatedMessage: errors.assessment } : {})}
          nativeTextAreaProps={{
            id: fieldIds.assessment,
            name: 'bilan',
            rows: 6,
            required: true,
            value: values.assessment,
            onChange: (e) => set('assessment', e.target.value),
          }}
        />
        <Checkbox
          id="entretien-transmission"
          legend={`${t.sendLegend} ${copy.forms.optional}`}
          options={[
            {
              label: t.sendToReferent,
              nativeInputProps: {
                name: 'referent',
                checked: values.sendToReferent,
                onChange: (e) => set('sendToReferent', e.target.checked),
              },
            },
            {
              label: t.sendToPrescriber,
              nativeInputProps: {
                name: 'prescripteur',
                checked: values.sendToPrescriber,
                onChange: (e) => set('sendToPrescriber', e.target.checked),
              },
            },
          ]}
        />
        <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
      </form>
    </EmployeeFormFrame>
  );
}
