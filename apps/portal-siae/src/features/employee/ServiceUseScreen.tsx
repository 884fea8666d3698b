import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { employmentServiceKindLabel, formatShortDate, Loading } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  EmployeeAgencyServicesDocument,
  RecordServiceUseDocument,
  type EmployeeDetailFragment,
} from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { emptyServiceUse, toServiceUseInput, validateServiceUse, type ServiceUseField } from './activity-forms.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import { refetchActivities } from './refetch-activities.ts';

const t = copy.serviceUseForm;
const fieldIds: Record<ServiceUseField, string> = { serviceId: 'prestation-choix-0', usedOn: 'prestation-date' };

/** Records a service of the agence's offer used during the parcours (fiche 5), or an in-work follow-up (fiche 7). */
export function ServiceUseScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <ServiceUseForm approval={approval} />}</EmployeeLoader>;
}

function ServiceUseForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  // The offer of services of the SIAE's agence: the only services the API accepts for this agrément.
  const services = useQuery(EmployeeAgencyServicesDocument, { variables: { id: approval.id }, errorPolicy: 'all' });
  if (services.error) console.error('[navette]', services.error);
  const agency = services.data?.approval?.siae.agency;
  const offer = agency?.employmentServices;
  const form = useForm(emptyServiceUse, validateServiceUse);
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordServiceUseDocument);
  const [apiError, setApiError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toServiceUseInput(approval.id, values) }, ...refetchActivities(approval.id) });
      void navigate(paths.employee(approval.id), { state: flashState(t.recorded) });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <EmployeeFormFrame approval={approval} title={t.title} intro={t.intro}>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      {!services.data && !services.error ? (
        <Loading />
      ) : !offer ? (
        <Alert severity="error" small description={t.servicesUnavailable} role="alert" />
      ) : offer.length === 0 ? (
        <Alert severity="info" small description={t.noServices} />
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={loading}>
          <RadioButtons
            id="prestation-choix"
            name="prestation"
            legend={`${t.service} – ${t.servicesOf(agency.name)}`}
            {...(errors.serviceId ? { state: 'error' as const, stateRelatedMessage: errors.serviceId } : {})}
            options={offer.map((service) => ({
              label: service.title,
              hintText: `${employmentServiceKindLabel(service.kind)} – ${service.description}`,
              nativeInputProps: {
                value: service.id,
                checked: values.serviceId === service.id,
                onChange: () => set('serviceId', service.id),
              },
            }))}
          />
          <Input
            label={t.usedOn}
            hintText={`${copy.forms.dateHint}. ${copy.activities.parcoursHint(formatShortDate(approval.startOn), formatShortDate(approval.endOn))}`}
            {...(errors.usedOn ? { state: 'error' as const, stateRelatedMessage: errors.usedOn } : {})}
            nativeInputProps={{
              id: fieldIds.usedOn,
              name: 'date',
              type: 'date',
              required: true,
              min: approval.startOn,
              max: approval.endOn,
              value: values.usedOn,
              onChange: (e) => set('usedOn', e.target.value),
            }}
          />
          <Checkbox
            id="prestation-suivi"
            legend={`${t.followUp} ${copy.forms.optional}`}
            options={[
              {
                label: t.followUp,
                hintText: t.followUpHint,
                nativeInputProps: {
                  name: 'suivi',
                  checked: values.inWorkFollowUp,
                  onChange: (e) => set('inWorkFollowUp', e.target.checked),
                },
              },
            ]}
          />
          <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
        </form>
      )}
    </EmployeeFormFrame>
  );
}
