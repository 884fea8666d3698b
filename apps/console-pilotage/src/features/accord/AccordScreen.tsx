import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ErrorState, formatShortDate, Loading, useDocumentTitle } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { FormActions } from '../../forms/FormActions.tsx';
import { useForm } from '../../forms/use-form.ts';
import {
  AccordDocument,
  RequestAccordTerminationDocument,
  WithdrawAccordTerminationDocument,
  type AccordQuery,
} from '../../generated/graphql.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import { emptyTermination, terminationInput, validateTermination, type TerminationField } from './termination-form.ts';

const t = copy.accord;

type Accord = AccordQuery['accord'];

const severity = { IN_FORCE: 'success', UNDER_NOTICE: 'warning', ENDED: 'error', NOT_YET_IN_FORCE: 'info' } as const;

/** The accord régional (articles 4 to 6): its state, term and signatories; a résiliation requested or withdrawn. */
export function AccordScreen() {
  useDocumentTitle(t.title);
  const { data, error, loading, refetch } = useQuery(AccordDocument, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <div role="status">{notice && <Alert severity="success" small role={undefined} description={notice} />}</div>
      <section aria-labelledby="accord-etat" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <AccordDetails accord={data.accord} onDone={setNotice} />
        )}
      </section>
    </>
  );
}

function AccordDetails({ accord, onDone }: { accord: Accord; onDone: (message: string | null) => void }) {
  const withdrawn = accord.terminations.filter((termination) => termination.withdrawnOn);
  return (
    <>
      <h2 id="accord-etat">{accord.title}</h2>
      <p data-testid="accord-state">
        <Badge severity={severity[accord.state]} noIcon>
          {accord.stateLabel}
        </Badge>{' '}
        {t.stateSentence(accord.state, formatShortDate(accord.endsOn))}
      </p>
      <dl className="navette-details fr-mb-2w" data-testid="accord-term">
        <dt>{t.signedOn}</dt>
        <dd>{formatShortDate(accord.signedOn)}</dd>
        <dt>{t.initialEndsOn}</dt>
        <dd>{formatShortDate(accord.initialEndsOn)}</dd>
        <dt>{t.termEndsOn}</dt>
        <dd>{formatShortDate(accord.termEndsOn)}</dd>
      </dl>
      {accord.termination && <TerminationPanel termination={accord.termination} onDone={onDone} />}
      <ConsoleTable
        caption={t.signatoriesCaption}
        testId="accord-signatories"
        columns={[{ label: t.columns.name }, { label: t.columns.representedBy }, { label: t.columns.party }]}
      >
        {accord.signatories.map((signatory) => (
          <tr key={signatory.id}>
            <th scope="row">{signatory.name}</th>
            <td>{signatory.representedBy}</td>
            <td>{t.parties[signatory.party]}</td>
          </tr>
        ))}
      </ConsoleTable>
      {withdrawn.length > 0 && (
        <ConsoleTable
          caption={t.withdrawnCaption}
          testId="accord-withdrawn"
          columns={[
            { label: t.columns.requestedBy },
            { label: t.columns.receivedOn },
            { label: t.columns.withdrawnOn },
          ]}
        >
          {withdrawn.map((termination) => (
            <tr key={termination.id}>
              <th scope="row">{termination.requestedBy.name}</th>
              <td>{formatShortDate(termination.receivedOn)}</td>
              <td>{formatShortDate(termination.withdrawnOn)}</td>
            </tr>
          ))}
        </ConsoleTable>
      )}
      {accord.mayRequestTermination && (
        <RequestTerminationForm signatories={accord.signatories.filter((s) => s.mayActFor)} onDone={onDone} />
      )}
    </>
  );
}

