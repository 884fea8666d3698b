import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Table } from '@codegouvfr/react-dsfr/Table';
import {
  ConnectionTable,
  type ConnectionColumn,
  dateCell,
  EmptyState,
  ErrorState,
  ExportButtons,
  type ExportColumn,
  fetchAllPages,
  formatShortDate,
  Loading,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
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

/** The columns of the table: the agrément's number links to the employee's page. */
const COLUMNS: readonly ConnectionColumn<EmployeeRow>[] = [
  { header: t.columns.number, cell: (node) => <Link to={paths.employee(node.id)}>{node.number}</Link> },
  { header: t.columns.person, cell: (node) => personName(node.person) },
  { header: t.columns.start, cell: (node) => formatShortDate(node.startOn) },
  { header: t.columns.end, cell: (node) => formatShortDate(node.endOn) },
  {
    header: t.columns.status,
    cell: (node) => (
      <Badge as="span" severity={approvalStatusSeverity(node.status)} small noIcon>
        {approvalStatusLabel(node.status)}
      </Badge>
    ),
  },
  {
    header: t.columns.alerts,
    cell: (node) =>
      node.alerts.length === 0 ? (
        t.noAlert
      ) : (
        <ul className="fr-mb-0">
          {node.alerts.map((alert) => (
            <li key={alert} className="fr-text--sm fr-mb-0">
              <span className="fr-icon-warning-fill fr-icon--sm fr-mr-1v" aria-hidden="true" />
              {alert}
            </li>
          ))}
        </ul>
      ),
  },
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
  const { data, loading, error, refetch } = useQuery(EmployeesDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
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
    <ConnectionTable
      id="salaries-results"
      className="fr-mt-4w"
      caption={t.caption}
      columns={COLUMNS}
      connection={data?.approvals}
      loading={loading}
      error={error}
      onRetry={() => void refetch()}
      pager={pager}
      pageSize={PAGE_SIZE}
      count={t.count}
      empty={t.empty}
      toolbar={
        <ExportButtons
          label={t.exportLabel}
          fileName="salaries"
          sheetName={t.title}
          columns={EXPORT_COLUMNS}
          loadRows={loadAll}
        />
      }
    />
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
