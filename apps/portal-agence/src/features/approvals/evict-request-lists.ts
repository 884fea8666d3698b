import type { ApolloCache } from '@apollo/client';

/**
 * After a decision, every cached list of requests (inbox, history, refused) is out of date: the request changed
 * status, and the lists are sorted and paged by the server. Dropping them makes each list ask again when shown.
 */
export function evictRequestLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'approvalRequests' });
  cache.gc();
}
