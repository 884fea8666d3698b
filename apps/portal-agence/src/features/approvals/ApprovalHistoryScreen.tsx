import { useApolloClient, useQuery } from '@apollo/client/react';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  CursorPager,
  dateCell,
  EmptyState,
  ErrorState,
  ExportButtons,
  type ExportColumn,
  fetchAllPages,
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
import {
  ApprovalHistoryDocument,
  type ApprovalHistoryQuery,
  type ApprovalRequestStatus,
} from '../../generated/graphql.ts';
import { StatusBadge } from './badges.tsx';
import { appealStatusLabel, DECIDED_STATUSES, personName } from './labels.ts';
import { RequestLink } from './RequestLink.tsx';
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

/** Decided requests of the territory: granted, refused, or tacitly granted (accord, annexe 4 §2.2.2). */
export function ApprovalHistoryScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  // Never null: the history offers no "every status", which would bring pending requests back.
  const status = statusFromSearchParams(searchParams, statusFilter) ?? statusFilter.fallback;
  const client = useApolloClient();
  const pager = useCursorPages(status);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(ApprovalHistoryDocument, {
    variables: { status, first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const requests = data?.approvalRequests;
  const focusResults = () => resultsHeading.current?.focus();
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
      <section aria-labelledby="historique-resultats" aria-busy={loading}>
        {error && !requests ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !requests ? (
          <Loading />
        ) : (
          <>
            <h2 id="historique-resultats" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {copy.requests.count(requests.totalCount)}
            </h2>
            {requests.edges.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <>
                <ExportButtons
                  label={t.exportLabel}
                  fileName={`decisions-${status.toLowerCase().replaceAll('_', '-')}`}
                  sheetName={t.title}
                  columns={EXPORT_COLUMNS}
                  loadRows={loadAll}
                />
                <Table
                  caption={t.caption}
                  headers={[c.request, c.person, c.siae, c.receivedOn, c.decidedOn, c.status, c.reason, c.appeal]}
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
                    node.decidedOn ? (
                      <time key="decided" dateTime={node.decidedOn}>
                        {formatShortDate(node.decidedOn)}
                      </time>
                    ) : (
                      t.noDecisionDate
                    ),
                    <StatusBadge key="status" status={node.status} label={node.statusLabel} />,
                    node.refusalReason?.label ?? '—',
                    node.appeal ? appealStatusLabel(node.appeal.status) : '—',
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
