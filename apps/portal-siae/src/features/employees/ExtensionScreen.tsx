import { useMutation } from '@apollo/client/react';
import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { formatLongDate, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { flashState } from '../../components/flash.ts';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryItems } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import { RequestApprovalExtensionDocument } from '../../generated/graphql.ts';
import { paths } from '../../paths.ts';
import { DocumentsField } from '../approval-documents/DocumentsField.tsx';
import { documentsFieldErrors, toDocumentUploads } from '../approval-documents/document-files.ts';
import { toExtensionInput, validateExtension, type ExtensionField } from '../approval-requests/request-forms.ts';

const t = copy.extensionForm;
const fieldIds: Record<ExtensionField | 'documents', string> = {
  approvalNumber: 'extension-numero',
  birthDate: 'extension-naissance',
  surname: 'extension-nom',
  contractStartOn: 'extension-debut',
  contractEndOn: 'extension-fin',
  documents: 'extension-pieces',
};

const fields: { field: ExtensionField; label: string; hint?: string; type: 'text' | 'date'; optional?: boolean }[] = [
  { field: 'approvalNumber', label: t.approvalNumber, hint: t.approvalNumberHint, type: 'text' },
  { field: 'birthDate', label: t.birthDate, hint: copy.forms.dateHint, type: 'date' },
  { field: 'surname', label: t.surname, hint: t.surnameHint, type: 'text' },
  { field: 'contractStartOn', label: t.contractStartOn, hint: copy.forms.dateHint, type: 'date' },
  { field: 'contractEndOn', label: t.contractEndOn, hint: copy.forms.dateHint, type: 'date', optional: true },
];

/**
 * Demande d'extension (annexe 4 §2.2.5): the SIAE hires under the agrément of a person already in a parcours with
 * another SIAE. It does not see that agrément: it names it by its number, the birth date and the surname's first
 * letters; every mismatch gets the same French answer from the API.
 */
export function ExtensionScreen() {
  useDocumentTitle(t.title);
  const navigate = useNavigate();
  const form = useForm(
    {
      approvalNumber: '',
      birthDate: '',
      surname: '',
      contractStartOn: '',
      contractEndOn: '',
      documents: [] as File[],
    },
    (values) => ({ ...validateExtension(values), ...documentsFieldErrors(values.documents) }),
  );
  const { values, set, errors } = form;
  const [request, { loading }] = useMutation(RequestApprovalExtensionDocument);
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
      const input = { ...toExtensionInput(values), ...(documents.length > 0 ? { documents } : {}) };
      const { data } = await request({ variables: { input } });
      if (!data?.requestApproval) throw new Error('requestApproval returned no request');
      void navigate(paths.request(data.requestApproval.id), {
        state: flashState(t.sent(formatLongDate(data.requestApproval.deadline))),
      });
    } catch (failure) {
      // The API's French refusal next to the form, what was typed kept.
      setApiError(failure);
    }
  }

  return (
    <>
      <Breadcrumb
        currentPageLabel={t.title}
        segments={[{ label: copy.employees.title, linkProps: { to: paths.employees } }]}
      />
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <p className="fr-text--sm">{copy.forms.allRequired}</p>
      <ErrorSummary items={errorSummaryItems(errors, fieldIds)} attempt={form.attempt} />
      <ApiErrorAlert error={apiError} title={copy.forms.apiErrorTitle} />
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-busy={busy}>
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{t.approvalLegend}</legend>
          {fields.slice(0, 3).map((f) => (
            <ExtensionInput
              key={f.field}
              {...f}
              value={values[f.field]}
              error={errors[f.field]}
              onChange={(value) => set(f.field, value)}
            />
          ))}
        </fieldset>
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend">{t.contractLegend}</legend>
          {fields.slice(3).map((f) => (
            <ExtensionInput
              key={f.field}
              {...f}
              value={values[f.field]}
              error={errors[f.field]}
              onChange={(value) => set(f.field, value)}
            />
          ))}
        </fieldset>
        <DocumentsField
          id={fieldIds.documents}
          files={values.documents}
          onChange={(files) => set('documents', files)}
          error={errors.documents}
          optional
          disabled={busy}
        />
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          <li>
            <Button type="submit" disabled={busy}>
              {busy ? (reading ? copy.documents.reading : copy.forms.sending) : t.submit}
            </Button>
          </li>
          <li>
            <Button priority="secondary" linkProps={{ to: paths.employees }}>
              {copy.forms.cancel}
            </Button>
          </li>
        </ul>
      </form>
    </>
  );
}

function ExtensionInput({
  field,
  label,
  hint,
  type,
  optional,
  value,
  error,
  onChange,
}: {
  field: ExtensionField;
  label: string;
  hint?: string | undefined;
  type: 'text' | 'date';
  optional?: boolean | undefined;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <div className="fr-fieldset__element">
      <Input
        label={optional ? `${label} ${copy.forms.optional}` : label}
        hintText={hint}
        {...(error ? { state: 'error' as const, stateRelatedMessage: error } : {})}
        nativeInputProps={{
          id: fieldIds[field],
          name: fieldIds[field],
          type,
          required: !optional,
          autoComplete: 'off',
          value,
          onChange: (e) => onChange(e.target.value),
        }}
      />
    </div>
  );
}
