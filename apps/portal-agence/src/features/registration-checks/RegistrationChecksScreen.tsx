import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ConnectionTable, formatShortDate, useCursorPages, useDocumentTitle, type ConnectionColumn } from '@navette/ui';
import { Link, useLocation } from 'react-router';
import { copy } from '../../copy.ts';
import { RegistrationChecksDueDocument, type RegistrationChecksDueQuery } from '../../generated/graphql.ts';
import { personName } from '../approvals/labels.ts';
import { SiaeWithKind } from '../approvals/SiaeWithKind.tsx';
import { registrationChecksPaths } from './paths.ts';

const t = copy.registrationChecks;
const PAGE_SIZE = 20;

type CheckRow = RegistrationChecksDueQuery['registrationChecksDue']['edges'][number]['node'];

const COLUMNS: readonly ConnectionColumn<CheckRow>[] = [
  { header: t.columns.person, cell: (node) => personName(node.approval.person) },
  { header: t.columns.siae, cell: (node) => <SiaeWithKind siae={node.approval.siae} /> },
  { header: t.columns.end, cell: (node) => formatShortDate(node.approval.endOn) },
  { header: t.columns.due, cell: (node) => formatShortDate(node.dueOn) },
  {
    header: t.columns.action,
    cell: (node) => (
      <Link
        className="fr-link"
        to={registrationChecksPaths.check(node.approval.id)}
        aria-label={t.checkLabel(personName(node.approval.person))}
      >
        {t.check}
      </Link>
    ),
  },
];

/**
 * The agence's worklist of the 6-month checks (accord, fiche 7 and annexe 1: "% de personnes inscrites à PE 6 mois après
 * la fin de leur agrément"): the agréments of its territory whose check is due and not yet recorded, longest waiting
 * first, in numbered pages.
 */
export function RegistrationChecksScreen() {
  useDocumentTitle(t.title);
  const pager = useCursorPages('inscriptions');
  const recorded = (useLocation().state as { recorded?: string } | null)?.recorded;
  const { data, loading, error, refetch } = useQuery(RegistrationChecksDueDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      {recorded && <Alert className="fr-mb-3w" severity="success" small description={recorded} />}
      <ConnectionTable
        id="inscriptions-resultats"
        caption={t.caption}
        columns={COLUMNS}
        connection={data?.registrationChecksDue}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pager={pager}
        pageSize={PAGE_SIZE}
        count={t.count}
        empty={t.empty}
      />
    </>
  );
}
