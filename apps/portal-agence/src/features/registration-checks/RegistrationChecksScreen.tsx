import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
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
import { Link, useLocation } from 'react-router';
import { copy } from '../../copy.ts';
import { RegistrationChecksDueDocument } from '../../generated/graphql.ts';
import { personName } from '../approvals/labels.ts';
import { registrationChecksPaths } from './paths.ts';

const t = copy.registrationChecks;
const PAGE_SIZE = 20;

/**
 * The agence's worklist of the 6-month checks (accord, fiche 7 and annexe 1: "% de personnes inscrites à PE 6 mois après
 * la fin de leur agrément"): the agréments of its territory whose check is due and not yet recorded, longest waiting
 * first, in numbered pages.
 */
export function RegistrationChecksScreen() {
  useDocumentTitle(t.title);
  const pager = useCursorPages('inscriptions');
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const recorded = (useLocation().state as { recorded?: string } | null)?.recorded;
  const {
    data,
    loading,
    error: queryError,
    refetch,
  } = useQuery(RegistrationChecksDueDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const error = useCursorFallback(pager, queryError);
  const checks = data?.registrationChecksDue;
  const focusResults = () => resultsHeading.current?.focus();

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      {recorded && <Alert className="fr-mb-3w" severity="success" small description={recorded} />}
      <section aria-labelledby="inscriptions-resultats" aria-busy={loading}>
        {error && !checks ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !checks ? (
          <Loading />
        ) : (
          <>
            <h2 id="inscriptions-resultats" ref={resultsHeading} tabIndex={-1} className="fr-h4" aria-live="polite">
              {t.count(checks.totalCount)}
            </h2>
            {checks.edges.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <>
                <Table
                  caption={t.caption}
                  headers={[t.columns.person, t.columns.siae, t.columns.end, t.columns.due, t.columns.action]}
                  data={checks.edges.map(({ node }) => [
                    personName(node.approval.person),
                    <span key="siae">
                      {node.approval.siae.name}{' '}
                      <abbr title={siaeKindLabel(node.approval.siae.kind)} className="fr-text--sm">
                        ({node.approval.siae.kind})
                      </abbr>
                    </span>,
                    formatShortDate(node.approval.endOn),
                    formatShortDate(node.dueOn),
                    <Link
                      key="check"
                      className="fr-link"
                      to={registrationChecksPaths.check(node.approval.id)}
                      aria-label={t.checkLabel(personName(node.approval.person))}
                    >
                      {t.check}
                    </Link>,
                  ])}
                />
                {checks.totalCount > PAGE_SIZE && (
                  <CursorPager
                    page={pager.page}
                    pageCount={pageCount(checks.totalCount, PAGE_SIZE)}
                    hasPrevious={pager.hasPrevious}
                    hasNext={checks.pageInfo.hasNextPage}
                    disabled={loading}
                    onPrevious={() => {
                      pager.previous();
                      focusResults();
                    }}
                    onNext={() => {
                      pager.next(checks.pageInfo.endCursor);
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
