// Runs data access under row-level security (migration 0004): inside one transaction, as the role navette_app, with
// the caller's organisation and user set for that transaction only (`set_config(…, true)` = SET LOCAL). The policies
// read them; without an organisation no personal row is visible or writable.
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';
import { conflictFor, uniqueViolationOf } from './unique-violations.js';

export interface RequestIdentity {
  /** The caller's organisation (SIAE, agence, prescripteur…); null for callers who see no personal rows. */
  organisationId: string | null;
  /** The signed-in user, for authorship and audit. */
  userId: string | null;
}

/** The role every request's data access runs as (created by migration 0004). */
export const APP_ROLE = 'navette_app';

/**
 * Runs `work` in a transaction bound to `identity`. Everything `work` does with the handle it receives is filtered
 * by the policies; the transaction commits when `work` resolves and rolls back when it throws.
 */
export async function withIdentity<T>(
  db: Database,
  identity: RequestIdentity,
  work: (tx: Database) => Promise<T>,
): Promise<T> {
  try {
    return await bound(db, identity, work);
  } catch (error) {
    // A natural key or other unique index was hit (issue 12): a conflict, with the existing row named only if this
    // identity may see it (the look-up runs in a new transaction under the same policies).
    const facts = uniqueViolationOf(error);
    if (!facts) throw error;
    throw await conflictFor(facts, (lookup) => bound(db, identity, lookup));
  }
}

function bound<T>(db: Database, identity: RequestIdentity, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${APP_ROLE}, true),
      set_config('navette.organisation_id', ${identity.organisationId ?? ''}, true),
      set_config('navette.user_id', ${identity.userId ?? ''}, true)`);
    return work(tx);
  });
}
