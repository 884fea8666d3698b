import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordTrainingDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { isTrainingKind, TRAINING_KINDS, trainingKindLabel } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { emptyTraining, toTrainingInput, validateTraining, type TrainingField } from './activity-forms.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import { PeriodFieldset } from './PeriodFieldset.tsx';
import { refetchActivities } from './refetch-activities.ts';

const t = copy.trainingForm;
const fieldIds: Record<TrainingField, string> = {
  kind: 'formation-type',
  title: 'formation-intitule',
  organisation: 'formation-organisme',
  hours: 'formation-heures',
  startOn: 'formation-debut',
  endOn: 'formation-fin',
};

/** Records a training during the parcours (fiche 6): its hours count in the agrément's total. */
export function TrainingScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <TrainingForm approval={approval} />}</EmployeeLoader>;
}

function TrainingForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm(emptyTraining, validateTraining);
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordTrainingDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const errorState = (field: TrainingField) =>
    errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toTrainingInput(approval.id, values) }, ...refetchActivities(approval.id) });
      void navigate(paths.employee(approval.id), { state: flashState(t.recorded) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  const textField = (field: 'title' | 'organisation', label: string, name: string) => (
    <Input
      label={label}
      {...errorState(field)}
      nativeInputProps={{
        id: fieldIds[field],
        name,
        required: true,
        value: values[field],
        onChange: (e) => set(field, e.target.value),
      }}
    />
  );
  return (
    <EmployeeFormFrame approval={approval} title={t.title} intro={t.intro}>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
        <Select
          label={t.kind}
          {...errorState('kind')}
          nativeSelectProps={{
            id: fieldIds.kind,
            name: 'type',
            required: true,
            value: values.kind,
            onChange: (e) => set('kind', isTrainingKind(e.target.value) ? e.target.value : ''),
          }}
        >
          <option value="" disabled>
            {t.kindPlaceholder}
          </option>
          {TRAINING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {trainingKindLabel(kind)}
            </option>
          ))}
        </Select>
        {textField('title', t.trainingTitle, 'intitule')}
        {textField('organisation', t.organisation, 'organisme')}
        <Input
          label={t.hours}
          {...errorState('hours')}
          nativeInputProps={{
            id: fieldIds.hours,
            name: 'heures',
            type: 'number',
            inputMode: 'numeric',
            min: 1,
            step: 1,
            required: true,
            value: values.hours,
            onChange: (e) => set('hours', e.target.value),
          }}
        />
        <PeriodFieldset
          id="formation-dates"
          legend={t.datesLegend}
          approval={approval}
          fields={[
            {
              id: fieldIds.startOn,
              name: 'debut',
              label: t.startOn,
              value: values.startOn,
              error: errors.startOn,
              onChange: (v) => set('startOn', v),
            },
            {
              id: fieldIds.endOn,
              name: 'fin',
              label: t.endOn,
              value: values.endOn,
              error: errors.endOn,
              onChange: (v) => set('endOn', v),
            },
          ]}
        />
        <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
      </form>
    </EmployeeFormFrame>
  );
}
