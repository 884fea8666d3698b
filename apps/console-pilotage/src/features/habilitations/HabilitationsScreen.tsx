import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import {
  CursorPager,
  EmptyState,
  ErrorState,
  formatShortDate,
  Loading,
  pageCount,
  useCursorFallback,
  useDocumentTitle,
  useListParams,
} from '@navette/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { copy } from '../../copy.ts';
import { useForm } from '../../forms/use-form.ts';
import { AvisPanel } from './AvisPanel.tsx';
import {
  GrantHabilitationDocument,
  HabilitationDepartementsDocument,
  HabilitationRegisterDocument,
  RenewHabilitationDocument,
  WithdrawHabilitationDocument,
  type HabilitationRegisterQuery,
} from '../../generated/graphql.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';
import { FilterField, FilterForm } from '../../layout/FilterForm.tsx';
import { FormPanel } from '../../layout/FormPanel.tsx';
import { emptyDecision, validateDecision, type DecisionField, type DecisionKind } from './habilitation-form.ts';
import { habilitationFiltersCodec, shownDepartement, type HabilitationFilters } from './habilitation-filters.ts';

const t = copy.habilitations;
const PAGE_SIZE = 20;

type Organisation = HabilitationRegisterQuery['prescriberOrganisations']['edges'][number]['node'];
type Avis = NonNullable<Organisation['pendingHabilitationAvis']>;

/** The CDIAE's avis on the pending request, as shown beside it (issue 18 §5): what, why, who, on which day. */
function AvisSummary({ avis }: { avis: Avis | null | undefined }) {
  if (!avis) return <span className="fr-text--sm">{t.avis.none}</span>;
  return (
    <span data-testid="cdiae-avis">
      <strong>{avis.label}</strong>
      <br />
      <span className="fr-text--sm">
        {t.avis.given(avis.cdiaeName, avis.givenByName, formatShortDate(avis.givenOn))}
      </span>
      {avis.reason && (
        <>
          <br />
          <span className="fr-text--sm">
            {t.avis.reason} : {avis.reason}
          </span>
        </>
      )}
    </span>
  );
}
type Departement = { code: string; name: string };

const period = (p: { startOn?: string | null; endOn?: string | null } | null | undefined) =>
  p?.startOn ? t.period(formatShortDate(p.startOn), p.endOn ? formatShortDate(p.endOn) : null) : '—';

/**
 * Habilitations of prescripteurs (issue 14 §2; accord, annexe 4 §2.1: "par le Préfet après avis du CDIAE"): for a
 * département the user records the préfet's decisions for (the server says which: a service de l'État its own, an
 * administrator any), the préfet's list of the day, every prescripteur habilité or once habilité of the département
 * with its status, page by page, and for one of them its register of decisions and the decision to take.
 */
export function HabilitationsScreen() {
  const viewer = useQuery(HabilitationDepartementsDocument);
  const departements = viewer.data?.viewer?.habilitationDepartements;
  // The CDIAE of a département gives its avis on the same requests (issue 18 §5): its own title and introduction.
  const cdiae = viewer.data?.viewer?.role === 'CDIAE';
  useDocumentTitle(cdiae ? t.avis.title : t.title);
  if (departements?.length === 0) {
    return (
      <>
        <h1>{t.title}</h1>
        <Alert severity="info" small description={t.stateOnly} />
      </>
    );
  }
  return (
    <>
      <h1>{cdiae ? t.avis.title : t.title}</h1>
      <p className="fr-text--lead">{cdiae ? t.avis.intro : t.intro}</p>
      {viewer.error && !viewer.data ? (
        <ErrorState error={viewer.error} onRetry={() => void viewer.refetch()} />
      ) : !departements ? (
        <Loading />
      ) : (
        <Register departements={departements} />
      )}
    </>
  );
}

