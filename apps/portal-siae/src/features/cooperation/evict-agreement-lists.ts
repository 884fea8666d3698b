import type { ApolloCache } from '@apollo/client';

/**
 * After a convention is drafted, signed or terminated, the lists of conventions (sorted and paged by the server) and
 * the SIAE's "convention missing" flag are out of date: dropping them makes each screen ask again when shown.
 */
export function evictAgreementLists(cache: ApolloCache, siaeId: string): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'cooperationAgreements' });
  const siae = cache.identify({ __typename: 'Siae', id: siaeId });
  if (siae) {
    cache.evict({ id: siae, fieldName: 'missingCooperationAgreement' });
    cache.evict({ id: siae, fieldName: 'cooperationAgreements' });
  }
  cache.gc();
}
