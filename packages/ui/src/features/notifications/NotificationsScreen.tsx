import { useMutation, useQuery } from '@apollo/client/react';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useState } from 'react';
import { Link, useHref, useNavigate, useSearchParams } from 'react-router';
import { copy } from '../../copy.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { ApiErrorAlert } from '../../forms/ApiErrorAlert.tsx';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../generated/graphql.ts';
import { useDocumentTitle } from '../../layout/document-title.ts';
import { CursorPager } from '../../pagination/CursorPager.tsx';
import { pageCount } from '../../pagination/cursor-pages.ts';
import { useCursorFallback, useCursorPages } from '../../pagination/use-cursor-pages.ts';
import { accountPath } from '../../session/account-path.ts';
import { EmptyState } from '../../states/EmptyState.tsx';
import { ErrorState } from '../../states/ErrorState.tsx';
import { Loading } from '../../states/Loading.tsx';
import { routeInPortal } from './notification-link.ts';

const t = copy.notifications;
export const NOTIFICATIONS_PAGE_SIZE = 20;
/** `?non-lues=1` keeps the unread ones (in the URL: back and a shared link keep the choice). */
const UNREAD_PARAM = 'non-lues';

/**
 * « Notifications » (issue 14 §3), the same in the four portals: the user's notifications, newest first, 20 a page;
 * each one's title links to the page where the work is done (opening it marks it read); one or all marked read.
 */
export function NotificationsScreen() {
  useDocumentTitle(t.title);
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get(UNREAD_PARAM) === '1';
  const pager = useCursorPages(unreadOnly ? 'unread' : 'all');
  const {
    data,
    previousData,
    error: queryError,
    loading,
    refetch,
  } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, after: pager.after, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  // A forged or outdated cursor in the URL: back to page 1, no error shown.
  const error = useCursorFallback(pager, queryError);
  const refetchQueries = [NotificationsDocument, UnreadNotificationCountDocument];
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, { refetchQueries });
  const [markAll, markingAll] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries });
  const [notice, setNotice] = useState<string | null>(null);
  const basename = useHref('/');
  const navigate = useNavigate();
  const shown = data ?? previousData;
  const connection = shown?.notifications;
  const unread = shown?.unreadNotificationCount ?? 0;
  const busy = marking.loading || markingAll.loading;

  const open = async (id: string, link: string, isUnread: boolean) => {
    if (isUnread) await markRead({ variables: { ids: [id] } }).catch(() => undefined);
    const route = routeInPortal(link, basename);
    if (route) void navigate(route);
    else window.location.assign(link);
  };

  const onMarkAll = async () => {
    setNotice(null);
    try {
      const answer = await markAll();
      setNotice(t.markedAll(answer.data?.markAllNotificationsRead ?? 0));
    } catch {
      // Shown by ApiErrorAlert.
    }
  };

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <Link className="fr-link fr-icon-user-setting-line fr-link--icon-left" to={`${accountPath}#notifications`}>
          {t.preferencesLink}
        </Link>
      </p>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-mb-2w">
        <div className="fr-col-12 fr-col-md-8">
          <SegmentedControl
            legend={t.filterLegend}
            inlineLegend
            small
            segments={[
              {
                label: t.all,
                nativeInputProps: {
                  checked: !unreadOnly,
                  onChange: () => setParams((p) => (p.delete(UNREAD_PARAM), p)),
                },
              },
              {
                label: t.unreadOnly,
                nativeInputProps: {
                  checked: unreadOnly,
                  onChange: () => setParams((p) => (p.set(UNREAD_PARAM, '1'), p)),
                },
              },
            ]}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Button
            priority="secondary"
            iconId="fr-icon-check-line"
            disabled={busy || unread === 0}
            onClick={() => void onMarkAll()}
          >
            {t.markAllRead}
          </Button>
        </div>
      </div>
      {notice && <Alert className="fr-mb-3w" severity="success" small description={notice} role="status" />}
      <ApiErrorAlert error={marking.error ?? markingAll.error} title={t.markFailed} headingLevel="h2" />
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Loading />
      ) : connection.totalCount === 0 ? (
        <EmptyState message={unreadOnly ? t.emptyUnread : t.emptyAll} />
      ) : (
        <section aria-labelledby="notifications-liste" aria-busy={loading || busy}>
          <h2 id="notifications-liste" className="fr-h6">
            {t.count(connection.totalCount)}
            {unread > 0 && ` · ${t.unread(unread)}`}
          </h2>
          <ul className="fr-raw-list" data-testid="notification-list" aria-label={t.listCaption}>
            {connection.edges.map(({ node }) => {
              const when = formatDateTime(node.createdAt);
              const isUnread = node.readAt === null || node.readAt === undefined;
              const route = routeInPortal(node.link, basename);
              return (
                <li
                  key={node.id}
                  className={`fr-py-2w ${isUnread ? 'fr-background-alt--blue-france fr-px-2w' : 'fr-px-2w'}`}
                  style={{ borderBottom: '1px solid var(--border-default-grey)' }}
                  data-testid="notification"
                  data-unread={isUnread ? 'true' : 'false'}
                >
                  <p className="fr-mb-1v">
                    {isUnread && (
                      <Badge severity="new" small className="fr-mr-1w">
                        {t.unreadBadge}
                      </Badge>
                    )}
                    <a
                      className="fr-link"
                      href={route ? `${basename.replace(/\/$/, '')}${route}` : node.link}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                        event.preventDefault();
                        void open(node.id, node.link, isUnread);
                      }}
                    >
                      {node.title}
                    </a>
                  </p>
                  <p className="fr-text--sm fr-mb-0">
                    {t.receivedOn(when)}
                    {isUnread && (
                      <Button
                        className="fr-ml-2w"
                        priority="tertiary no outline"
                        size="small"
                        disabled={busy}
                        onClick={() => void markRead({ variables: { ids: [node.id] } }).catch(() => undefined)}
                        nativeButtonProps={{ 'aria-label': t.markReadLabel(node.title, when) }}
                      >
                        {t.markRead}
                      </Button>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
          <CursorPager
            page={pager.page}
            pageCount={pageCount(connection.totalCount, NOTIFICATIONS_PAGE_SIZE)}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection.pageInfo.endCursor)}
            disabled={loading}
          />
        </section>
      )}
    </>
  );
}
