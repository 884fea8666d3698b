import { useMutation } from '@apollo/client/react';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
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
import { paths } from '../../paths.ts';
import { DocumentsField } from '../approval-documents/DocumentsField.tsx';
import { documentsFieldErrors, toDocumentUploads } from '../approval-documents/document-files.ts';
import { toRenewalInput, validateRenewal, type RenewalField } from '../approval-requests/request-forms.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';

const t = copy.renewalForm;
const fieldIds: Record<RenewalField | 'documents', string> = {
  contractStartOn: 'renouvellement-debut',
  contractEndOn: 'renouvellement-fin',
  // The DSFR checkbox group names its boxes `${id}-${index}` and ties each label to that id: an id of our own on the
  // input would leave the label pointing at nothing (a click on it would not tick the box, and the box no name).
  jointAssessmentDone: 'renouvellement-bilan-0',
  documents: 'renouvellement-pieces',
};

/** Demande de renouvellement of an agrément (annexe 4 §2.2.7): a new agrément once every contract has ended. */
export function RenewalScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <RenewalForm approval={approval} />}</EmployeeLoader>;
}

function RenewalForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm(
    { contractStartOn: '', contractEndOn: '', jointAssessmentDone: false, documents: [] as File[] },
    (values) => ({ ...validateRenewal(values), ...documentsFieldErrors(values.documents) }),
  );
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
      const input = { ...toRenewalInput(approval.id, values), ...(documents.length > 0 ? { documents } : {}) };
      const { data } = await request({ variables: { input } });
      if (!data?.requestApproval) throw new Error('requestApproval returned no request');
      void navigate(paths.employee(approval.id), {
        state: flashState(t.sent(formatLongDate(data.requestApproval.deadline))),
      });
    } catch (failure) {
      // The API's French refusal (a contract still running…) next to the form, what was typed kept.
      setApiError(failure);
    }
  }

  return (
    <EmployeeFormFrame approval={approval} title={t.title} intro={t.intro}>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy}>
        <Input
          label={t.contractStartOn}
          hintText={copy.forms.dateHint}
          {...(errors.contractStartOn ? { state: 'error' as const, stateRelatedMessage: errors.contractStartOn } : {})}
          nativeInputProps={{
            id: fieldIds.contractStartOn,
            name: fieldIds.contractStartOn,
            type: 'date',
            required: true,
            value: values.contractStartOn,
            onChange: (e) => set('contractStartOn', e.target.value),
          }}
        />
        <Input
          label={`${t.contractEndOn} ${copy.forms.optional}`}
          hintText={copy.forms.dateHint}
          {...(errors.contractEndOn ? { state: 'error' as const, stateRelatedMessage: errors.contractEndOn } : {})}
          nativeInputProps={{
            id: fieldIds.contractEndOn,
            name: fieldIds.contractEndOn,
            type: 'date',
            value: values.contractEndOn,
            onChange: (e) => set('contractEndOn', e.target.value),
          }}
        />
        <Checkbox
          id="renouvellement-bilan"
          legend={t.jointAssessmentLegend}
          {...(errors.jointAssessmentDone
            ? { state: 'error' as const, stateRelatedMessage: errors.jointAssessmentDone }
            : {})}
          options={[
            {
              label: t.jointAssessmentDone,
              hintText: t.jointAssessmentHint,
              nativeInputProps: {
                name: 'renouvellement-bilan',
                checked: values.jointAssessmentDone,
                onChange: (e) => set('jointAssessmentDone', e.target.checked),
              },
            },
          ]}
        />
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
