import { useQuery } from '@apollo/client/react';
import { ConnectionTable, formatShortDate, useCursorPages, useDocumentTitle, type ConnectionColumn } from '@navette/ui';
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { PendingAppealsDocument, type PendingAppealsQuery } from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import { appealAnchor, approvalRequestPath } from './paths.ts';
import { RequestLink } from './RequestLink.tsx';
import { SiaeWithKind } from './SiaeWithKind.tsx';

const t = copy.appeals;
const c = copy.requests.columns;
const PAGE_SIZE = 20;

type AppealRow = PendingAppealsQuery['approvalRequests']['edges'][number]['node'];

const COLUMNS: readonly ConnectionColumn<AppealRow>[] = [
  { header: c.request, cell: (request) => <RequestLink request={request} /> },
  { header: c.person, cell: (request) => personName(request.person) },
  { header: c.siae, cell: (request) => <SiaeWithKind siae={request.siae} /> },
  { header: c.refusedOn, cell: (request) => (request.decidedOn ? formatShortDate(request.decidedOn) : '—') },
  { header: c.reason, cell: (request) => request.refusalReason?.label ?? '—' },
  { header: c.appealFiledOn, cell: (request) => (request.appeal ? formatShortDate(request.appeal.filedOn) : '—') },
  {
    header: c.action,
    cell: (request) => (
      <Link
        className="fr-link"
        to={{ pathname: approvalRequestPath(request.id), hash: appealAnchor }}
        aria-label={t.answerLabel(personName(request.person))}
      >
        {t.answer}
      </Link>
    ),
  },
];

/**
 * Appeals of the SIAE against a refusal, waiting for the agency director's answer (accord, annexe 4 §2.2.3): the API
 * filters the refused requests of the territory on their appeal's status, in numbered pages.
 */
export function AppealsScreen() {
  useDocumentTitle(t.title);
  const pager = useCursorPages('appeals');
  const { data, loading, error, refetch } = useQuery(PendingAppealsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    // An answer given elsewhere (another agent, the director) shows on the next visit.
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <ConnectionTable
        id="recours-resultats"
        caption={t.caption}
        columns={COLUMNS}
        connection={data?.approvalRequests}
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
