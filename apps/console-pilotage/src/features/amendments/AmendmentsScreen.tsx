import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { EmptyState, ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import { AmendmentsDocument, RecordAmendmentDocument, type AmendmentsQuery } from '../../generated/graphql.ts';
import {
  amendmentInput,
  draftFromAmendment,
  emptyAmendment,
  validateAmendment,
  type AmendmentField,
} from './amendment-form.ts';

const t = copy.amendments;

type Amendment = AmendmentsQuery['amendments'][number];

/** The avenants to the accord (article 5), newest first, and a form to record one. */
export function AmendmentsScreen() {
  useDocumentTitle(t.title);
  const { data, error, loading, refetch } = useQuery(AmendmentsDocument, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Amendment | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const edit = (amendment: Amendment | null) => {
    setRecorded(null);
    setEditing(amendment);
  };
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <section aria-labelledby="avenants" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="avenants" aria-live="polite">
              {t.count(data.amendments.length)}
            </h2>
            {data.amendments.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <ConsoleTable
                caption={t.caption}
                testId="amendments"
                columns={[
                  { label: t.columns.signedOn },
                  { label: t.columns.title },
                  { label: t.columns.summary },
                  { label: t.columns.edit, srOnly: true },
                ]}
              >
                {data.amendments.map((amendment) => (
                  <tr key={amendment.id}>
                    <td>{formatShortDate(amendment.signedOn)}</td>
                    <th scope="row">{amendment.title}</th>
                    <td className="navette-multiline">
                      {amendment.summary}
                      {amendment.extendsTermTo && <> {t.extendsTermTo(formatShortDate(amendment.extendsTermTo))}</>}
                    </td>
                    <td>
                      <Button type="button" priority="tertiary" size="small" onClick={() => edit(amendment)}>
                        {t.edit}
                        <span className="fr-sr-only">{t.editOf(amendment.title)}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </ConsoleTable>
            )}
          </>
        )}
      </section>
      {/* Remounted for each avenant corrected (and back to a new one), so that the form starts from its values. */}
      <RecordAmendmentForm
        key={editing?.id ?? 'nouvel'}
        editing={editing}
        recorded={recorded}
        onSaved={(message) => {
          setEditing(null);
          setRecorded(message);
        }}
        onSubmitted={() => setRecorded(null)}
        onCancel={() => edit(null)}
      />
    </>
  );
}

const fieldIds: Record<AmendmentField, string> = {
  signedOn: 'avenant-date',
  title: 'avenant-intitule',
  summary: 'avenant-objet',
  extendsTermTo: 'avenant-prorogation',
};

function RecordAmendmentForm({
  editing,
  recorded,
  onSaved,
  onSubmitted,
  onCancel,
}: {
  /** The avenant to correct; a new one when null. */
  editing: Amendment | null;
  /** The message of the avenant last saved (kept by the screen: the form is remounted after a correction). */
  recorded: string | null;
  onSaved: (message: string) => void;
  onSubmitted: () => void;
  onCancel: () => void;
}) {
  const f = t.form;
  const heading = useRef<HTMLHeadingElement>(null);
  const signedOnInput = useRef<HTMLInputElement>(null);
  const form = useForm(editing ? draftFromAmendment(editing) : emptyAmendment, (values) =>
    validateAmendment(values, signedOnInput.current?.validity.badInput ?? false),
  );
  const [apiError, setApiError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RecordAmendmentDocument, {
    refetchQueries: [AmendmentsDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;

  // Choosing an avenant to correct brings the keyboard to its form.
  useEffect(() => {
    if (editing) heading.current?.focus();
  }, [editing]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmitted();
    setApiError(null);
    if (!form.check()) return;
    try {
      const result = await record({ variables: { input: amendmentInput(values, editing?.id ?? null) } });
      const amendment = result.data?.recordAmendment;
      if (amendment) {
        form.reset(emptyAmendment);
        onSaved((editing ? f.updated : f.success)(amendment.title));
      }
    } catch (error) {
      // The API's message is shown as is; the form keeps what the user typed.
      setApiError(error);
    }
  };

  return (
    <FormPanel
      id="enregistrer-avenant"
      className="fr-mt-6w"
      title={editing ? f.editTitle(editing.title) : f.title}
      headingRef={heading}
      hint={f.hint}
      notice={
        // Always there, so that screen readers announce the message when it appears in it.
        <div role="status" className={recorded ? 'fr-mb-3w' : undefined}>
          {recorded && <Alert severity="success" small role={undefined} description={recorded} />}
        </div>
      }
      errors={errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={f.apiErrorTitle}
      onSubmit={onSubmit}
    >
      <Input
        label={f.signedOn}
        hintText={f.dateHint}
        state={errors.signedOn ? 'error' : 'default'}
        stateRelatedMessage={errors.signedOn}
        nativeInputProps={{
          ref: signedOnInput,
          id: fieldIds.signedOn,
          name: 'signedOn',
          type: 'date',
          required: true,
          value: values.signedOn,
          onChange: (event) => form.set('signedOn', event.target.value),
        }}
      />
      <Input
        label={f.titleField}
        state={errors.title ? 'error' : 'default'}
        stateRelatedMessage={errors.title}
        nativeInputProps={{
          id: fieldIds.title,
          name: 'title',
          required: true,
          value: values.title,
          onChange: (event) => form.set('title', event.target.value),
        }}
      />
      <Input
        label={f.summary}
        textArea
        state={errors.summary ? 'error' : 'default'}
        stateRelatedMessage={errors.summary}
        nativeTextAreaProps={{
          id: fieldIds.summary,
          name: 'summary',
          required: true,
          rows: 5,
          value: values.summary,
          onChange: (event) => form.set('summary', event.target.value),
        }}
      />
      <Input
        label={f.extendsTermTo}
        hintText={f.extendsTermToHint}
        state={errors.extendsTermTo ? 'error' : 'default'}
        stateRelatedMessage={errors.extendsTermTo}
        nativeInputProps={{
          id: fieldIds.extendsTermTo,
          name: 'extendsTermTo',
          type: 'date',
          value: values.extendsTermTo ?? '',
          onChange: (event) => form.set('extendsTermTo', event.target.value),
        }}
      />
      <FormActions
        submitLabel={editing ? f.submitEdit : f.submit}
        loading={loading}
        cancel={editing ? { label: f.cancel, onClick: onCancel } : null}
      />
    </FormPanel>
  );
}
