import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RecordContractDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { CONTRACT_KINDS_BY_SIAE_KIND } from '@navette/domain';
import { AI_SECTORS, aiSectorLabel, contractKindLabel, isContractKind } from '../../labels.ts';
import { paths } from '../../paths.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';
import {
  isMiseADisposition,
  toContractInput,
  validateContract,
  type ContractField,
  type ContractValues,
} from './parcours-forms.ts';

const t = copy.contractForm;
const fieldIds: Record<ContractField, string> = {
  kind: 'contrat-type',
  startOn: 'contrat-debut',
  endOn: 'contrat-fin',
  aiSector: 'contrat-secteur-0',
  aiHours: 'contrat-heures',
};

/** Records a contract or an AI mise à disposition under the agrément; the first one starts the agrément. */
export function ContractScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <ContractForm approval={approval} />}</EmployeeLoader>;
}

const empty: ContractValues = { kind: '', startOn: '', endOn: '', aiSector: '', aiHours: '' };

function ContractForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm(empty, (values: ContractValues) => validateContract(values));
  const { values, set, errors } = form;
  const [record, { loading }] = useMutation(RecordContractDocument);
  const [apiError, setApiError] = useState<unknown>(null);
  const errorState = (field: ContractField) =>
    errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      await record({ variables: { input: toContractInput(approval.id, values) } });
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
        <Select
          label={t.kind}
          {...errorState('kind')}
          nativeSelectProps={{
            id: fieldIds.kind,
            name: 'type',
            required: true,
            value: values.kind,
            onChange: (e) => set('kind', isContractKind(e.target.value) ? e.target.value : ''),
          }}
        >
          <option value="" disabled>
            {t.kindPlaceholder}
          </option>
          {/* Only the kinds the SIAE's kind may sign (annexe 4, domain CONTRACT_KINDS_BY_SIAE_KIND): the API refuses the others. */}
          {CONTRACT_KINDS_BY_SIAE_KIND[approval.siae.kind].map((kind) => (
            <option key={kind} value={kind}>
              {contractKindLabel(kind)}
            </option>
          ))}
        </Select>
        <Input
          label={t.startOn}
          hintText={copy.forms.dateHint}
          {...errorState('startOn')}
          nativeInputProps={{
            id: fieldIds.startOn,
            name: 'debut',
            type: 'date',
            required: true,
            value: values.startOn,
            onChange: (e) => set('startOn', e.target.value),
          }}
        />
        <Input
          label={`${t.endOn} ${copy.forms.optional}`}
          hintText={`${copy.forms.dateHint}. ${t.endOnHint}`}
          {...errorState('endOn')}
          nativeInputProps={{
            id: fieldIds.endOn,
            name: 'fin',
            type: 'date',
            value: values.endOn,
            onChange: (e) => set('endOn', e.target.value),
          }}
        />
        {isMiseADisposition(values.kind) && (
          <fieldset className="fr-fieldset" aria-labelledby="contrat-mad">
            <legend id="contrat-mad" className="fr-fieldset__legend">
              {t.aiLegend}
            </legend>
            <div className="fr-fieldset__element">
              <RadioButtons
                id="contrat-secteur"
                name="secteur"
                legend={t.aiSector}
                {...errorState('aiSector')}
                options={AI_SECTORS.map((sector) => ({
                  label: aiSectorLabel(sector),
                  nativeInputProps: {
                    value: sector,
                    checked: values.aiSector === sector,
                    onChange: () => set('aiSector', sector),
                  },
                }))}
              />
            </div>
            <div className="fr-fieldset__element">
              <Input
                label={t.aiHours}
                hintText={t.aiHoursHint}
                {...errorState('aiHours')}
                nativeInputProps={{
                  id: fieldIds.aiHours,
                  name: 'heures',
                  type: 'number',
                  inputMode: 'numeric',
                  min: 1,
                  step: 1,
                  value: values.aiHours,
                  onChange: (e) => set('aiHours', e.target.value),
                }}
              />
            </div>
          </fieldset>
        )}
        <FormButtons approvalId={approval.id} submit={t.submit} loading={loading} />
      </form>
    </EmployeeFormFrame>
  );
}
