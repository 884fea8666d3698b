import { useQuery } from '@apollo/client/react';
import { ConnectionTable, formatShortDate, useCursorPages, useDocumentTitle, type ConnectionColumn } from '@navette/ui';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import { ApprovalInboxDocument, type ApprovalInboxQuery, type ApprovalRequestStatus } from '../../generated/graphql.ts';
import { DeadlineBadge, StatusBadge } from './badges.tsx';
import { personName, REQUEST_STATUSES } from './labels.ts';
import { RequestLink } from './RequestLink.tsx';
import { SiaeWithKind } from './SiaeWithKind.tsx';
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

type RequestRow = ApprovalInboxQuery['approvalRequests']['edges'][number]['node'];

const COLUMNS: readonly ConnectionColumn<RequestRow>[] = [
  { header: c.request, cell: (node) => <RequestLink request={node} /> },
  { header: c.person, cell: (node) => personName(node.person) },
  { header: c.siae, cell: (node) => <SiaeWithKind siae={node.siae} /> },
  {
    header: c.receivedOn,
    cell: (node) => <time dateTime={node.receivedOn}>{formatShortDate(node.receivedOn)}</time>,
  },
  { header: c.deadline, cell: (node) => <time dateTime={node.deadline}>{formatShortDate(node.deadline)}</time> },
  {
    header: c.timeLeft,
    cell: (node) => (
      <DeadlineBadge
        workingDaysLeft={node.status === 'PENDING' ? node.workingDaysLeft : null}
        fallback={copy.requests.noTimeLeft}
      />
    ),
  },
  { header: c.status, cell: (node) => <StatusBadge status={node.status} label={node.statusLabel} /> },
];

/** The agence's inbox: requests of its territory, in the order of their deadline (the API sorts them). */
export function ApprovalInboxScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFromSearchParams(searchParams, statusFilter);
  const pager = useCursorPages(status ?? 'all');
  const { data, loading, error, refetch } = useQuery(ApprovalInboxDocument, {
    variables: { status, first: PAGE_SIZE, after: pager.after },
    // A decision taken elsewhere (another agent, a tacit grant at midnight) shows on the next visit.
    fetchPolicy: 'cache-and-network',
  });

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
      <ConnectionTable
        id="demandes-resultats"
        caption={t.caption}
        columns={COLUMNS}
        connection={data?.approvalRequests}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={pager}
        pageSize={PAGE_SIZE}
        count={copy.requests.count}
        empty={status === 'PENDING' ? t.emptyPending : t.empty}
      />
    </>
  );
}
