// The sign-in throttle's counters (issue 11). Each attempt is counted as a failure BEFORE the password is checked, in
// one atomic upsert per counter whose RETURNING gives this attempt its own number: parallel guesses all count, none
// reads a stale value. The delay and the lock apply per (account, source); the account-wide counter only raises the
// alarm (ACCOUNT_UNDER_ATTACK) — a flood from one address never locks the real user out of another.
import { isAccountUnderAttack, SIGN_IN_FAILURE_WINDOW_SECONDS } from '@navette/auth';
import { tables, type Database } from '@navette/db';
import { and, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';

export interface CountedAttempt {
  /** Failures of this (account, source) in the window before this attempt. */
  sourceFailuresBefore: number;
  /** Failures of the account from every source in the window, this attempt included. */
  accountFailures: number;
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - SIGN_IN_FAILURE_WINDOW_SECONDS * 1000);
}

/** Counts this attempt as a failure of the account and of its source, atomically; undone by {@link clearAfterSuccess}. */
export async function countAttempt(db: Database, emailKey: string, source: string, now: Date): Promise<CountedAttempt> {
  const since = windowStart(now).toISOString();
  const s = tables.signInSourceFailures;
  const [bySource] = await db
    .insert(s)
    .values({ emailKey, source, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: [s.emailKey, s.source],
      set: {
        failures: sql`case when ${s.lastFailureAt} < ${since}::timestamptz then 1 else ${s.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: s.failures });
  const a = tables.signInFailures;
  const [byAccount] = await db
    .insert(a)
    .values({ emailKey, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: a.emailKey,
      set: {
        failures: sql`case when ${a.lastFailureAt} < ${since}::timestamptz then 1 else ${a.failures} + 1 end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: a.failures });
  return { sourceFailuresBefore: bySource!.failures - 1, accountFailures: byAccount!.failures };
}

/**
 * Whether this attempt is the one that reports the attack on the account: past the threshold, and not yet reported in
 * this window. The claim is one conditional UPDATE, so that among parallel attempts (or gateways) exactly one wins.
 */
export async function claimAttackReport(
  db: Database,
  emailKey: string,
  accountFailures: number,
  now: Date,
): Promise<boolean> {
  if (!isAccountUnderAttack(accountFailures)) return false;
  const a = tables.signInFailures;
  const claimed = await db
    .update(a)
    .set({ attackReportedAt: now })
    .where(and(eq(a.emailKey, emailKey), or(isNull(a.attackReportedAt), lt(a.attackReportedAt, windowStart(now)))))
    .returning({ emailKey: a.emailKey });
  return claimed.length > 0;
}

/** How many sources failed on the account in the window (for the administrators' audit event: a count, no address). */
export async function failingSources(db: Database, emailKey: string, now: Date): Promise<number> {
  const s = tables.signInSourceFailures;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(s)
    .where(and(eq(s.emailKey, emailKey), gt(s.lastFailureAt, windowStart(now))));
  return row?.n ?? 0;
}

/** After the right password: this source starts afresh, and so does the account-wide count. */
export async function clearAfterSuccess(db: Database, emailKey: string, source: string): Promise<void> {
  const s = tables.signInSourceFailures;
  await db.delete(s).where(and(eq(s.emailKey, emailKey), eq(s.source, source)));
  await db.update(tables.signInFailures).set({ failures: 0 }).where(eq(tables.signInFailures.emailKey, emailKey));
}

/** Counted at most this far: the user is told "more than 999". */
export const FAILED_SIGN_INS_SHOWN_AT_MOST = 999;

/**
 * Failed sign-ins on the account since its previous sign-in (audit SIGN_IN_FAILED after the last SIGN_IN, in the
 * trail's own order), told to the user at sign-in so that they notice someone guessing their password. Call before
 * auditing the new sign-in.
 */
export async function failedSignInsSincePrevious(db: Database, userId: string): Promise<number> {
  const e = tables.auditEvents;
  const ofUser = and(eq(e.subjectType, 'user'), eq(e.subjectId, userId));
  const [previous] = await db
    .select({ id: e.id })
    .from(e)
    .where(and(ofUser, eq(e.action, 'SIGN_IN')))
    .orderBy(desc(e.id))
    .limit(1);
  const failures = db
    .select({ id: e.id })
    .from(e)
    .where(and(ofUser, eq(e.action, 'SIGN_IN_FAILED'), ...(previous ? [gt(e.id, previous.id)] : [])))
    .limit(FAILED_SIGN_INS_SHOWN_AT_MOST + 1)
    .as('failures');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(failures);
  return row?.n ?? 0;
}
