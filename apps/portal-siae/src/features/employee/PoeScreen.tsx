import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordPoeDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { emptyPoe, toPoeInput, validatePoe, type PoeField } from './activity-forms.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import { PeriodFieldset } from './PeriodFieldset.tsx';
import { refetchActivities } from './refetch-activities.ts';

const t = copy.poeForm;
const fieldIds: Record<PoeField, string> = {
  employer: 'poe-employeur',
  hours: 'poe-heures',
  startOn: 'poe-debut',
  endOn: 'poe-fin',
};

/** Records a préparation opérationnelle à l'emploi during the parcours (fiche 7). */
export function PoeScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <PoeForm approval={approval} />}</EmployeeLoader>;
}

function PoeForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm(emptyPoe, validatePoe);
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordPoeDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toPoeInput(approval.id, values) }, ...refetchActivities(approval.id) });
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
          label={t.employer}
          {...(errors.employer ? { state: 'error' as const, stateRelatedMessage: errors.employer } : {})}
          nativeInputProps={{
            id: fieldIds.employer,
            name: 'employeur',
            required: true,
            autoComplete: 'organisation',
            value: values.employer,
            onChange: (e) => set('employer', e.target.value),
          }}
        />
        <Input
          label={t.hours}
          {...(errors.hours ? { state: 'error' as const, stateRelatedMessage: errors.hours } : {})}
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
          id="poe-dates"
          legend={t.datesLegend}
          approval={approval}
          fields={[
            {
              id: fieldIds.startOn,
              name: 'debut',
              label: t.startOn,
              value: values.startOn,
              error: errors.startOn,
              onChange: (value) => set('startOn', value),
            },
            {
              id: fieldIds.endOn,
              name: 'fin',
              label: t.endOn,
              value: values.endOn,
              error: errors.endOn,
              onChange: (value) => set('endOn', value),
            },
          ]}
        />
        <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
      </form>
    </EmployeeFormFrame>
  );
}
