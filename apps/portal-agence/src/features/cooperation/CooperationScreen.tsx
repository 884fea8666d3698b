import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  CursorPager,
  EmptyState,
  ErrorState,
  Loading,
  pageCount,
  siaeKindLabel,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import {
  TerritoryAgreementsDocument,
  TerritorySiaesDocument,
  type CooperationAgreementStatus,
} from '../../generated/graphql.ts';
import {
  AGREEMENT_STATUSES,
  agreementStatusLabel,
  agreementStatusSeverity,
  cooperationFiltersFromSearchParams,
  cooperationFiltersToSearchParams,
  isAgreementStatus,
} from './labels.ts';
import { useOwnAgencyId } from './own-agency.ts';
import { cooperationPaths } from './paths.ts';
import { agreementPeriod, signedOn } from './period.ts';

const t = copy.cooperation;
const PAGE_SIZE = 20;

type Filters = ReturnType<typeof cooperationFiltersFromSearchParams>;

/**
 * "Conventions": the SIAE of the territory, flagged when a convention is mandatory and none is in force (annexe 4
 * §2.2.8), and the conventions of the territory by status. Both filters live in the URL.
 */
export function CooperationScreen() {
  useDocumentTitle(t.title);
  const agencyId = useOwnAgencyId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = cooperationFiltersFromSearchParams(searchParams);
  const apply = (next: Partial<Filters>) => setSearchParams(cooperationFiltersToSearchParams({ ...filters, ...next }));

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      {!agencyId ? (
        <Alert severity="error" small description={t.unknownAgency} role="alert" />
      ) : (
        <>
          <MissingAgreements agencyId={agencyId} onShow={() => apply({ onlyMissing: true })} />
          <TerritorySiaes agencyId={agencyId} onlyMissing={filters.onlyMissing} onApply={apply} />
          <TerritoryAgreements status={filters.status} onApply={apply} />
        </>
      )}
    </>
  );
}

/** How many SIAE must have a convention and have none in force: the agence's to-do, at the top. */
function MissingAgreements({ agencyId, onShow }: { agencyId: string; onShow: () => void }) {
  const { data, error } = useQuery(TerritorySiaesDocument, {
    variables: { agencyId, missing: true, first: 1, after: null },
    fetchPolicy: 'cache-and-network',
  });
  if (error) console.error('[navette]', error);
  const count = data?.siaes.totalCount ?? 0;
  if (count === 0) return null;
  return (
    <div className="fr-mb-4w" data-testid="missing-agreements">
      <Alert
        severity="warning"
        title={t.missingAlertTitle}
        as="h2"
        description={
          <>
            {t.missingAlert(count)}{' '}
            <Button priority="tertiary no outline" size="small" onClick={onShow}>
              {t.showMissing}
            </Button>
          </>
        }
      />
    </div>
  );
}

