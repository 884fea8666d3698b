import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  ConnectionTable,
  type ConnectionColumn,
  dateCell,
  ExportButtons,
  type ExportColumn,
  fetchAllPages,
  formatShortDate,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import {
  ApprovalHistoryDocument,
  type ApprovalHistoryQuery,
  type ApprovalRequestStatus,
} from '../../generated/graphql.ts';
import { StatusBadge } from './badges.tsx';
import { appealStatusLabel, DECIDED_STATUSES, personName } from './labels.ts';
import { RequestLink } from './RequestLink.tsx';
import { SiaeWithKind } from './SiaeWithKind.tsx';
import { statusFromSearchParams, statusToSearchParams, type StatusFilterOptions } from './status-param.ts';
import { StatusFilterForm } from './StatusFilterForm.tsx';

const t = copy.history;
const c = copy.requests.columns;
const PAGE_SIZE = 20;
const statusFilter: StatusFilterOptions<ApprovalRequestStatus> = {
  allowed: DECIDED_STATUSES,
  fallback: 'GRANTED',
  allowAll: false,
};

type DecisionRow = ApprovalHistoryQuery['approvalRequests']['edges'][number]['node'];

/** The columns of the export (issue 14): the table's, with the person's names and the SIAE's kind apart. */
const EXPORT_COLUMNS: readonly ExportColumn<DecisionRow>[] = [
  { header: c.request, value: (row) => row.kindLabel },
  { header: t.exportColumns.lastName, value: (row) => row.person?.lastName ?? null },
  { header: t.exportColumns.firstName, value: (row) => row.person?.firstName ?? null },
  { header: c.siae, value: (row) => row.siae.name },
  { header: t.exportColumns.siaeKind, value: (row) => row.siae.kind },
  { header: c.receivedOn, value: (row) => dateCell(row.receivedOn) },
  { header: c.decidedOn, value: (row) => dateCell(row.decidedOn) },
  { header: c.status, value: (row) => row.statusLabel },
  { header: c.reason, value: (row) => row.refusalReason?.label ?? null },
  { header: c.appeal, value: (row) => (row.appeal ? appealStatusLabel(row.appeal.status) : null) },
];

const COLUMNS: readonly ConnectionColumn<DecisionRow>[] = [
  { header: c.request, cell: (node) => <RequestLink request={node} /> },
  { header: c.person, cell: (node) => personName(node.person) },
  { header: c.siae, cell: (node) => <SiaeWithKind siae={node.siae} /> },
  {
    header: c.receivedOn,
    cell: (node) => <time dateTime={node.receivedOn}>{formatShortDate(node.receivedOn)}</time>,
  },
  {
    header: c.decidedOn,
    cell: (node) =>
      node.decidedOn ? <time dateTime={node.decidedOn}>{formatShortDate(node.decidedOn)}</time> : t.noDecisionDate,
  },
  { header: c.status, cell: (node) => <StatusBadge status={node.status} label={node.statusLabel} /> },
  { header: c.reason, cell: (node) => node.refusalReason?.label ?? '—' },
  { header: c.appeal, cell: (node) => (node.appeal ? appealStatusLabel(node.appeal.status) : '—') },
];

/** Decided requests of the territory: granted, refused, or tacitly granted (accord, annexe 4 §2.2.2). */
export function ApprovalHistoryScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  // Never null: the history offers no "every status", which would bring pending requests back.
  const status = statusFromSearchParams(searchParams, statusFilter) ?? statusFilter.fallback;
  const client = useApolloClient();
  const pager = useCursorPages(status);
  const { data, loading, error, refetch } = useQuery(ApprovalHistoryDocument, {
    variables: { status, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // Every decision of the chosen status, not only this page: the API's pages of 100, one after the other.
  const loadAll = () =>
    fetchAllPages(async (after) => {
      const { data: page } = await client.query({
        query: ApprovalHistoryDocument,
        variables: { status, first: 100, after },
        fetchPolicy: 'network-only',
      });
      if (!page) throw new Error('ApprovalHistory returned no data');
      const { edges, pageInfo } = page.approvalRequests;
      return { nodes: edges.map((e) => e.node), hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
    });

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <StatusFilterForm
        key={status}
        id="filtre-statut-historique"
        formLabel={t.filterLabel}
        statuses={DECIDED_STATUSES}
        value={status}
        allowAll={false}
        onApply={(next) => setSearchParams(statusToSearchParams(next, statusFilter))}
      />
      <ConnectionTable
        id="historique-resultats"
        caption={t.caption}
        columns={COLUMNS}
        connection={data?.approvalRequests}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={pager}
        pageSize={PAGE_SIZE}
        count={copy.requests.count}
        empty={t.empty}
        toolbar={
          <ExportButtons
            label={t.exportLabel}
            fileName={`decisions-${status.toLowerCase().replaceAll('_', '-')}`}
            sheetName={t.title}
            columns={EXPORT_COLUMNS}
            loadRows={loadAll}
          />
        }
      />
    </>
  );
}