function Register({ departements }: { departements: readonly Departement[] }) {
  // The département, the search and the page in the URL (issue 14 §5): Back returns to the same page.
  const { filters, setFilters, pager } = useListParams(habilitationFiltersCodec);
  const departement = shownDepartement(filters.departement, departements);
  const {
    data,
    error: queryError,
    loading,
    refetch,
  } = useQuery(HabilitationRegisterDocument, {
    variables: { departement: departement.code, search: filters.search || null, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const filterForm = (
    <HabilitationFilterForm
      key={`${departement.code}|${filters.search}`}
      departements={departements}
      value={{ departement: departement.code, search: filters.search }}
      onApply={(next) => {
        setSelectedId(null);
        setNotice(null);
        setFilters(next);
      }}
    />
  );
  if (error && !data) {
    return (
      <>
        {filterForm}
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data) {
    return (
      <>
        {filterForm}
        <Loading />
      </>
    );
  }
  const connection = data.prescriberOrganisations;
  const organisations = connection.edges.map((edge) => edge.node);
  const selected = organisations.find((o) => o.id === selectedId) ?? null;
  const departementLabel = `${departement.name} (${departement.code})`;
  return (
    <div aria-busy={loading}>
      {filterForm}
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
        <p aria-live="polite">{t.organisationsCount(connection.totalCount)}</p>
        <div role="status">
          {notice && <Alert severity="success" small description={notice} className="fr-mb-3w" />}
        </div>
        {organisations.length === 0 ? (
          <EmptyState message={filters.search ? t.organisationsEmptySearch(filters.search) : t.listEmpty} />
        ) : (
          <ConsoleTable
            captionShown
            caption={t.organisationsCaption(departementLabel)}
            testId="habilitation-organisations"
            columns={[
              { label: t.columns.name },
              { label: t.columns.status },
              { label: t.columns.period },
              { label: t.columns.avis },
              { label: t.columns.action },
            ]}
          >
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
                  <AvisSummary avis={org.pendingHabilitationAvis} />
                </td>
                <td>
                  {/* The server says whether the user decides for it (mayDecideHabilitation). */}
                  {org.mayDecideHabilitation && (
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
                  )}
                  {/* The CDIAE of the département, once per request (mayGiveHabilitationAvis, the server's). */}
                  {org.mayGiveHabilitationAvis && (
                    <Button
                      type="button"
                      priority="tertiary"
                      size="small"
                      onClick={() => {
                        setNotice(null);
                        setSelectedId(org.id);
                      }}
                    >
                      {t.avis.give}
                      <span className="fr-sr-only"> {t.of(org.name)}</span>
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </ConsoleTable>
        )}
        {connection.totalCount > PAGE_SIZE && (
          <CursorPager
            page={pager.page}
            pageCount={pageCount(connection.totalCount, PAGE_SIZE)}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            disabled={loading}
            onPrevious={() => {
              setSelectedId(null);
              pager.previous();
            }}
            onNext={() => {
              setSelectedId(null);
              pager.next(connection.pageInfo.endCursor);
            }}
          />
        )}
      </section>
      {selected?.mayGiveHabilitationAvis && (
        <AvisPanel
          key={selected.id}
          organisation={selected}
          onGiven={(message) => {
            setNotice(message);
            setSelectedId(null);
          }}
        />
      )}
      {selected?.mayDecideHabilitation && (
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

/** The département (when the user decides for several) and a search, applied on submit. */
function HabilitationFilterForm({
  departements,
  value,
  onApply,
}: {
  departements: readonly Departement[];
  value: HabilitationFilters;
  onApply: (filters: HabilitationFilters) => void;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <FilterForm label={t.filtersLabel} submitLabel={t.submitFilters} submitWidth={3} onApply={() => onApply(draft)}>
      {departements.length > 1 && (
        <FilterField width={4}>
          <Select
            label={t.departement}
            nativeSelectProps={{
              id: 'habilitations-departement',
              name: 'departement',
              value: draft.departement ?? '',
              onChange: (event) => setDraft((current) => ({ ...current, departement: event.target.value })),
            }}
          >
            {departements.map((d) => (
              <option key={d.code} value={d.code}>
                {d.code} – {d.name}
              </option>
            ))}
          </Select>
        </FilterField>
      )}
      <FilterField width={5}>
        <Input
          label={t.search}
          hintText={t.searchHint}
          nativeInputProps={{
            id: 'habilitations-recherche',
            name: 'recherche',
            type: 'search',
            value: draft.search,
            onChange: (event) => setDraft((current) => ({ ...current, search: event.target.value })),
          }}
        />
      </FilterField>
    </FilterForm>
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
    const prescriberOrganisationId = organisation.id;
    const dates = { prescriberOrganisationId, startOn: values.startOn, endOn: values.endOn };
    try {
      if (kind === 'GRANT') await grant({ variables: dates });
      else if (kind === 'RENEWAL') await renew({ variables: dates });
      else await withdraw({ variables: { prescriberOrganisationId, reason: values.reason } });
      onDecided(f.done(organisation.name));
    } catch (error) {
      // The API's French refusal next to the form; what was typed is kept.
      setApiError(error);
    }
  };

  return (
    <FormPanel
      as="div"
      className="fr-mt-4w"
      id={`${prefix}-titre`}
      headingLevel="h3"
      title={f.title}
      errors={errors}
      fieldIds={fieldIds}
      attempt={form.attempt}
      apiError={apiError}
      apiErrorTitle={f.failed}
      onSubmit={onSubmit}
      busy={loading}
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
    </FormPanel>
  );
}
