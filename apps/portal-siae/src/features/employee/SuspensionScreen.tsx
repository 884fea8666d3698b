import { useMutation } from '@apollo/client/react';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { SUSPENSION_REASONS } from '@navette/domain';
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
import { toSuspensionInput, validateSuspension, type SuspensionField } from '../approval-requests/request-forms.ts';
import { DocumentsField } from '../approval-documents/DocumentsField.tsx';
import { documentsFieldErrors, toDocumentUploads } from '../approval-documents/document-files.ts';
import { EmployeeFormFrame, EmployeeLoader, FormButtons } from './EmployeeLoader.tsx';

const t = copy.suspensionForm;
const fieldIds: Record<SuspensionField | 'documents', string> = {
  reason: 'suspension-motif',
  startOn: 'suspension-debut',
  endOn: 'suspension-fin',
  documents: 'suspension-pieces',
};

/** Demande de suspension of an agrément (annexe 4 §2.2.4). */
export function SuspensionScreen() {
  return <EmployeeLoader title={() => t.title}>{(approval) => <SuspensionForm approval={approval} />}</EmployeeLoader>;
}

function SuspensionForm({ approval }: { approval: EmployeeDetailFragment }) {
  const navigate = useNavigate();
  const form = useForm({ reason: '', startOn: '', endOn: '', documents: [] as File[] }, (values) => ({
    ...validateSuspension(values),
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
      const input = { ...toSuspensionInput(approval.id, values), ...(documents.length > 0 ? { documents } : {}) };
      const { data } = await request({ variables: { input } });
      if (!data?.requestApproval) throw new Error('requestApproval returned no request');
      void navigate(paths.employee(approval.id), {
        state: flashState(t.sent(formatLongDate(data.requestApproval.deadline))),
      });
    } catch (failure) {
      setApiError(failure);
    }
  }

  return (
    <EmployeeFormFrame approval={approval} title={t.title} intro={t.intro}>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy}>
        {/* annexe 4 §2.2.4: the reasons of the circulaire du 3 octobre 2003 (list of @navette/domain). */}
        <Select
          label={t.reason}
          {...(errors.reason ? { state: 'error' as const, stateRelatedMessage: errors.reason } : {})}
          nativeSelectProps={{
            id: fieldIds.reason,
            name: fieldIds.reason,
            required: true,
            value: values.reason,
            onChange: (e) => set('reason', e.target.value),
          }}
        >
          <option value="" disabled>
            {t.reasonPlaceholder}
          </option>
          {SUSPENSION_REASONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.label}
            </option>
          ))}
        </Select>
        {(['startOn', 'endOn'] as const).map((field) => (
          <Input
            key={field}
            label={field === 'startOn' ? t.startOn : t.endOn}
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
        ))}
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
