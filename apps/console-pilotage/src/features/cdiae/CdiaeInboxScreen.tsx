import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import {
  CursorPager,
  EmptyState,
  ErrorState,
  formatShortDate,
  Loading,
  pageCount,
  useCursorFallback,
  useCursorPages,
  useDocumentTitle,
} from '@navette/ui';
import { useEffect, useRef, useState } from 'react';
import { copy } from '../../copy.ts';
import { CdiaeInboxDocument, MarkCdiaeInboxItemReadDocument, type CdiaeInboxQuery } from '../../generated/graphql.ts';
import { ConsoleTable } from '../../layout/ConsoleTable.tsx';

const t = copy.cdiae.inbox;
const PAGE_SIZE = 20;

type Item = CdiaeInboxQuery['cdiaeInbox']['edges'][number]['node'];

/**
 * The inbox of the user's CDIAE (issue 18 §5; accord, fiche 8 and article 3): the CTA minutes of its département and
 * the comité's minutes, newest first, page by page (the page in the URL), each marked read once opened.
 */
export function CdiaeInboxScreen() {
  useDocumentTitle(t.title);
  const pager = useCursorPages('cdiae-inbox');
  const {
    data,
    error: queryError,
    loading,
    refetch,
  } = useQuery(CdiaeInboxDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    fetchPolicy: 'cache-and-network',
  });
  const error = useCursorFallback(pager, queryError);
  const [opened, setOpened] = useState<Item | null>(null);
  const [markRead] = useMutation(MarkCdiaeInboxItemReadDocument);
  const open = (item: Item) => {
    setOpened(item);
    // The read mark is the server's; a failure leaves the item unread, the document is shown anyway.
    if (!item.read) void markRead({ variables: { id: item.id } }).catch(() => undefined);
  };
  return (
    <>
      <h1>{t.title}</h1>
      <p className="fr-text--lead">{t.intro}</p>
      <section aria-labelledby="courrier" aria-busy={loading}>
        {error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <h2 id="courrier" aria-live="polite">
              {t.count(data.cdiaeInbox.totalCount, data.cdiaeInbox.unreadCount)}
            </h2>
            {data.cdiaeInbox.edges.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <ConsoleTable
                caption={t.caption}
                testId="cdiae-inbox"
                columns={[
                  { label: t.columns.receivedOn },
                  { label: t.columns.kind },
                  { label: t.columns.title },
                  { label: t.columns.heldOn },
                  { label: t.columns.read },
                  { label: t.open, srOnly: true },
                ]}
              >
                {data.cdiaeInbox.edges.map(({ node: item }) => (
                  <tr key={item.id}>
                    <td>{formatShortDate(item.receivedOn)}</td>
                    <td>{item.kindLabel}</td>
                    <th scope="row">{item.title}</th>
                    <td>{formatShortDate(item.heldOn)}</td>
                    <td>
                      {item.read ? (
                        <Badge small severity="success" noIcon>
                          {t.read}
                        </Badge>
                      ) : (
                        <Badge small severity="new" noIcon>
                          {t.unread}
                        </Badge>
                      )}
                    </td>
                    <td>
                      <Button type="button" priority="tertiary" size="small" onClick={() => open(item)}>
                        {t.open}
                        <span className="fr-sr-only"> {t.of(item.title, formatShortDate(item.heldOn))}</span>
                      </Button>
                    </td>
                  </tr>
                ))}
              </ConsoleTable>
            )}
            {data.cdiaeInbox.totalCount > PAGE_SIZE && (
              <CursorPager
                page={pager.page}
                pageCount={pageCount(data.cdiaeInbox.totalCount, PAGE_SIZE)}
                hasPrevious={pager.hasPrevious}
                hasNext={data.cdiaeInbox.pageInfo.hasNextPage}
                disabled={loading}
                onPrevious={() => {
                  setOpened(null);
                  pager.previous();
                }}
                onNext={() => {
                  setOpened(null);
                  pager.next(data.cdiaeInbox.pageInfo.endCursor);
                }}
              />
            )}
          </>
        )}
      </section>
      {opened && <Document key={opened.id} item={opened} onClose={() => setOpened(null)} />}
    </>
  );
}

function Document({ item, onClose }: { item: Item; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The document opens below the list: focus moves to its title, once.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="document-cdiae" className="fr-mt-6w" data-testid="cdiae-document">
      <h2 id="document-cdiae" tabIndex={-1} ref={heading}>
        {t.documentTitle(item.kindLabel, item.title, formatShortDate(item.heldOn))}
      </h2>
      <p className="navette-multiline">{item.minutes}</p>
      <Button type="button" priority="secondary" onClick={onClose}>
        {t.close}
      </Button>
    </section>
  );
}
