import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { formatLongDate } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RequestApprovalChangeDocument, type EmployeeDetailFragment } from '../../generated/graphql.ts';
import { PROLONGATION_REASONS, prolongationReasonLabel } from '../../labels.ts';
import { paths } from '../../paths.ts';
import {
  toProlongationInput,
  validateProlongation,
  type ProlongationField,
  type ProlongationValues,
} from '../approval-requests/request-forms.ts';
import { DocumentsField } from '../approval-documents/DocumentsField.tsx';
import { documentsFieldErrors, toDocumentUploads } from '../approval-documents/document-files.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';

const t = copy.prolongationForm;
const fieldIds: Record<ProlongationField | 'documents', string> = {
  reason: 'prolongation-motif-0',
  endOn: 'prolongation-fin',
  trainingStartOn: 'prolongation-formation-debut',
  trainingEndOn: 'prolongation-formation-fin',
  documents: 'prolongation-pieces',
};

/** Demande de prolongation of an agrément (annexe 4 §2.2.6). */
export function ProlongationScreen() {
  return (
    <EmployeeLoader title={() => t.title}>{(approval) => <ProlongationForm approval={approval} />}</EmployeeLoader>
  );
}

const empty: ProlongationValues & { documents: File[] } = {
  reason: '',
  endOn: '',
  trainingStartOn: '',
  trainingEndOn: '',
  documents: [],
};

function ProlongationForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm(empty, (values) => ({
    ...validateProlongation(values),
    ...documentsFieldErrors(values.documents),
  }));
  const { values, set, errors } = form;
  const [request, { loading }] = useMutation(RequestApprovalChangeDocument);
  const [reading, setReading] = useState(false);
  const [apiError, setApiError] = useState<unknown>(null);
  const busy = loading || reading;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    try {
      setReading(true);
      const documents = await toDocumentUploads(values.documents).finally(() => setReading(false));
      const input = { ...toProlongationInput(approval.id, values), ...(documents.length > 0 ? { documents } : {}) };
      const { data } = await request({ variables: { input } });
      if (!data?.requestApproval) throw new Error('requestApproval returned no request');
      void navigate(paths.employee(approval.id), {
        state: flashState(t.sent(formatLongDate(data.requestApproval.deadline))),
      });
    } catch (failure) {
      setApiError(failure);
    }
  }

  const dateInput = (field: 'endOn' | 'trainingStartOn' | 'trainingEndOn', label: string) => (
    <Input
      label={label}
      hintText={copy.forms.dateHint}
      {...(errors[field] ? { state: 'error' as const, stateRelatedMessage: errors[field] } : {})}
      nativeInputProps={{
        id: fieldIds[field],
        name: fieldIds[field],
        type: 'date',
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
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy}>
        <RadioButtons
          id="prolongation-motif"
          name="motif"
          legend={t.reason}
          {...(errors.reason ? { state: 'error' as const, stateRelatedMessage: errors.reason } : {})}
          options={PROLONGATION_REASONS.map((reason) => ({
            label: prolongationReasonLabel(reason),
            nativeInputProps: {
              value: reason,
              checked: values.reason === reason,
              onChange: () => set('reason', reason),
            },
          }))}
        />
        {values.reason === 'TRAINING' && (
          <fieldset className="fr-fieldset" aria-labelledby="prolongation-formation">
            <legend id="prolongation-formation" className="fr-fieldset__legend">
              {t.trainingLegend}
            </legend>
            <div className="fr-fieldset__element">{dateInput('trainingStartOn', t.trainingStartOn)}</div>
            <div className="fr-fieldset__element">{dateInput('trainingEndOn', t.trainingEndOn)}</div>
          </fieldset>
        )}
        {dateInput('endOn', t.endOn)}
        <DocumentsField
          id={fieldIds.documents}
          files={values.documents}
          onChange={(files) => set('documents', files)}
          error={errors.documents}
          optional
          disabled={busy}
        />
        <FormButtons
          approvalId={approval.id}
          submit={t.submit}
          loading={busy}
          busyLabel={reading ? copy.documents.reading : undefined}
        />
      </form>
    </EmployeeFormFrame>
  );
}
