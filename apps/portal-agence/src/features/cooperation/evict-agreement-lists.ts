import type { ApolloCache } from '@apollo/client';

/**
 * After a convention is drafted, signed or terminated, the lists of conventions (sorted and paged by the server), the
 * SIAE's own list and its "convention missing" flag, and the list of SIAE without one are out of date: dropping them
 * makes each screen ask again when shown.
 */
export function evictAgreementLists(cache: ApolloCache, siaeId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'cooperationAgreements' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'siaes' });
  const siae = cache.identify({ __typename: 'Siae', id: siaeId });
  if (siae) {
    cache.evict({ id: siae, fieldName: 'missingCooperationAgreement' });
    cache.evict({ id: siae, fieldName: 'cooperationAgreements' });
  }
  cache.gc();
}
