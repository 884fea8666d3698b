import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { EmptyState, ErrorState, formatShortDate, Loading, useDocumentTitle, useSession } from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../forms/ErrorSummary.tsx';
import { errorSummaryTitle } from '../../forms/field-errors.ts';
import { useForm } from '../../forms/use-form.ts';
import {
  GrantHabilitationDocument,
  HabilitationRegisterDocument,
  HabilitationViewerDepartementDocument,
  RenewHabilitationDocument,
  WithdrawHabilitationDocument,
  type HabilitationRegisterQuery,
} from '../../generated/graphql.ts';
import { emptyDecision, validateDecision, type DecisionField, type DecisionKind } from './habilitation-form.ts';

const t = copy.habilitations;

type Organisation = HabilitationRegisterQuery['prescriberOrganizations']['edges'][number]['node'];

const period = (p: { startOn?: string | null; endOn?: string | null } | null | undefined) =>
  p?.startOn ? t.period(formatShortDate(p.startOn), p.endOn ? formatShortDate(p.endOn) : null) : '—';

/**
 * Habilitations of prescripteurs (issue 14 §2; accord, annexe 4 §2.1: "par le Préfet après avis du CDIAE"): for the
 * service de l'État of a département, the préfet's list of the day, every prescripteur habilité or once habilité of
 * the département with its status, and for one of them its register of decisions and the decision to take.
 */
export function HabilitationsScreen() {
  useDocumentTitle(t.title);
  const { session } = useSession();
  const viewer = useQuery(HabilitationViewerDepartementDocument);
  if (session?.viewer.role !== 'STATE') {
    return (
      <>
        <h1>{t.title}</h1>
        <Alert severity="info" small description={t.stateOnly} />
      </>
    );
  }
  const departement = viewer.data?.viewer?.organisation?.departementCode;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      {viewer.error && !viewer.data ? (
        <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />
      ) : !viewer.data ? (
        <Loading />
      ) : departement ? (
        <Register departement={departement} />
      ) : (
        <EmptyState message={t.noDepartement} />
      )}
    </>
  );
}

