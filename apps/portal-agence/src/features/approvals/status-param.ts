// The status chosen on a list of requests, kept in the URL (`?statut=REFUSED`, `?statut=toutes`) so that a
// filtered list can be bookmarked, shared and reached again with the browser's back button.

/** The value of `statut` meaning every status (no filter sent to the API). */
export const ALL_STATUSES = 'toutes';

export interface StatusFilterOptions<S extends string> {
  /** The statuses this list offers. */
  allowed: readonly S[];
  /** The status shown when the URL names none (or one this list does not offer). */
  fallback: S;
  /** Whether "every status" is offered. */
  allowAll: boolean;
}

/** The status to ask the API for; null for every status. */
export function statusFromSearchParams<S extends string>(
  params: URLSearchParams,
  { allowed, fallback, allowAll }: StatusFilterOptions<S>,
): S | null {
  const value = (params.get('statut') ?? '').trim();
  if (allowAll && value.toLowerCase() === ALL_STATUSES) return null;
  const upper = value.toUpperCase();
  return (allowed as readonly string[]).includes(upper) ? (upper as S) : fallback;
}

/** The search params for a status; none for the default one, so that the plain URL stays the default list. */
export function statusToSearchParams<S extends string>(
  status: S | null,
  { fallback }: { fallback: S },
): URLSearchParams {
  if (status === fallback) return new URLSearchParams();
  return new URLSearchParams({ statut: status ?? ALL_STATUSES });
}
