import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ExportButtons } from '../../export/ExportButtons.tsx';
import { fetchAllPages } from '../../export/fetch-all-pages.ts';
import { type ExportColumn } from '../../export/table-export.ts';
import { formatDateTime } from '../../format/dates.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { ConnectionTable } from '../../pagination/ConnectionTable.tsx';
import { useCursorPages } from '../../pagination/use-cursor-pages.ts';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePrescribing, withPrescribing } from './context.tsx';
import { prescribingCopy } from './copy.ts';
import {
  SentPrescriptionsDocument,
  type PrescriptionStatus,
  type SentPrescriptionsQuery,
} from '../../generated/graphql.ts';
import {
  isPrescriptionStatus,
  personName,
  PRESCRIPTION_STATUSES,
  prescriptionStatusLabel,
  prescriptionStatusSeverity,
  statusFromSearchParams,
} from './labels.ts';

const PAGE_SIZE = 20;

type PrescriptionRow = SentPrescriptionsQuery['prescriptions']['edges'][number]['node'];

/** The columns of the export (issue 14): the table's, the person's names and the SIAE's commune apart. */
const exportCopy = prescribingCopy().prescriptions;
const EXPORT_COLUMNS: readonly ExportColumn<PrescriptionRow>[] = [
  { header: exportCopy.exportColumns.lastName, value: (row) => row.person.lastName },
  { header: exportCopy.exportColumns.firstName, value: (row) => row.person.firstName },
  { header: exportCopy.columns.siae, value: (row) => row.siae.name },
  { header: exportCopy.exportColumns.city, value: (row) => row.siae.city },
  { header: exportCopy.columns.sentAt, value: (row) => formatDateTime(row.sentAt) },
  { header: exportCopy.columns.updatedAt, value: (row) => formatDateTime(row.updatedAt) },
  { header: exportCopy.columns.status, value: (row) => row.statusLabel },
];

/** With the prescripteur of each row, where the list holds other prescripteurs' prescriptions (an agence's). */
const EXPORT_COLUMNS_WITH_PRESCRIBER: readonly ExportColumn<PrescriptionRow>[] = [
  ...EXPORT_COLUMNS.slice(0, 2),
  { header: exportCopy.columns.prescriber, value: (row) => row.prescriberOrganisation.name },
  ...EXPORT_COLUMNS.slice(2),
];

/** "Mes prescriptions": the fiches navette sent by the organisation, by status, newest first. */
export const PrescriptionsScreen = withPrescribing(PrescriptionsView);

function PrescriptionsView() {
  const { copy, paths, wording } = usePrescribing();
  const t = copy.prescriptions;
  const withPrescriber = wording.othersVisible;
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFromSearchParams(searchParams);
  const client = useApolloClient();
  const pager = useCursorPages(status ?? '');
  const { data, loading, error, refetch } = useQuery(SentPrescriptionsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, status },
    fetchPolicy: 'cache-and-network',
  });
  // The whole follow-up with the chosen status, not only this page: the API's pages of 100, one after the other.
  const loadAll = () =>
    fetchAllPages(async (after) => {
      const { data: page } = await client.query({
        query: SentPrescriptionsDocument,
        variables: { first: 100, after, status },
        fetchPolicy: 'network-only',
      });
      if (!page) throw new Error('SentPrescriptions returned no data');
      const { edges, pageInfo } = page.prescriptions;
      return { nodes: edges.map((e) => e.node), hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
    });
  const applyStatus = (next: PrescriptionStatus | null) => setSearchParams(next ? { statut: next } : {});

  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <StatusFilter key={status ?? ''} status={status} onApply={applyStatus} />

      <ConnectionTable
        id="prescriptions-results"
        caption={t.caption}
        columns={[
          {
            header: t.columns.person,
            cell: (node: PrescriptionRow) => <Link to={paths.prescription(node.id)}>{personName(node.person)}</Link>,
          },
          ...(withPrescriber
            ? [{ header: t.columns.prescriber, cell: (node: PrescriptionRow) => node.prescriberOrganisation.name }]
            : []),
          { header: t.columns.siae, cell: (node: PrescriptionRow) => `${node.siae.name} (${node.siae.city})` },
          { header: t.columns.sentAt, cell: (node: PrescriptionRow) => formatDateTime(node.sentAt) },
          { header: t.columns.updatedAt, cell: (node: PrescriptionRow) => formatDateTime(node.updatedAt) },
          {
            header: t.columns.status,
            cell: (node: PrescriptionRow) => (
              <Badge as="span" severity={prescriptionStatusSeverity(node.status)} small noIcon>
                {node.statusLabel}
              </Badge>
            ),
          },
        ]}
        connection={data?.prescriptions}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={pager}
        pageSize={PAGE_SIZE}
        count={t.count}
        empty={status ? t.emptyFiltered : t.emptyAll}
        emptyAction={
          status && (
            <Button className="fr-mt-2w" priority="secondary" onClick={() => applyStatus(null)}>
              {t.reset}
            </Button>
          )
        }
        toolbar={
          <ExportButtons
            label={t.exportLabel}
            fileName={status ? `prescriptions-${status.toLowerCase().replaceAll('_', '-')}` : 'prescriptions'}
            sheetName={t.title}
            columns={withPrescriber ? EXPORT_COLUMNS_WITH_PRESCRIBER : EXPORT_COLUMNS}
            loadRows={loadAll}
          />
        }
      />
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
  const { copy } = usePrescribing();
  const t = copy.prescriptions;
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
