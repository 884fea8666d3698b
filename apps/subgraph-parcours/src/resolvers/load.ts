import type { GraphQLError } from 'graphql';

/** A row a field leads to; the catalogue's "not found" when the caller does not see it. */
export function must<T>(value: T | null | undefined, notFound: () => GraphQLError): T {
  if (value == null) throw notFound();
  return value;
}
