import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  CursorPager,
  EmptyState,
  ErrorState,
  formatDateTime,
  Loading,
  pageCount,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { IncomingPrescriptionsDocument, type PrescriptionStatus } from '../../generated/graphql.ts';
import {
  isPrescriptionStatus,
  personName,
  PRESCRIPTION_STATUSES,
  prescriptionStatusLabel,
  prescriptionStatusSeverity,
  statusFromSearchParams,
} from '../../labels.ts';
import { paths } from '../../paths.ts';

const t = copy.prescriptions;
const PAGE_SIZE = 20;

/** The fiches navette addressed to the SIAE, newest first, filtered by status. */
export function IncomingPrescriptionsScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFromSearchParams(searchParams);
  const pager = useCursorPages(status ?? '');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(IncomingPrescriptionsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, status },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const connection = data?.prescriptions;
  const focusResults = () => resultsHeading.current?.focus();
  const applyStatus = (next: PrescriptionStatus | null) => setSearchParams(next ? { statut: next } : {});

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <StatusFilter key={status ?? ''} status={status} onApply={applyStatus} />

      <section aria-labelledby="prescriptions-results" aria-busy={loading}>
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : (
          <>
            <h2 id="prescriptions-results" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {t.count(connection.totalCount)}
            </h2>
            {connection.edges.length === 0 ? (
              <EmptyState message={status ? t.emptyFiltered : t.emptyAll}>
                {status && (
                  <Button className="fr-mt-2w" priority="secondary" onClick={() => applyStatus(null)}>
                    {t.reset}
                  </Button>
                )}
              </EmptyState>
            ) : (
              <>
                <Table
                  caption={t.caption}
                  headers={[t.columns.person, t.columns.prescriber, t.columns.sentAt, t.columns.status]}
                  data={connection.edges.map(({ node }) => [
                    <Link key="person" to={paths.prescription(node.id)}>
                      {personName(node.person)}
                    </Link>,
                    node.prescriberOrganisation.name,
                    formatDateTime(node.sentAt),
                    <Badge key="status" as="span" severity={prescriptionStatusSeverity(node.status)} small noIcon>
                      {node.statusLabel}
                    </Badge>,
                  ])}
                />
                <CursorPager
                  page={pager.page}
                  pageCount={pageCount(connection.totalCount, PAGE_SIZE)}
                  hasPrevious={pager.hasPrevious}
                  hasNext={connection.pageInfo.hasNextPage}
                  disabled={loading}
                  onPrevious={() => {
                    pager.previous();
                    focusResults();
                  }}
                  onNext={() => {
                    pager.next(connection.pageInfo.endCursor);
                    focusResults();
                  }}
                />
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}

/** Applied on submit (RGAA: no change of context when an option is selected). */
function StatusFilter({
  status,
  onApply,
}: {
  status: PrescriptionStatus | null;
  onApply: (status: PrescriptionStatus | null) => void;
}) {
  const [draft, setDraft] = useState<string>(status ?? '');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(isPrescriptionStatus(draft) ? draft : null);
  };
  return (
    <form onSubmit={onSubmit} aria-label={t.filterTitle} className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label={t.status}
            nativeSelectProps={{
              id: 'filtre-statut',
              name: 'statut',
              value: draft,
              onChange: (e) => setDraft(e.target.value),
            }}
          >
            <option value="">{t.allStatuses}</option>
            {PRESCRIPTION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {prescriptionStatusLabel(value)}
              </option>
            ))}
          </Select>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Button type="submit" className="fr-mb-3w">
            {t.submit}
          </Button>
        </div>
      </div>
    </form>
  );
}
