import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  RefusedApprovalRequestsDocument,
  type ApprovalRequestRowFragment,
  type RefusedApprovalRequestsQuery,
} from '../../generated/graphql.ts';
import { pendingAppeals } from './pending-appeals.ts';

// The API's largest page; at most MAX_PAGES of them are read, so a territory with an unusual number of refusals
// still gets an answer (flagged as truncated) instead of an endless series of requests.
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

export type PendingAppealsState =
  | { status: 'loading'; read: number; total: number | null }
  | { status: 'error'; error: unknown }
  | { status: 'done'; appeals: ApprovalRequestRowFragment[]; read: number; total: number; truncated: boolean };

/** Reads the refused requests of the territory page after page and keeps those with a pending appeal. */
export function usePendingAppeals(): { state: PendingAppealsState; reload: () => void } {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<PendingAppealsState>({ status: 'loading', read: 0, total: null });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const refused: ApprovalRequestRowFragment[] = [];
      let after: string | null = null;
      let total = 0;
      try {
        for (let page = 0; page < MAX_PAGES; page++) {
          const result: { data?: RefusedApprovalRequestsQuery; error?: unknown } = await client.query({
            query: RefusedApprovalRequestsDocument,
            variables: { first: PAGE_SIZE, after },
            fetchPolicy: 'network-only',
          });
          if (result.error || !result.data)
            throw result.error ?? new Error('approvalRequests(REFUSED) returned no data');
          if (cancelled) return;
          const connection = result.data.approvalRequests;
          refused.push(...connection.edges.map((edge) => edge.node));
          total = connection.totalCount;
          after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
          if (!after) break;
          setState({ status: 'loading', read: refused.length, total });
        }
        if (!cancelled)
          setState({
            status: 'done',
            appeals: pendingAppeals(refused),
            read: refused.length,
            total,
            truncated: after !== null,
          });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', error });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);

  return {
    state,
    reload: () => {
      setState({ status: 'loading', read: 0, total: null });
      setAttempt((n) => n + 1);
    },
  };
}
