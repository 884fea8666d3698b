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
import { RecordImmersionDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { emptyImmersion, toImmersionInput, validateImmersion, type ImmersionField } from './activity-forms.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import { PeriodFieldset } from './PeriodFieldset.tsx';
import { refetchActivities } from './refetch-activities.ts';

const t = copy.immersionForm;
const fieldIds: Record<ImmersionField, string> = {
  hostCompany: 'pmsmp-entreprise',
  objective: 'pmsmp-objectif',
  startOn: 'pmsmp-debut',
  endOn: 'pmsmp-fin',
};

/** Records a PMSMP (immersion) during the parcours (fiche 5). */
export function ImmersionScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <ImmersionForm approval={approval} />}</EmployeeLoader>;
}

function ImmersionForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm(emptyImmersion, validateImmersion);
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordImmersionDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toImmersionInput(approval.id, values) }, ...refetchActivities(approval.id) });
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
          label={t.hostCompany}
          {...(errors.hostCompany ? { state: 'error' as const, stateRelatedMessage: errors.hostCompany } : {})}
          nativeInputProps={{
            id: fieldIds.hostCompany,
            name: 'entreprise',
            required: true,
            autoComplete: 'organisation',
            value: values.hostCompany,
            onChange: (e) => set('hostCompany', e.target.value),
          }}
        />
        <Input
          label={t.objective}
          hintText={t.objectiveHint}
          textArea
          {...(errors.objective ? { state: 'error' as const, stateRelatedMessage: errors.objective } : {})}
          nativeTextAreaProps={{
            id: fieldIds.objective,
            name: 'objectif',
            rows: 3,
            required: true,
            value: values.objective,
            onChange: (e) => set('objective', e.target.value),
          }}
        />
        <PeriodFieldset
          id="pmsmp-dates"
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
