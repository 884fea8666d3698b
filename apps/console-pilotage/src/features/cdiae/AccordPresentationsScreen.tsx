import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { EmptyState, ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import { AccordPresentationsDocument, RecordAccordPresentationDocument } from '../../generated/graphql.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import { emptyPresentation, validatePresentation, type PresentationField } from './cdiae-forms.ts';

const t = copy.cdiae.presentations;

const fieldIds: Record<PresentationField, string> = { presentedOn: 'presentation-date', note: 'presentation-note' };

/**
 * The presentations of the accord in the sessions of the user's CDIAE (issue 18 §5; accord, fiche 3 and annexe 1): a
 * form to record one, and those recorded, newest first. The indicator F3_ACCORD_PRESENTATIONS counts them.
 */
export function AccordPresentationsScreen() {
  useDocumentTitle(t.title);
  const { data, error, loading, refetch } = useQuery(AccordPresentationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const [recorded, setRecorded] = useState<string | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const form = useForm(emptyPresentation, (values) =>
    validatePresentation(values, dateInput.current?.validity.badInput ?? false),
  );
  const { values, errors } = form;
  const [apiError, setApiError] = useState<unknown>(null);
  const [record, recording] = useMutation(RecordAccordPresentationDocument, {
    refetchQueries: [AccordPresentationsDocument],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRecorded(null);
    setApiError(null);
    if (!form.check()) return;
    try {
      const result = await record({
        variables: { presentedOn: values.presentedOn.trim(), note: values.note.trim() || null },
      });
      const saved = result.data?.recordAccordPresentation;
      if (saved) {
        form.reset(emptyPresentation);
        setRecorded(t.done(formatShortDate(saved.presentedOn)));
      }
    } catch (caught) {
      setApiError(caught);
    }
  };

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <FormPanel
        id="enregistrer-presentation"
        title={t.formTitle}
        notice={
          <div role="status" className={recorded ? 'fr-mb-3w' : undefined}>
            {recorded && <Alert severity="success" small role={undefined} description={recorded} />}
          </div>
        }
        errors={errors}
        fieldIds={fieldIds}
        attempt={form.attempt}
        apiError={apiError}
        apiErrorTitle={t.failed}
        onSubmit={onSubmit}
        busy={recording.loading}
      >
        <Input
          label={t.presentedOn}
          hintText={t.presentedOnHint}
          state={errors.presentedOn ? 'error' : 'default'}
          stateRelatedMessage={errors.presentedOn}
          nativeInputProps={{
            ref: dateInput,
            id: fieldIds.presentedOn,
            name: 'presentedOn',
            type: 'date',
            required: true,
            value: values.presentedOn,
            onChange: (event) => form.set('presentedOn', event.target.value),
          }}
        />
        <Input
          label={t.note}
          hintText={t.noteHint}
          textArea
          nativeTextAreaProps={{
            id: fieldIds.note,
            name: 'note',
            rows: 3,
            maxLength: 2000,
            value: values.note,
            onChange: (event) => form.set('note', event.target.value),
          }}
        />
        <FormActions submitLabel={t.submit} loading={recording.loading} />
      </FormPanel>
      <section aria-labelledby="presentations" className="fr-mt-6w" aria-busy={loading}>
        <h2 id="presentations">{t.listTitle}</h2>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : data.accordPresentations.length === 0 ? (
          <EmptyState message={t.empty} />
        ) : (
          <ConsoleTable
            caption={t.caption}
            testId="accord-presentations"
            columns={[{ label: t.columns.presentedOn }, { label: t.columns.note }]}
          >
            {data.accordPresentations.map((p) => (
              <tr key={p.id}>
                <th scope="row">{formatShortDate(p.presentedOn)}</th>
                <td className="navette-multiline">{p.note || '—'}</td>
              </tr>
            ))}
          </ConsoleTable>
        )}
      </section>
    </>
  );
}
