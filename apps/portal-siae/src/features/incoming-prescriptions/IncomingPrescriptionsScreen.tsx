import { useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { ConnectionTable, formatDateTime, useCursorPages, useDocumentTitle, type ConnectionColumn } from '@navette/ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { copy } from '../../copy.ts';
import {
  IncomingPrescriptionsDocument,
  type IncomingPrescriptionsQuery,
  type PrescriptionStatus,
} from '../../generated/graphql.ts';
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

type PrescriptionRow = IncomingPrescriptionsQuery['prescriptions']['edges'][number]['node'];

const COLUMNS: readonly ConnectionColumn<PrescriptionRow>[] = [
  {
    header: t.columns.person,
    cell: (node) => <Link to={paths.prescription(node.id)}>{personName(node.person)}</Link>,
  },
  { header: t.columns.prescriber, cell: (node) => node.prescriberOrganisation.name },
  { header: t.columns.sentAt, cell: (node) => formatDateTime(node.sentAt) },
  {
    header: t.columns.status,
    cell: (node) => (
      <Badge as="span" severity={prescriptionStatusSeverity(node.status)} small noIcon>
        {node.statusLabel}
      </Badge>
    ),
  },
];

/** The fiches navette addressed to the SIAE, newest first, filtered by status. */
export function IncomingPrescriptionsScreen() {
  useDocumentTitle(t.title);
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFromSearchParams(searchParams);
  const pager = useCursorPages(status ?? '');
  const { data, loading, error, refetch } = useQuery(IncomingPrescriptionsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, status },
    fetchPolicy: 'cache-and-network',
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
        columns={COLUMNS}
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
