import { useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { copy } from '../../copy.tsx';
import { formatShortDate } from '../../format/dates.ts';
import { PendingWorkDocument } from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { daysLeftText, urgencyOf } from './days-left.ts';

const t = copy.pendingWork;

/**
 * The home page of every portal (issue 14 §1, "Home = my pending work"): what waits for the signed-in user, sorted by
 * due date, each item linking to where it is done, with the counts per kind. One query (PendingWork), computed by the
 * server; asked again on each visit so that the work done elsewhere leaves the list. `intro` says what the portal's
 * user finds here; `children` are the portal's shortcuts below the list. `searchMovedTo`: the page that was the home
 * page before (a directory): an old link with its filters (`/?departement=25`) is sent there, filters kept.
 */
export function PendingWorkScreen({
  intro,
  children,
  searchMovedTo,
}: {
  intro: string;
  children?: ReactNode;
  searchMovedTo?: string;
}) {
  const { search } = useLocation();
  if (searchMovedTo && search) return <Navigate to={{ pathname: searchMovedTo, search }} replace />;
  return <PendingWork intro={intro}>{children}</PendingWork>;
}

function PendingWork({ intro, children }: { intro: string; children?: ReactNode }) {
  useDocumentTitle(t.title);
  const { data, error, loading, refetch } = useQuery(PendingWorkDocument, { fetchPolicy: 'cache-and-network' });
  const work = data?.pendingWork;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{intro}</p>
      <section aria-labelledby="travail-titre" aria-busy={loading}>
        <h2 id="travail-titre" className="fr-sr-only">
          {t.listTitle}
        </h2>
        {error && !work ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !work ? (
          <Loading />
        ) : (
          <>
            {work.incomplete && <Alert severity="warning" small description={t.incomplete} className="fr-mb-3w" />}
            {work.total === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <>
                <p className="fr-text--bold" data-testid="pending-work-total">
                  {t.total(work.total)}
                </p>
                <ul className="fr-tags-group fr-mb-3w" aria-label={t.countsLabel} data-testid="pending-work-counts">
                  {work.counts.map((c) => (
                    <li key={c.kind}>
                      <p className="fr-tag" data-kind={c.kind}>
                        {c.label} : {c.count}
                      </p>
                    </li>
                  ))}
                </ul>
                <ol className="fr-raw-list" data-testid="pending-work-items">
                  {work.items.map((item, index) => (
                    <li key={`${item.kind}:${item.link ?? ''}:${index}`} className="fr-mb-2w" data-kind={item.kind}>
                      <div className="fr-card fr-card--sm fr-card--no-arrow">
                        <div className="fr-card__body">
                          <div className="fr-card__content">
                            <p className="fr-card__detail">
                              {work.counts.find((c) => c.kind === item.kind)?.label ?? item.kind}
                            </p>
                            <p className="fr-card__title fr-text--md">
                              {item.link ? <Link to={item.link}>{item.label}</Link> : item.label}
                            </p>
                            <div className="fr-card__end">
                              <Badge small noIcon severity={urgencyOf(item.daysLeft)}>
                                {daysLeftText(item.daysLeft, item.daysLeftInWorkingDays)}
                              </Badge>{' '}
                              <span className="fr-text--sm">{t.dueOn(formatShortDate(item.dueOn))}</span>
                            </div>
                          </div>
                        </div>
                      </div>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </>
        )}
      </section>
      {children}
    </>
  );
}