function TerminationPanel({
  termination,
  onDone,
}: {
  termination: NonNullable<Accord['termination']>;
  onDone: (message: string | null) => void;
}) {
  const [apiError, setApiError] = useState<unknown>(null);
  const [withdraw, { loading }] = useMutation(WithdrawAccordTerminationDocument, {
    refetchQueries: [AccordDocument],
    awaitRefetchQueries: true,
  });
  const onWithdraw = async () => {
    onDone(null);
    setApiError(null);
    try {
      await withdraw({ variables: { id: termination.id } });
      onDone(t.withdrawn(termination.requestedBy.name));
    } catch (error) {
      setApiError(error);
    }
  };
  return (
    <section aria-labelledby="accord-resiliation" className="fr-mb-4w" data-testid="accord-termination">
      <h3 id="accord-resiliation">{t.termination.heading}</h3>
      <dl className="navette-details fr-mb-2w">
        <dt>{t.termination.requestedBy}</dt>
        <dd>{termination.requestedBy.name}</dd>
        <dt>{t.termination.receivedOn}</dt>
        <dd>{formatShortDate(termination.receivedOn)}</dd>
        <dt>{t.termination.noticeEndsOn}</dt>
        <dd>{formatShortDate(termination.noticeEndsOn)}</dd>
        <dt>{t.termination.effectiveOn}</dt>
        <dd>{formatShortDate(termination.effectiveOn)}</dd>
        {/* A live request always has its meeting; a withdrawn one may have had it cancelled (null). */}
        {termination.extraordinaryMeeting && (
          <>
            <dt>{t.termination.meeting}</dt>
            <dd>
              <Link to="/comite">{formatShortDate(termination.extraordinaryMeeting.heldOn)}</Link>
            </dd>
          </>
        )}
        <dt>{t.termination.reason}</dt>
        <dd className="navette-multiline">{termination.reason}</dd>
      </dl>
      <p className="fr-text--sm">{t.termination.conventions}</p>
      {apiError != null && <ApiErrorAlert error={apiError} title={t.termination.apiErrorTitle} />}
      {termination.mayWithdraw && (
        <Button type="button" priority="secondary" disabled={loading} onClick={() => void onWithdraw()}>
          {t.termination.withdraw}
        </Button>
      )}
    </section>
  );
}

const fieldIds: Record<TerminationField, string> = {
  signatoryId: 'resiliation-signataire',
  reason: 'resiliation-motif',
};

function RequestTerminationForm({
  signatories,
  onDone,
}: {
  signatories: Accord['signatories'];
  onDone: (message: string | null) => void;
}) {
  const f = t.form;
  const form = useForm(
    signatories.length === 1 ? { ...emptyTermination, signatoryId: signatories[0]!.id } : emptyTermination,
    validateTermination,
  );
  const [apiError, setApiError] = useState<unknown>(null);
  const [request, { loading }] = useMutation(RequestAccordTerminationDocument, {
    refetchQueries: [AccordDocument],
    awaitRefetchQueries: true,
  });
  const { values, errors } = form;
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onDone(null);
    setApiError(null);
    if (!form.check()) return;
    try {
      const result = await request({ variables: { input: terminationInput(values) } });
      const termination = result.data?.requestAccordTermination;
      if (termination) onDone(f.success(formatShortDate(termination.noticeEndsOn)));
    } catch (error) {
      setApiError(error);
    }
  };
  return (
    <FormPanel
      id="demander-resiliation"
      className="fr-mt-6w"
      title={f.title}
      hint={f.hint}
      errors={errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={f.apiErrorTitle}
      onSubmit={onSubmit}
    >
      <Select
        label={f.signatory}
        state={errors.signatoryId ? 'error' : 'default'}
        stateRelatedMessage={errors.signatoryId}
        nativeSelectProps={{
          id: fieldIds.signatoryId,
          name: 'signatoryId',
          required: true,
          value: values.signatoryId,
          onChange: (event) => form.set('signatoryId', event.target.value),
        }}
      >
        <option value="" disabled>
          {f.chooseSignatory}
        </option>
        {signatories.map((signatory) => (
          <option key={signatory.id} value={signatory.id}>
            {signatory.name}
          </option>
        ))}
      </Select>
      <Input
        label={f.reason}
        hintText={f.reasonHint}
        textArea
        state={errors.reason ? 'error' : 'default'}
        stateRelatedMessage={errors.reason}
        nativeTextAreaProps={{
          id: fieldIds.reason,
          name: 'reason',
          required: true,
          rows: 5,
          value: values.reason,
          onChange: (event) => form.set('reason', event.target.value),
        }}
      />
      <FormActions submitLabel={f.submit} loading={loading} />
    </FormPanel>
  );
}
