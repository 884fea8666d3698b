import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
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
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useRef } from 'react';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { EmployeesDocument, ExitInterviewsDueDocument, type EmployeesQuery } from '../../generated/graphql.ts';
import { approvalStatusLabel, approvalStatusSeverity, personName } from '../../labels.ts';
import { paths } from '../../paths.ts';

const t = copy.employees;
const PAGE_SIZE = 20;

type EmployeeRow = EmployeesQuery['approvals']['edges'][number]['node'];

/** The columns of the export (issue 14): the table's, the person's names apart, the alerts on one line. */
const EXPORT_COLUMNS: readonly ExportColumn<EmployeeRow>[] = [
  { header: t.columns.number, value: (row) => row.number },
  { header: t.exportColumns.lastName, value: (row) => row.person?.lastName ?? null },
  { header: t.exportColumns.firstName, value: (row) => row.person?.firstName ?? null },
  { header: t.columns.start, value: (row) => dateCell(row.startOn) },
  { header: t.columns.end, value: (row) => dateCell(row.endOn) },
  { header: t.columns.status, value: (row) => approvalStatusLabel(row.status) },
  { header: t.columns.alerts, value: (row) => row.alerts.join(' ; ') },
];

/** "Mes salariés": the SIAE's agréments with their alerts, and the tripartite interviews due. */
export function EmployeesScreen() {
  useDocumentTitle(t.title);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <p>
        <Link className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-add-line" to={paths.extension}>
          {t.requestExtension}
        </Link>
      </p>
      <InterviewsDue />
      <Approvals />
    </>
  );
}

function Approvals() {
  const client = useApolloClient();
  const pager = useCursorPages('');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(EmployeesDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const connection = data?.approvals;
  const focusResults = () => resultsHeading.current?.focus();
  // Every agrément, not only this page: the API's pages of 100, one after the other.
  const loadAll = () =>
    fetchAllPages(async (after) => {
      const { data: page } = await client.query({
        query: EmployeesDocument,
        variables: { first: 100, after },
        fetchPolicy: 'network-only',
      });
      if (!page) throw new Error('Employees returned no data');
      const { edges, pageInfo } = page.approvals;
      return { nodes: edges.map((e) => e.node), hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
    });

  return (
    <section aria-labelledby="salaries-results" aria-busy={loading} className="fr-mt-4w">
      {error && !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : (
        <>
          <h2 id="salaries-results" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
            {t.count(connection.totalCount)}
          </h2>
          {connection.edges.length === 0 ? (
            <EmptyState message={t.empty} />
          ) : (
            <>
              <ExportButtons
                label={t.exportLabel}
                fileName="salaries"
                sheetName={t.title}
                columns={EXPORT_COLUMNS}
                loadRows={loadAll}
              />
              <Table
                caption={t.caption}
                headers={[
                  t.columns.number,
                  t.columns.person,
                  t.columns.start,
                  t.columns.end,
                  t.columns.status,
                  t.columns.alerts,
                ]}
                data={connection.edges.map(({ node }) => [
                  <Link key="number" to={paths.employee(node.id)}>
                    {node.number}
                  </Link>,
                  personName(node.person),
                  formatShortDate(node.startOn),
                  formatShortDate(node.endOn),
                  <Badge key="status" as="span" severity={approvalStatusSeverity(node.status)} small noIcon>
                    {approvalStatusLabel(node.status)}
                  </Badge>,
                  node.alerts.length === 0 ? (
                    t.noAlert
                  ) : (
                    <ul key="alerts" className="fr-mb-0">
                      {node.alerts.map((alert) => (
                        <li key={alert} className="fr-text--sm fr-mb-0">
                          <span className="fr-icon-warning-fill fr-icon--sm fr-mr-1v" aria-hidden="true" />
                          {alert}
                        </li>
                      ))}
                    </ul>
                  ),
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
  );
}

function InterviewsDue() {
  const { data, loading, error, refetch } = useQuery(ExitInterviewsDueDocument, { fetchPolicy: 'cache-and-network' });
  const due = data?.exitInterviewsDue;
  return (
    <section aria-labelledby="entretiens" aria-busy={loading} className="fr-mt-2w">
      <h2 id="entretiens" className="fr-h4">
        {t.interviewsTitle}
      </h2>
      <p className="fr-text--sm">{t.interviewsIntro}</p>
      {error && !due ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !due ? (
        <Loading />
      ) : due.length === 0 ? (
        <EmptyState message={t.noInterview} />
      ) : (
        <Table
          caption={t.interviewsCaption}
          noCaption
          headers={[
            t.interviewColumns.person,
            t.interviewColumns.number,
            t.interviewColumns.endOn,
            t.interviewColumns.window,
          ]}
          data={due.map((item) => [
            <Link key="person" to={paths.employee(item.approval.id)}>
              {personName(item.approval.person)}
            </Link>,
            item.approval.number,
            formatShortDate(item.endOn),
            t.interviewWindow(formatShortDate(item.windowStartOn), formatShortDate(item.windowEndOn)),
          ])}
        />
      )}
    </section>
  );
}
