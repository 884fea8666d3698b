import { useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  CursorPager,
  EmptyState,
  ErrorState,
  formatShortDate,
  Loading,
  pageCount,
  siaeKindLabel,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useRef } from 'react';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ApprovalInboxDocument, type ApprovalRequestStatus } from '../../generated/graphql.ts';
import { DeadlineBadge, StatusBadge } from './badges.tsx';
import { personName, REQUEST_STATUSES } from './labels.ts';
import { RequestLink } from './RequestLink.tsx';
import { statusFromSearchParams, statusToSearchParams, type StatusFilterOptions } from './status-param.ts';
import { StatusFilterForm } from './StatusFilterForm.tsx';

const t = copy.inbox;
const c = copy.requests.columns;
const PAGE_SIZE = 20;
const statusFilter: StatusFilterOptions<ApprovalRequestStatus> = {
  allowed: REQUEST_STATUSES,
  fallback: 'PENDING',
  allowAll: true,
};

/** The agence's inbox: requests of its territory, in the order of their deadline (the API sorts them). */
export function ApprovalInboxScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFromSearchParams(searchParams, statusFilter);
  const pager = useCursorPages(status ?? 'all');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(ApprovalInboxDocument, {
    variables: { status, first: PAGE_SIZE, after: pager.after },
    // A decision taken elsewhere (another agent, a tacit grant at midnight) shows on the next visit.
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const requests = data?.approvalRequests;
  const focusResults = () => resultsHeading.current?.focus();

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <StatusFilterForm
        key={status ?? 'all'}
        id="filtre-statut-demandes"
        formLabel={t.filterLabel}
        statuses={REQUEST_STATUSES}
        value={status}
        allowAll
        onApply={(next) => setSearchParams(statusToSearchParams(next, statusFilter))}
      />
      <section aria-labelledby="demandes-resultats" aria-busy={loading}>
        {error && !requests ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !requests ? (
          <Loading />
        ) : (
          <>
            <h2 id="demandes-resultats" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {copy.requests.count(requests.totalCount)}
            </h2>
            {requests.edges.length === 0 ? (
              <EmptyState message={status === 'PENDING' ? t.emptyPending : t.empty} />
            ) : (
              <>
                <Table
                  caption={t.caption}
                  headers={[c.request, c.person, c.siae, c.receivedOn, c.deadline, c.timeLeft, c.status]}
                  data={requests.edges.map(({ node }) => [
                    <RequestLink key="request" request={node} />,
                    personName(node.person),
                    <span key="siae">
                      {node.siae.name}{' '}
                      <abbr title={siaeKindLabel(node.siae.kind)} className="fr-text--sm">
                        ({node.siae.kind})
                      </abbr>
                    </span>,
                    <time key="received" dateTime={node.receivedOn}>
                      {formatShortDate(node.receivedOn)}
                    </time>,
                    <time key="deadline" dateTime={node.deadline}>
                      {formatShortDate(node.deadline)}
                    </time>,
                    <DeadlineBadge
                      key="left"
                      workingDaysLeft={node.status === 'PENDING' ? node.workingDaysLeft : null}
                      fallback={copy.requests.noTimeLeft}
                    />,
                    <StatusBadge key="status" status={node.status} label={node.statusLabel} />,
                  ])}
                />
                {requests.totalCount > PAGE_SIZE && (
                  <CursorPager
                    page={pager.page}
                    pageCount={pageCount(requests.totalCount, PAGE_SIZE)}
                    hasPrevious={pager.hasPrevious}
                    hasNext={requests.pageInfo.hasNextPage}
                    disabled={loading}
                    onPrevious={() => {
                      pager.previous();
                      focusResults();
                    }}
                    onNext={() => {
                      pager.next(requests.pageInfo.endCursor);
                      focusResults();
                    }}
                  />
                )}
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