function Register({ departement }: { departement: string }) {
  const { data, error, loading, refetch } = useQuery(HabilitationRegisterDocument, {
    variables: { departement },
    fetchPolicy: 'cache-and-network',
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const organisations = data.prescriberOrganizations.edges.map((edge) => edge.node);
  const selected = organisations.find((o) => o.id === selectedId) ?? null;
  return (
    <div aria-busy={loading}>
      <section aria-labelledby="liste-prefectorale">
        <h2 id="liste-prefectorale">{t.listTitle(data.habilitatedPrescribers.length)}</h2>
        {data.habilitatedPrescribers.length === 0 ? (
          <EmptyState message={t.listEmpty} />
        ) : (
          <ul data-testid="prefect-list">
            {data.habilitatedPrescribers.map((org) => (
              <li key={org.id}>
                <strong>{org.name}</strong> ({org.city}) — {period(org.habilitation)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="prescripteurs-habilites" className="fr-mt-6w">
        <h2 id="prescripteurs-habilites">{t.organisationsTitle}</h2>
        <div role="status">
          {notice && <Alert severity="success" small description={notice} className="fr-mb-3w" />}
        </div>
        <div className="fr-table fr-table--bordered">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table data-testid="habilitation-organisations">
                  <caption>{t.organisationsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.name}</th>
                      <th scope="col">{t.columns.status}</th>
                      <th scope="col">{t.columns.period}</th>
                      <th scope="col">{t.columns.action}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {organisations.map((org) => (
                      <tr key={org.id}>
                        <th scope="row">
                          {org.name}
                          <br />
                          <span className="fr-text--sm">{org.city}</span>
                        </th>
                        <td>{org.habilitationStatusLabel}</td>
                        <td>{period(org.habilitation)}</td>
                        <td>
                          <Button
                            type="button"
                            priority="tertiary"
                            size="small"
                            onClick={() => {
                              setNotice(null);
                              setSelectedId(org.id);
                            }}
                          >
                            {t.manage}
                            <span className="fr-sr-only"> {t.of(org.name)}</span>
                          </Button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      </section>
      {selected && (
        <OrganisationPanel
          key={selected.id}
          organisation={selected}
          onDecided={(message) => {
            setNotice(message);
            setSelectedId(null);
          }}
        />
      )}
    </div>
  );
}

function OrganisationPanel({
  organisation,
  onDecided,
}: {
  organisation: Organisation;
  onDecided: (message: string) => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens below the table: focus moves to its title, once.
  useEffect(() => heading.current?.focus(), []);
  const inForce = organisation.habilitationStatus === 'HABILITATED' || organisation.habilitationStatus === 'UPCOMING';
  const decisions = organisation.habilitationDecisions ?? [];
  return (
    <section aria-labelledby="habilitation-structure" className="fr-mt-6w" data-testid="habilitation-panel">
      <h2 id="habilitation-structure" tabIndex={-1} ref={heading}>
        {organisation.name}
      </h2>
      <p>
        {organisation.habilitationStatusLabel} — {period(organisation.habilitation)}
      </p>
      <h3>{t.historyTitle}</h3>
      {decisions.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <ol data-testid="habilitation-history">
          {decisions.map((decision) => (
            <li key={decision.id}>
              {t.decision(decision.kindLabel, formatShortDate(decision.decidedOn))}
              {decision.startOn && ` — ${period(decision)}`}
              {decision.reason && ` — ${t.reason} : ${decision.reason}`}
              {decision.recordedBeforeRegister && ` (${t.beforeRegister})`}
            </li>
          ))}
        </ol>
      )}
      {inForce ? (
        <>
          <DecisionForm kind="RENEWAL" organisation={organisation} onDecided={onDecided} />
          <DecisionForm kind="WITHDRAWAL" organisation={organisation} onDecided={onDecided} />
        </>
      ) : (
        <DecisionForm kind="GRANT" organisation={organisation} onDecided={onDecided} />
      )}
    </section>
  );
}

function DecisionForm({
  kind,
  organisation,
  onDecided,
}: {
  kind: DecisionKind;
  organisation: Organisation;
  onDecided: (message: string) => void;
}) {
  const f = t.forms[kind];
  const prefix = `habilitation-${kind.toLowerCase()}`;
  const fieldIds: Record<DecisionField, string> = {
    startOn: `${prefix}-debut`,
    endOn: `${prefix}-fin`,
    reason: `${prefix}-motif`,
  };
  const startInput = useRef<HTMLInputElement>(null);
  const endInput = useRef<HTMLInputElement>(null);
  const form = useForm(emptyDecision, (values) =>
    validateDecision(kind, values, {
      startOn: startInput.current?.validity.badInput ?? false,
      endOn: endInput.current?.validity.badInput ?? false,
    }),
  );
  const { values, errors } = form;
  const [apiError, setApiError] = useState<unknown>(null);
  const refetch = { refetchQueries: [HabilitationRegisterDocument], awaitRefetchQueries: true };
  const [grant, granting] = useMutation(GrantHabilitationDocument, refetch);
  const [renew, renewing] = useMutation(RenewHabilitationDocument, refetch);
  const [withdraw, withdrawing] = useMutation(WithdrawHabilitationDocument, refetch);
  const loading = granting.loading || renewing.loading || withdrawing.loading;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setApiError(null);
    if (!form.check()) return;
    const prescriberOrganizationId = organisation.id;
    const dates = { prescriberOrganizationId, startOn: values.startOn, endOn: values.endOn };
    try {
      if (kind === 'GRANT') await grant({ variables: dates });
      else if (kind === 'RENEWAL') await renew({ variables: dates });
      else await withdraw({ variables: { prescriberOrganizationId, reason: values.reason } });
      onDecided(f.done(organisation.name));
    } catch (error) {
      // The API's French refusal next to the form; what was typed is kept.
      setApiError(error);
    }
  };

  return (
    <div className="fr-mt-4w">
      <h3 id={`${prefix}-titre`}>{f.title}</h3>
      <ErrorSummary
        title={errorSummaryTitle(Object.values(errors).filter(Boolean).length)}
        errors={errors}
        fieldIds={fieldIds}
        attempt={form.attempt}
        headingLevel="h3"
      />
      <ApiErrorAlert error={apiError} title={f.failed} />
      <form
        className="navette-form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-labelledby={`${prefix}-titre`}
        aria-busy={loading}
      >
        {kind === 'WITHDRAWAL' ? (
          <Input
            textArea
            label={t.reasonField}
            hintText={t.reasonHint}
            state={errors.reason ? 'error' : 'default'}
            stateRelatedMessage={errors.reason}
            nativeTextAreaProps={{
              id: fieldIds.reason,
              name: 'motif',
              rows: 3,
              required: true,
              maxLength: 1000,
              value: values.reason,
              onChange: (event) => form.set('reason', event.target.value),
            }}
          />
        ) : (
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label={t.startOn}
                hintText={f.startHint}
                state={errors.startOn ? 'error' : 'default'}
                stateRelatedMessage={errors.startOn}
                nativeInputProps={{
                  ref: startInput,
                  id: fieldIds.startOn,
                  name: 'debut',
                  type: 'date',
                  required: true,
                  value: values.startOn,
                  onChange: (event) => form.set('startOn', event.target.value),
                }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label={t.endOn}
                hintText={t.endHint}
                state={errors.endOn ? 'error' : 'default'}
                stateRelatedMessage={errors.endOn}
                nativeInputProps={{
                  ref: endInput,
                  id: fieldIds.endOn,
                  name: 'fin',
                  type: 'date',
                  required: true,
                  value: values.endOn,
                  onChange: (event) => form.set('endOn', event.target.value),
                }}
              />
            </div>
          </div>
        )}
        <Button type="submit" disabled={loading} priority={kind === 'WITHDRAWAL' ? 'secondary' : 'primary'}>
          {loading ? t.submitting : f.submit}
        </Button>
      </form>
    </div>
  );
}
