// Row ids, checked once for every subgraph (issue 17 §2: the check was written in each subgraph's loaders and
// services). Every row id is a PostgreSQL uuid, written as 8-4-4-4-12 hexadecimal digits; an id in any other form is
// no row's: it is answered as an unknown id, before any query (in SQL it would fail the cast and come back as an
// internal error). zod's `guid` is that form whatever the version bits: `z.uuid()` also checks RFC 9562's version and
// variant, which ids written by hand, by a bulk load or by another system need not carry, yet PostgreSQL stores.
import { z } from 'zod';

/** The form of a row id (a PostgreSQL uuid as the database writes it, any version). */
export const rowIdSchema = z.guid();

/** Whether a value is in the form of a row id. */
export function isUuid(value: unknown): value is string {
  return rowIdSchema.safeParse(value).success;
}

/**
 * An id the caller sent: a malformed id is as unknown as an id of a row the caller cannot see. `notFound` is the
 * catalogue's error for that row (`errors.approvalNotFound`).
 */
export function knownId(id: string, notFound: () => Error): string {
  if (!isUuid(id)) throw notFound();
  return id;
}
