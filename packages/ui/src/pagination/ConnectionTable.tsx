import { Table } from '@codegouvfr/react-dsfr/Table';
import { useRef, type ReactNode } from 'react';
import { EmptyState } from '../states/EmptyState.tsx';
import { ErrorState } from '../states/ErrorState.tsx';
import { Loading } from '../states/Loading.tsx';
import { CursorPager } from './CursorPager.tsx';
import { pageCount } from './cursor-pages.ts';
import { useCursorFallback, type CursorPagesControl } from './use-cursor-pages.ts';

/** One column: its header and the cell it shows for each item. */
export interface ConnectionColumn<N> {
  readonly header: string;
  readonly cell: (node: N) => ReactNode;
}

/** The part of a Relay connection the table reads. */
export interface TableConnection<N> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
  readonly edges: readonly { readonly node: N }[];
}

export interface ConnectionTableProps<N> {
  /** Id of the heading that counts the items: it names the section and takes the focus when the page changes. */
  id: string;
  caption: string;
  /** The caption is read by screen readers only (the page's heading already says it). */
  noCaption?: boolean;
  columns: readonly ConnectionColumn<N>[];
  /** The query's connection; undefined while its first page loads. */
  connection: TableConnection<N> | null | undefined;
  loading: boolean;
  /** The query's error. A cursor of the URL the API refused takes the list back to page 1 instead. */
  error: unknown;
  onRetry: () => void;
  /** The numbered pages kept in the URL (`useListParams(…).pager`, or `useCursorPages`). */
  pager: CursorPagesControl;
  /** The `first` of the query. */
  pageSize: number;
  /** Level of the count's heading: 3 when the list is a part of a section titled by an h2. */
  headingLevel?: 2 | 3;
  /** The heading above the table, e.g. « 3 salariés ». */
  count: (totalCount: number) => string;
  /** Shown instead of the table when nothing matches. */
  empty: NonNullable<ReactNode>;
  /** Under the empty message: what to do about it (e.g. a button that clears the filters). */
  emptyAction?: ReactNode;
  /** Shown between the count and the table when there are items (an export, a legend). */
  toolbar?: ReactNode;
  className?: string;
}

/**
 * A page of a Relay connection as a DSFR table (issue 17 §2, one for every portal): loading, error (in French, with a
 * retry) and empty states, the count as a heading, and the numbered pages of the URL (offered when there is more than
 * one); the focus goes back to the count when the page changes, so that a screen reader starts from the new page.
 */
export function ConnectionTable<N>({
  id,
  caption,
  noCaption,
  columns,
  connection,
  loading,
  error: queryError,
  onRetry,
  pager,
  pageSize,
  headingLevel = 2,
  count,
  empty,
  emptyAction,
  toolbar,
  className,
}: ConnectionTableProps<N>) {
  const heading = useRef<HTMLHeadingElement>(null);
  const error = useCursorFallback(pager, queryError);
  const pages = connection ? pageCount(connection.totalCount, pageSize) : 0;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';

  return (
    <section aria-labelledby={id} aria-busy={loading} className={className}>
      {error && !connection ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : !connection ? (
        <Loading />
      ) : (
        <>
          <Heading
            id={id}
            ref={heading}
            tabIndex={-1}
            className={headingLevel === 3 ? 'fr-h5' : 'fr-h4'}
            aria-live="polite"
          >
            {count(connection.totalCount)}
          </Heading>
          {connection.edges.length === 0 ? (
            <EmptyState message={empty}>{emptyAction}</EmptyState>
          ) : (
            <>
              {toolbar}
              <Table
                caption={caption}
                noCaption={noCaption}
                headers={columns.map((column) => column.header)}
                data={connection.edges.map(({ node }) => columns.map((column) => column.cell(node)))}
              />
            </>
          )}
          {(pages > 1 || pager.hasPrevious) && (
            <CursorPager
              page={pager.page}
              pageCount={Math.max(pages, pager.page)}
              hasPrevious={pager.hasPrevious}
              hasNext={connection.pageInfo.hasNextPage}
              disabled={loading}
              onPrevious={() => {
                pager.previous();
                heading.current?.focus();
              }}
              onNext={() => {
                pager.next(connection.pageInfo.endCursor);
                heading.current?.focus();
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