function TerritorySiaes({
  agencyId,
  onlyMissing,
  onApply,
}: {
  agencyId: string;
  onlyMissing: boolean;
  onApply: (filters: Partial<Filters>) => void;
}) {
  const pager = useCursorPages(`${agencyId}:${onlyMissing}`);
  const resultsHeading = useRef<HTMLParagraphElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(TerritorySiaesDocument, {
    variables: { agencyId, missing: onlyMissing || null, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const siaes = data?.siaes;
  const focusResults = () => resultsHeading.current?.focus();
  const c = t.siaesColumns;

  return (
    <section aria-labelledby="siae-territoire" aria-busy={loading} className="fr-mt-2w">
      <h2 id="siae-territoire" className="fr-h4">
        {t.siaesTitle}
      </h2>
      <MissingFilter key={String(onlyMissing)} onlyMissing={onlyMissing} onApply={onApply} />
      {error && !siaes ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !siaes ? (
        <Loading />
      ) : (
        <>
          <p id="siae-resultats" ref={resultsHeading} tabIndex={-1} className="fr-text--bold" aria-live="polite">
            {t.siaesCount(siaes.totalCount)}
          </p>
          {siaes.edges.length === 0 ? (
            <EmptyState message={onlyMissing ? t.siaesEmptyMissing : t.siaesEmpty} />
          ) : (
            <>
              <div data-testid="territory-siaes">
                <Table
                  caption={t.siaesCaption}
                  noCaption
                  headers={[c.name, c.kind, c.city, c.agreement]}
                  data={siaes.edges.map(({ node }) => [
                    <Link key="name" to={cooperationPaths.siae(node.id)}>
                      {node.name}
                    </Link>,
                    <abbr key="kind" title={siaeKindLabel(node.kind)}>
                      {node.kind}
                    </abbr>,
                    `${node.city} (${node.postcode})`,
                    node.missingCooperationAgreement ? (
                      <Badge key="agreement" as="span" severity="warning" small>
                        {t.missing}
                      </Badge>
                    ) : node.cooperationAgreementMandatory ? (
                      t.mandatoryInForce
                    ) : (
                      t.optional
                    ),
                  ])}
                />
              </div>
              {siaes.totalCount > PAGE_SIZE && (
                <CursorPager
                  page={pager.page}
                  pageCount={pageCount(siaes.totalCount, PAGE_SIZE)}
                  hasPrevious={pager.hasPrevious}
                  hasNext={siaes.pageInfo.hasNextPage}
                  disabled={loading}
                  onPrevious={() => {
                    pager.previous();
                    focusResults();
                  }}
                  onNext={() => {
                    pager.next(siaes.pageInfo.endCursor);
                    focusResults();
                  }}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Applied on submit (RGAA: no change of context when a box is ticked). */
function MissingFilter({
  onlyMissing,
  onApply,
}: {
  onlyMissing: boolean;
  onApply: (filters: Partial<Filters>) => void;
}) {
  const [draft, setDraft] = useState(onlyMissing);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ onlyMissing: draft });
  };
  return (
    <form onSubmit={onSubmit} aria-label={t.siaesFilterLabel} className="fr-mb-2w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-8">
          <Checkbox
            id="filtre-sans-convention"
            options={[
              {
                label: t.onlyMissing,
                hintText: t.onlyMissingHint,
                nativeInputProps: {
                  name: 'sans-convention',
                  checked: draft,
                  onChange: (e) => setDraft(e.target.checked),
                },
              },
            ]}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" priority="secondary" className="fr-mb-3w">
            {t.filterSiaes}
          </Button>
        </div>
      </div>
    </form>
  );
}

function TerritoryAgreements({
  status,
  onApply,
}: {
  status: CooperationAgreementStatus | null;
  onApply: (filters: Partial<Filters>) => void;
}) {
  // Second list of the screen: its page in `?conventions-page=…&conventions-apres=…`.
  const pager = useCursorPages(status ?? 'all', { prefix: 'conventions' });
  const resultsHeading = useRef<HTMLParagraphElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(TerritoryAgreementsDocument, {
    variables: { status, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const agreements = data?.cooperationAgreements;
  const focusResults = () => resultsHeading.current?.focus();
  const c = t.agreementsColumns;

  return (
    <section aria-labelledby="conventions-territoire" aria-busy={loading} className="fr-mt-4w">
      <h2 id="conventions-territoire" className="fr-h4">
        {t.agreementsTitle}
      </h2>
      <StatusFilter key={status ?? 'all'} status={status} onApply={(next) => onApply({ status: next })} />
      {error && !agreements ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !agreements ? (
        <Loading />
      ) : (
        <>
          <p id="conventions-resultats" ref={resultsHeading} tabIndex={-1} className="fr-text--bold" aria-live="polite">
            {t.agreementsCount(agreements.totalCount)}
          </p>
          {agreements.edges.length === 0 ? (
            <EmptyState message={status ? t.agreementsEmptyFiltered : t.agreementsEmpty} />
          ) : (
            <>
              <div data-testid="territory-agreements">
                <Table
                  caption={t.agreementsCaption}
                  noCaption
                  headers={[c.siae, c.period, c.status, c.inForce, c.siaeSignedOn, c.agencySignedOn]}
                  data={agreements.edges.map(({ node }) => [
                    <Link key="siae" to={cooperationPaths.agreement(node.id)}>
                      {node.siae.name}
                    </Link>,
                    agreementPeriod(node),
                    <Badge key="status" as="span" severity={agreementStatusSeverity(node.status)} small noIcon>
                      {node.statusLabel}
                    </Badge>,
                    node.inForce ? t.yes : t.no,
                    signedOn(node.siaeSignedOn),
                    signedOn(node.agencySignedOn),
                  ])}
                />
              </div>
              {agreements.totalCount > PAGE_SIZE && (
                <CursorPager
                  page={pager.page}
                  pageCount={pageCount(agreements.totalCount, PAGE_SIZE)}
                  hasPrevious={pager.hasPrevious}
                  hasNext={agreements.pageInfo.hasNextPage}
                  disabled={loading}
                  onPrevious={() => {
                    pager.previous();
                    focusResults();
                  }}
                  onNext={() => {
                    pager.next(agreements.pageInfo.endCursor);
                    focusResults();
                  }}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Applied on submit (RGAA: no change of context when an option is selected). */
function StatusFilter({
  status,
  onApply,
}: {
  status: CooperationAgreementStatus | null;
  onApply: (status: CooperationAgreementStatus | null) => void;
}) {
  const [draft, setDraft] = useState<string>(status ?? '');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(isAgreementStatus(draft) ? draft : null);
  };
  return (
    <form onSubmit={onSubmit} aria-label={t.agreementsFilterLabel} className="fr-mb-2w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label={t.status}
            nativeSelectProps={{
              id: 'filtre-statut-conventions',
              name: 'statut',
              value: draft,
              onChange: (e) => setDraft(e.target.value),
            }}
          >
            <option value="">{t.allStatuses}</option>
            {AGREEMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {agreementStatusLabel(value)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button type="submit" priority="secondary" className="fr-mb-3w">
            {t.filterAgreements}
          </Button>
        </div>
      </div>
    </form>
  );
}
