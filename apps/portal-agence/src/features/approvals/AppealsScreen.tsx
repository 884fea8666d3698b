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
import { Link } from 'react-router';
import { copy } from '../../copy.ts';
import { PendingAppealsDocument } from '../../generated/graphql.ts';
import { personName } from './labels.ts';
import { appealAnchor, approvalRequestPath } from './paths.ts';
import { RequestLink } from './RequestLink.tsx';

const t = copy.appeals;
const c = copy.requests.columns;
const PAGE_SIZE = 20;

/**
 * Appeals of the SIAE against a refusal, waiting for the agency director's answer (accord, annexe 4 §2.2.3): the API
 * filters the refused requests of the territory on their appeal's status, in numbered pages.
 */
export function AppealsScreen() {
  useDocumentTitle(t.title);
  const pager = useCursorPages('appeals');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(PendingAppealsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    // An answer given elsewhere (another agent, the director) shows on the next visit.
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const appeals = data?.approvalRequests;
  const focusResults = () => resultsHeading.current?.focus();

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <section aria-labelledby="recours-resultats" aria-busy={loading}>
        {error && !appeals ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !appeals ? (
          <Loading />
        ) : (
          <>
            <h2 id="recours-resultats" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {t.count(appeals.totalCount)}
            </h2>
            {appeals.edges.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <>
                <Table
                  caption={t.caption}
                  headers={[c.request, c.person, c.siae, c.refusedOn, c.reason, c.appealFiledOn, c.action]}
                  data={appeals.edges.map(({ node: request }) => [
                    <RequestLink key="request" request={request} />,
                    personName(request.person),
                    <span key="siae">
                      {request.siae.name}{' '}
                      <abbr title={siaeKindLabel(request.siae.kind)} className="fr-text--sm">
                        ({request.siae.kind})
                      </abbr>
                    </span>,
                    request.decidedOn ? formatShortDate(request.decidedOn) : '—',
                    request.refusalReason?.label ?? '—',
                    request.appeal ? formatShortDate(request.appeal.filedOn) : '—',
                    <Link
                      key="answer"
                      className="fr-link"
                      to={{ pathname: approvalRequestPath(request.id), hash: appealAnchor }}
                      aria-label={t.answerLabel(personName(request.person))}
                    >
                      {t.answer}
                    </Link>,
                  ])}
                />
                {appeals.totalCount > PAGE_SIZE && (
                  <CursorPager
                    page={pager.page}
                    pageCount={pageCount(appeals.totalCount, PAGE_SIZE)}
                    hasPrevious={pager.hasPrevious}
                    hasNext={appeals.pageInfo.hasNextPage}
                    disabled={loading}
                    onPrevious={() => {
                      pager.previous();
                      focusResults();
                    }}
                    onNext={() => {
                      pager.next(appeals.pageInfo.endCursor);
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
